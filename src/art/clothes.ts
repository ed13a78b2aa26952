/**
 * Outfits: open garments (cardigan, jackets, hi-vis vest) here, closed tops in tops.ts. Each says
 * in a few shapes what the look's description names: the cardigan's buttons, the tweed's flecks,
 * the vest's reflective bands.
 */
import type { Character } from './cast.ts';
import { type Body, collar, lapels, marks, scatter, shoulderY } from './body.ts';
import { garment, panels, tones } from './garment.ts';
import {
  apron,
  blouse,
  courier,
  fleece,
  jumper,
  knit,
  lanyardTop,
  polo,
  shirtTie,
} from './tops.ts';
import { CLOTH, type Cloth } from './palette.ts';
import { circle, d, line, path, rect } from './svg.ts';

function cardigan(b: Body, cloth: Cloth): string {
  const { base, shade } = tones(cloth);
  const top = tones('cream');
  const band = [-1, 1]
    .map((s) => d`M${b.cx + s * 26} ${b.neckY - 1}L${b.cx + s * 10} 300`)
    .join('');
  return (
    garment(b, top.base, top.shade) +
    line(
      d`M${b.cx - 24} ${b.neckY}Q${b.cx} ${b.neckY + 23} ${b.cx + 24} ${b.neckY}`,
      top.shade,
      3,
    ) +
    line(
      d`M${b.cx - 15} ${b.neckY + 6}Q${b.cx} ${b.neckY + 26} ${b.cx + 15} ${b.neckY + 6}`,
      '#e3c15c',
      1.6,
    ) +
    panels(b, base, 26, 10) +
    line(band, shade, 7) +
    circle(b.cx - 16, 262, 3.2, '#6d4a16') +
    circle(b.cx - 13, 288, 3.2, '#6d4a16')
  );
}

function jacket(
  b: Body,
  cloth: Cloth,
  inner: string,
  id: string,
  tie: string | null,
  flecks: boolean,
): string {
  const { base, shade } = tones(cloth);
  const tieShape =
    tie === null
      ? ''
      : path(
          d`M${b.cx - 6} ${b.neckY + 8}L${b.cx + 6} ${b.neckY + 8}L${b.cx + 4} ${b.neckY + 18}L${b.cx + 9} 298L${b.cx - 9} 298L${b.cx - 4} ${b.neckY + 18}Z`,
          tie,
        );
  const pts = flecks ? scatter(b, id, 220, (y) => 28 - (y - 220) * 0.3) : [];
  const fleck = (x: number, y: number): string => d`M${x} ${y}h2`;
  const texture =
    pts.length === 0
      ? ''
      : line(
          marks(
            pts.filter((_, i) => i % 3 !== 0),
            fleck,
          ),
          shade,
          1.6,
          { opacity: 0.8 },
        ) +
        line(
          marks(
            pts.filter((_, i) => i % 3 === 0),
            fleck,
          ),
          '#a98a68',
          1.6,
          { opacity: 0.8 },
        );
  return (
    garment(b, inner, '#c9c4b8', { dip: 30, v: true, half: 24 }) +
    tieShape +
    collar(b, inner === CLOTH.white[0] ? '#e6e6e0' : '#b3c7de') +
    panels(b, base, 26, 4) +
    texture +
    lapels(b, shade) +
    line(
      d`M${b.cx - 70} 300Q${b.cx - 74} 268 ${b.cx - 86} 252M${b.cx + 70} 300Q${b.cx + 74} 268 ${b.cx + 86} 252`,
      shade,
      2,
      { opacity: 0.6 },
    )
  );
}

function hiVis(b: Body, cloth: Cloth): string {
  const { base, shade } = tones(cloth);
  const [silver] = CLOTH.reflective;
  const under = tones('navy');
  const topDx = 28;
  const bottomDx = 3;
  const outer = b.halfW - 26;
  // Reflective bands run across each front panel, from its opening edge to its armhole.
  const edge = (y: number): number =>
    topDx + ((bottomDx - topDx) * (y - b.neckY)) / (300 - b.neckY);
  const bands = [264, 284]
    .flatMap((y) =>
      [-1, 1].map((s) =>
        rect(s < 0 ? b.cx - outer + 2 : b.cx + edge(y + 8), y, outer - 2 - edge(y + 8), 8, silver),
      ),
    )
    .join('');
  const braces = [-1, 1]
    .map((s) =>
      path(
        d`M${b.cx + s * 36} ${shoulderY(b, b.cx + s * 36) + 1}L${b.cx + s * 46} ${shoulderY(b, b.cx + s * 46) + 1}L${b.cx + s * 46} 264L${b.cx + s * 36} 264Z`,
        silver,
      ),
    )
    .join('');
  return (
    garment(b, under.base, under.shade) +
    line(
      d`M${b.cx - 24} ${b.neckY}Q${b.cx} ${b.neckY + 23} ${b.cx + 24} ${b.neckY}`,
      under.shade,
      4,
    ) +
    panels(b, base, topDx, bottomDx, outer) +
    bands +
    braces +
    line(
      d`M${b.cx - topDx} ${b.neckY}L${b.cx - bottomDx} 300M${b.cx + topDx} ${b.neckY}L${b.cx + bottomDx} 300`,
      shade,
      2.5,
    )
  );
}

export function outfit(c: Character, b: Body, id: string): string {
  switch (c.outfit) {
    case 'cardigan':
      return cardigan(b, c.clothes);
    case 'polo':
      return polo(b, c.clothes);
    case 'tweed':
      return jacket(b, 'tweed', CLOTH.shirtBlue[0], id, null, true);
    case 'suit':
      return jacket(b, c.clothes, CLOTH.white[0], id, CLOTH.burgundy[0], false);
    case 'open-suit':
      return jacket(b, c.clothes, CLOTH.white[0], id, null, false);
    case 'blazer':
      return jacket(b, c.clothes, CLOTH.cream[0], id, null, false);
    case 'hi-vis':
      return hiVis(b, c.clothes);
    case 'fleece':
      return fleece(b, c);
    case 'apron':
      return apron(b, c);
    case 'lanyard-top':
      return lanyardTop(b, c);
    case 'jumper':
      return jumper(b, c);
    case 'knit':
      return knit(b, c);
    case 'courier':
      return courier(b, c);
    case 'shirt-tie':
      return shirtTie(b, c);
    case 'blouse':
      return blouse(b, c, id);
  }
}
