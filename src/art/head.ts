/**
 * Head geometry and the parts of a face that do not change with expression: face shape with its
 * shadow side, ears, neck, nose, age lines and freckles. Expressions live in faces.ts.
 */
import type { Character } from './cast.ts';
import { SKIN, type Skin } from './palette.ts';
import { circle, d, ellipse, line, path, seeded } from './svg.ts';

/** Where everything on a head sits; every other module draws relative to this. */
export interface Geo {
  readonly cx: number;
  readonly top: number;
  /** Half the head's width at the cheekbones. */
  readonly hw: number;
  readonly chinY: number;
  readonly chinW: number;
  readonly eyeY: number;
  /** Horizontal distance from the centre line to each eye. */
  readonly eyeDx: number;
  readonly browY: number;
  readonly noseY: number;
  readonly mouthY: number;
  /** Half the neck's width. */
  readonly neckW: number;
}

export function geoFor(c: Character): Geo {
  const broad = c.frame === 'broad';
  const older = c.age === 'sixties' || c.age === 'seventies';
  return {
    cx: 120,
    top: 58,
    hw: (broad ? 50 : 46) + c.face.wide,
    chinY: (broad ? 199 : 197) + (older ? 2 : 0) + c.face.long,
    chinW: (broad ? 22 : 15) + c.face.chin,
    eyeY: 128,
    eyeDx: broad ? 21 : 20,
    browY: 112,
    noseY: 153,
    mouthY: 173,
    neckW: broad ? 23 : 18,
  };
}

export const skinOf = (c: Character): Skin => SKIN[c.skin];

/** The face outline; `dx` and `shrink` make the lit inner shape that leaves a shadow crescent. */
function facePath(g: Geo, dx = 0, shrink = 0): string {
  const cx = g.cx + dx;
  const hw = g.hw - shrink;
  const { top, chinY } = g;
  const chinW = g.chinW - shrink / 2;
  return (
    d`M${cx - hw} 118C${cx - hw} 78 ${cx - hw * 0.62} ${top} ${cx} ${top}` +
    d`C${cx + hw * 0.62} ${top} ${cx + hw} 78 ${cx + hw} 118` +
    d`C${cx + hw} 150 ${cx + hw - 7} 170 ${cx + chinW} ${chinY - 6}` +
    d`Q${cx} ${chinY + 3} ${cx - chinW} ${chinY - 6}` +
    d`C${cx - hw + 7} 170 ${cx - hw} 150 ${cx - hw} 118Z`
  );
}

export function neck(g: Geo, s: Skin): string {
  const { cx, neckW: w } = g;
  return (
    path(
      d`M${cx - w} 150L${cx - w - 1} 214Q${cx - w - 4} 232 ${cx - w - 10} 240L${cx - 14} 262L${cx + 14} 262L${cx + w + 10} 240Q${cx + w + 4} 232 ${cx + w + 1} 214L${cx + w} 150Z`,
      s.base,
    ) +
    // The jaw casts a shadow on the neck; the face drawn on top leaves only a band below the chin.
    path(
      d`M${cx - w} ${g.chinY - 30}L${cx - w} ${g.chinY - 4}Q${cx} ${g.chinY + 16} ${cx + w} ${g.chinY - 4}L${cx + w} ${g.chinY - 30}Z`,
      s.shade,
    )
  );
}

export function ears(g: Geo, s: Skin, earrings: Character['earrings']): string {
  const { cx, hw } = g;
  const one = (side: -1 | 1): string => {
    const x = cx + side * (hw - 1);
    const jewel =
      earrings === 'studs'
        ? circle(x + side * 2, 145, 2.6, '#e8c76a')
        : earrings === 'hoops'
          ? line(d`M${x + side * 1} 144a6 7 0 1 0 ${side * 0.1} 0`, '#d9b04f', 2.2)
          : '';
    return (
      ellipse(x, 131, 8, 13, side === 1 ? s.shade : s.base) +
      line(d`M${x + side * 3} 124Q${x + side * 5} 131 ${x + side * 2} 138`, s.line, 2, {
        opacity: 0.6,
      }) +
      jewel
    );
  };
  return one(-1) + one(1);
}

/** Face with a soft shadow on its right side, the way flat game portraits suggest a light source. */
export const face = (g: Geo, s: Skin): string =>
  path(facePath(g), s.shade) + path(facePath(g, -4, 5), s.base);

export function nose(g: Geo, s: Skin, broad: boolean): string {
  const { cx, noseY: y } = g;
  const w = broad ? 9 : 7.5;
  return (
    // A soft shadow down the lit side of the bridge, the tip, then small nostril wings.
    path(
      d`M${cx + 3} ${g.eyeY + 8}Q${cx + 7} ${y - 8} ${cx + 6} ${y - 1}L${cx + 2} ${y - 2}Q${cx + 4} ${y - 12} ${cx + 3} ${g.eyeY + 8}Z`,
      s.shade,
      {
        opacity: 0.6,
      },
    ) +
    ellipse(cx + 1, y + 1, w * 0.6, 4.2, s.shade, { opacity: 0.6 }) +
    line(d`M${cx - w * 0.55} ${y + 4}Q${cx} ${y + 7.5} ${cx + w * 0.55} ${y + 4}`, s.line, 2.2) +
    line(d`M${cx - w} ${y - 2}q-2.5 4.5 1 6.5M${cx + w} ${y - 2}q2.5 4.5 -1 6.5`, s.line, 2, {
      opacity: 0.8,
    })
  );
}

/** Wrinkles that come with age: smile folds, crow's feet, then forehead lines and under-eye bags. */
export function ageLines(g: Geo, s: Skin, age: Character['age']): string {
  const { cx, eyeY, eyeDx, noseY, mouthY } = g;
  const style = { opacity: 0.4 };
  let out = '';
  if (age !== 'twenties' && age !== 'thirties' && age !== 'forties') {
    for (const side of [-1, 1] as const) {
      const x = cx + side * 13;
      out += line(
        d`M${x + side * 2} ${noseY + 2}Q${x + side * 9} ${noseY + 10} ${x + side * 8} ${mouthY + 2}`,
        s.line,
        2,
        style,
      );
    }
  }
  if (age === 'fifties' || age === 'sixties' || age === 'seventies') {
    for (const side of [-1, 1] as const) {
      const x = cx + side * (eyeDx + 15);
      out += line(
        d`M${x} ${eyeY - 2}l${side * 5} -3M${x + side} ${eyeY + 2}l${side * 5} 1`,
        s.line,
        1.6,
        style,
      );
      out += line(
        d`M${cx + side * (eyeDx - 7)} ${eyeY + 12}Q${cx + side * eyeDx} ${eyeY + 15} ${cx + side * (eyeDx + 7)} ${eyeY + 11}`,
        s.line,
        1.6,
        style,
      );
    }
  }
  if (age === 'sixties' || age === 'seventies') {
    out += line(
      d`M${cx - 22} 88Q${cx} 84 ${cx + 22} 88M${cx - 16} 96Q${cx} 93 ${cx + 16} 96`,
      s.line,
      1.8,
      style,
    );
  }
  if (age === 'seventies') {
    for (const side of [-1, 1] as const) {
      out += line(
        d`M${cx + side * 30} ${mouthY + 6}Q${cx + side * 32} ${mouthY + 16} ${cx + side * 26} ${mouthY + 22}`,
        s.line,
        1.8,
        style,
      );
    }
  }
  return out;
}

export function freckles(g: Geo, s: Skin, seed: string): string {
  const rnd = seeded(seed);
  let dots = '';
  for (let i = 0; i < 22; i++) {
    const side = i % 2 === 0 ? -1 : 1;
    const x = g.cx + side * (6 + rnd() * 30);
    const y = g.eyeY + 12 + rnd() * 16 - Math.max(0, 10 - Math.abs(x - g.cx)) * 0.8;
    dots += d`M${x} ${y}h0`;
  }
  // Zero-length round-capped segments: one path of dots.
  return line(dots, s.line, 2.4, { opacity: 0.55 });
}
