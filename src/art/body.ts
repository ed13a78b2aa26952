/**
 * Shoulder and torso geometry plus the building blocks clothes are made from (whole torso with a
 * neckline, front panels of open garments, collars, lapels). Keeping shapes analytic lets textures
 * such as tweed flecks stay inside the cloth without clip paths.
 */
import type { Character } from './cast.ts';
import { d, path, seeded, smooth } from './svg.ts';

export interface Body {
  readonly cx: number;
  /** Height of the shoulder line where it meets the neck. */
  readonly neckY: number;
  /** Half the width across the shoulders. */
  readonly halfW: number;
  /** Steepness of the shoulder slope. */
  readonly k: number;
}

export function bodyFor(c: Character): Body {
  const halfW = c.frame === 'broad' ? 116 : 102;
  const drop = c.frame === 'broad' ? 34 : 38;
  return { cx: 120, neckY: 221, halfW, k: drop / (halfW - 24) ** 2 };
}

/** The top of the shoulders at x: flat across the neck, then falling away in a smooth curve. */
export const shoulderY = (b: Body, x: number): number =>
  b.neckY + b.k * Math.max(0, Math.abs(x - b.cx) - 24) ** 2;

export type Pt = readonly [number, number];

const shoulderPts = (b: Body, fromDx: number, toDx: number, steps = 8): Pt[] => {
  const pts: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = b.cx + fromDx + ((toDx - fromDx) * i) / steps;
    pts.push([x, shoulderY(b, x)]);
  }
  return pts;
};

/** The neckline: a scoop (curve) or a V, `dip` deep below the shoulder line at the centre. */
export type Neckline = { readonly dip: number; readonly v: boolean; readonly half: number };

/** The whole torso with its neckline, for jumpers, shirts and tops worn under jackets. */
export function torsoPath(b: Body, neck: Neckline): string {
  const { cx, halfW, neckY } = b;
  const left = smooth(shoulderPts(b, -halfW, -neck.half));
  const right = smooth(shoulderPts(b, neck.half, halfW)).replace(/^M[^C]*/, '');
  const mid = neck.v
    ? d`L${cx} ${neckY + neck.dip}L${cx + neck.half} ${neckY}`
    : d`Q${cx} ${neckY + neck.dip * 2 - 1} ${cx + neck.half} ${neckY}`;
  return `${left}${mid}${right}${d`L${cx + halfW + 6} 300L${cx - halfW - 6} 300Z`}`;
}

/**
 * One front panel of an open garment (cardigan, jacket, vest): from the neck along the shoulder,
 * down the arm (or an armhole when `outer` is short of the shoulder), and back up the opening.
 */
export function panelPath(
  b: Body,
  side: -1 | 1,
  topDx: number,
  bottomDx: number,
  outer = b.halfW,
): string {
  const { cx } = b;
  const pts = shoulderPts(b, side * topDx, side * outer, 6);
  let out = smooth(pts);
  out +=
    outer < b.halfW
      ? d`Q${cx + side * (outer - 6)} 262 ${cx + side * (outer + 2)} 300`
      : d`L${cx + side * (outer + 6)} 300`;
  return out + d`L${cx + side * bottomDx} 300Z`;
}

/** Point-in-cloth test used to scatter pattern without clipping: inside the torso, off the neck. */
const onTorso = (b: Body, x: number, y: number, open: number): boolean =>
  Math.abs(x - b.cx) < b.halfW - 6 &&
  y > shoulderY(b, x) + 5 &&
  y < 298 &&
  Math.abs(x - b.cx) > open;

/** Points scattered over the cloth, for tweed flecks or a blouse print, kept off the opening. */
export function scatter(b: Body, seed: string, count: number, open: (y: number) => number): Pt[] {
  const rnd = seeded(seed);
  const pts: Pt[] = [];
  for (let i = 0; i < count; i++) {
    const x = b.cx - b.halfW + rnd() * b.halfW * 2;
    const y = 224 + rnd() * 76;
    if (onTorso(b, x, y, open(y))) pts.push([x, y]);
  }
  return pts;
}

/**
 * Many small marks as one path: each point becomes `mark` (a short path segment). Zero-length
 * segments with round caps draw dots, which keeps prints and flecks to a few hundred bytes.
 */
export const marks = (pts: readonly Pt[], mark: (x: number, y: number) => string): string =>
  pts.map(([x, y]) => mark(x, y)).join('');

/** Shirt collar points either side of the throat. */
export const collar = (b: Body, fill: string, spread = 22, length = 24): string =>
  [-1, 1]
    .map((s) =>
      path(
        d`M${b.cx + s * spread} ${b.neckY - 6}L${b.cx + s * 2} ${b.neckY + length}L${b.cx + s * (spread + 6)} ${b.neckY + length - 4}Z`,
        fill,
      ),
    )
    .join('');

/** Jacket lapels along a V opening, with the classic notch. */
export const lapels = (b: Body, fill: string): string =>
  [-1, 1]
    .map((s) => {
      const x = (dx: number): number => b.cx + s * dx;
      const y0 = b.neckY;
      return path(
        d`M${x(26)} ${y0 - 2}L${x(4)} 296L${x(12)} 296L${x(42)} ${y0 + 34}L${x(34)} ${y0 + 28}L${x(38)} ${y0 + 6}Z`,
        fill,
      );
    })
    .join('');
