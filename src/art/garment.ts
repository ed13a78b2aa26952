/** Helpers shared by all outfits: colour pairs, a whole garment, front panels of open garments. */
import { type Body, type Neckline, panelPath, shoulderY, torsoPath } from './body.ts';
import { CLOTH, type Cloth } from './palette.ts';
import { d, line, path } from './svg.ts';

const crew: Neckline = { dip: 12, v: false, half: 24 };

export const tones = (c: Cloth): { base: string; shade: string } => {
  const [base, shade] = CLOTH[c];
  return { base, shade };
};

/** A whole garment with a subtle shadow under the far arm, for a little depth. */
export const garment = (b: Body, fill: string, shade: string, neck: Neckline = crew): string => {
  const seams = [-1, 1]
    .map((s) => {
      const x = b.cx + s * (b.halfW - 34);
      return d`M${x} ${shoulderY(b, x) + 2}Q${x + s * 1} 270 ${x + s * 3} 300`;
    })
    .join('');
  return (
    path(torsoPath(b, neck), fill) +
    path(
      d`M${b.cx + b.halfW - 22} 300Q${b.cx + b.halfW - 26} 268 ${b.cx + b.halfW - 10} ${shoulderY(b, b.cx + b.halfW - 10) + 2}L${b.cx + b.halfW + 6} 300Z`,
      shade,
      { opacity: 0.6 },
    ) +
    line(seams, shade, 1.8, { opacity: 0.5 })
  );
};

export const panels = (
  b: Body,
  fill: string,
  topDx: number,
  bottomDx: number,
  outer?: number,
): string =>
  path(panelPath(b, -1, topDx, bottomDx, outer), fill) +
  path(panelPath(b, 1, topDx, bottomDx, outer), fill);
