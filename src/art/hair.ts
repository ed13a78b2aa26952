/**
 * Hair, in up to three layers so it wraps the head properly: `back` sits behind everything (long
 * hair behind the shoulders), `mid` is in front of the body but behind the face, and `front` is
 * over the face (fringes, hairlines, locks framing the face). Styles live in hair-short.ts,
 * hair-long.ts and headwear.ts.
 */
import type { Character } from './cast.ts';
import type { HairLayers } from './hair-kit.ts';
import { bob, curly, longWavy, ponytail } from './hair-long.ts';
import { closeCrop, combedBack, naturalCrop, receding, sidePart, thinning } from './hair-short.ts';
import type { Geo } from './head.ts';
import { capHair, hijab } from './headwear.ts';
import { braids, bun, pixie, shaved } from './hair-more.ts';
import { HAIR } from './palette.ts';

export type { HairLayers };

export function hairFor(c: Character, g: Geo, seed: string): HairLayers {
  const h = HAIR[c.hairColour];
  switch (c.hair) {
    case 'close-crop':
      return closeCrop(g, h);
    case 'natural-crop':
      return naturalCrop(g, h, seed);
    case 'side-part':
      return sidePart(g, h);
    case 'combed-back':
      return combedBack(g, h);
    case 'receding':
      return receding(g, h);
    case 'thinning':
      return thinning(g, h);
    case 'ponytail':
      return ponytail(g, h);
    case 'bob':
      return bob(g, h);
    case 'curly':
      return curly(g, h, seed);
    case 'long-wavy':
      return longWavy(g, h);
    case 'cap':
      return capHair(g, h);
    case 'hijab':
      return hijab(g);
    case 'bun':
      return bun(g, h);
    case 'pixie':
      return pixie(g, h);
    case 'braids':
      return braids(g, h);
    case 'shaved':
      return shaved(g, h);
  }
}
