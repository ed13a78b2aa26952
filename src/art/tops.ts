/** Closed tops: polo, lanyard top, jumpers, courier jacket, shirt and tie, printed blouse. */
import type { Character } from './cast.ts';
import { type Body, collar, marks, scatter, shoulderY } from './body.ts';
import { houseMark } from './brand.ts';
import { garment, tones } from './garment.ts';
import type { Cloth } from './palette.ts';
import { circle, d, line, path, rect } from './svg.ts';

export function polo(b: Body, cloth: Cloth): string {
  const { base, shade } = tones(cloth);
  // The collar catches the light: a touch lighter than the shirt.
  const wing = (s: -1 | 1): string =>
    path(
      d`M${b.cx + s * 25} ${b.neckY - 8}L${b.cx + s * 3} ${b.neckY + 16}L${b.cx + s * 10} ${b.neckY + 26}L${b.cx + s * 34} ${b.neckY + 4}Z`,
      cloth === 'navy' ? '#2f4670' : base,
    ) +
    line(
      d`M${b.cx + s * 3} ${b.neckY + 16}L${b.cx + s * 10} ${b.neckY + 26}L${b.cx + s * 34} ${b.neckY + 4}`,
      shade,
      1.6,
      { opacity: cloth === 'navy' ? 0 : 0.9 },
    );
  return (
    garment(b, base, shade, { dip: 8, v: false, half: 24 }) +
    rect(b.cx - 6, b.neckY + 10, 12, 38, shade) +
    circle(b.cx, b.neckY + 24, 2, '#c7cfdb') +
    circle(b.cx, b.neckY + 38, 2, '#c7cfdb') +
    wing(-1) +
    wing(1) +
    houseMark(b.cx + 46, 266, 15)
  );
}

export function lanyardTop(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  return (
    garment(b, base, shade, { dip: 20, v: false, half: 28 }) +
    line(d`M${b.cx - 28} ${b.neckY}Q${b.cx} ${b.neckY + 39} ${b.cx + 28} ${b.neckY}`, shade, 3) +
    line(
      d`M${b.cx - 19} ${b.neckY - 4}L${b.cx - 4} 284M${b.cx + 19} ${b.neckY - 4}L${b.cx + 4} 284`,
      '#2d6b67',
      3.5,
    ) +
    rect(b.cx - 13, 280, 26, 22, '#f4f1ea', { rx: 2 }) +
    rect(b.cx - 13, 280, 26, 6, '#2d6b67', { rx: 2 }) +
    rect(b.cx - 8, 289, 9, 9, '#c9c2b5')
  );
}

export function jumper(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  const cables = [-44, -30, 30, 44]
    .map((o) => d`M${b.cx + o} ${shoulderY(b, b.cx + o) + 14}V300`)
    .join('');
  return (
    garment(b, base, shade) +
    collar(b, '#e9e1cf', 18, 20) +
    line(d`M${b.cx - 24} ${b.neckY}Q${b.cx} ${b.neckY + 23} ${b.cx + 24} ${b.neckY}`, shade, 7) +
    line(cables, shade, 2.2, { opacity: 0.55, 'stroke-dasharray': '5 4' })
  );
}

export function knit(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  return (
    garment(b, base, shade, { dip: 34, v: true, half: 24 }) +
    line(d`M${b.cx - 24} ${b.neckY}L${b.cx} ${b.neckY + 34}L${b.cx + 24} ${b.neckY}`, shade, 6) +
    line(
      d`M${b.cx - 14} ${b.neckY - 2}Q${b.cx} ${b.neckY + 22} ${b.cx + 14} ${b.neckY - 2}`,
      '#d8b55a',
      1.4,
    ) +
    circle(b.cx, b.neckY + 20, 3, '#d8b55a') +
    line(d`M${b.cx - 60} 300V268M${b.cx + 60} 300V268`, shade, 2, { opacity: 0.5 })
  );
}

export function courier(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  const funnel = d`M${b.cx - 30} ${b.neckY + 2}L${b.cx - 26} ${b.neckY - 16}Q${b.cx} ${b.neckY - 10} ${b.cx + 26} ${b.neckY - 16}L${b.cx + 30} ${b.neckY + 2}Q${b.cx} ${b.neckY + 10} ${b.cx - 30} ${b.neckY + 2}Z`;
  return (
    garment(b, base, shade, { dip: 4, v: false, half: 26 }) +
    // Dark shoulder yokes and a reflective chest stripe: the look of a courier's uniform jacket.
    [-1, 1]
      .map((s) =>
        path(
          d`M${b.cx + s * 44} ${shoulderY(b, b.cx + s * 44)}L${b.cx + s * (b.halfW + 2)} ${shoulderY(b, b.cx + s * b.halfW)}L${b.cx + s * (b.halfW + 3)} 262Q${b.cx + s * 80} 250 ${b.cx + s * 44} ${shoulderY(b, b.cx + s * 44)}Z`,
          '#34373e',
        ),
      )
      .join('') +
    rect(b.cx - b.halfW - 4, 276, b.halfW * 2 + 8, 9, '#d6dadd') +
    path(funnel, shade) +
    line(d`M${b.cx + 1} ${b.neckY - 12}L${b.cx + 1} 300`, '#34373e', 2.4) +
    rect(b.cx - 2, b.neckY + 4, 6, 10, '#c9ccd1', { rx: 1.5 }) +
    rect(b.cx + 28, 240, 30, 16, '#f4f1ea', { rx: 2 }) +
    line(d`M${b.cx + 36} 243.5l6 4.5l-6 4.5M${b.cx + 44} 243.5l6 4.5l-6 4.5`, base, 2.4)
  );
}

export function shirtTie(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  const tie = '#27365a';
  return (
    garment(b, base, shade, { dip: 6, v: false, half: 22 }) +
    line(
      d`M${b.cx - 60} ${shoulderY(b, b.cx - 60)}Q${b.cx - 62} 270 ${b.cx - 64} 300M${b.cx + 60} ${shoulderY(b, b.cx + 60)}Q${b.cx + 62} 270 ${b.cx + 64} 300`,
      shade,
      2,
    ) +
    path(
      d`M${b.cx - 7} ${b.neckY + 2}L${b.cx + 7} ${b.neckY + 2}L${b.cx + 5} ${b.neckY + 14}L${b.cx + 10} 298L${b.cx} 304L${b.cx - 10} 298L${b.cx - 5} ${b.neckY + 14}Z`,
      tie,
    ) +
    line(d`M${b.cx - 6} 250l12 -8M${b.cx - 8} 268l16 -10M${b.cx - 9} 286l18 -11`, '#4b5f8c', 2.4) +
    collar(b, '#dfe9f5', 22, 22)
  );
}

export function blouse(b: Body, c: Character, id: string): string {
  const { base, shade } = tones(c.clothes);
  const pts = scatter(b, id, 55, (y) => Math.max(0, 26 - (y - 221) * 0.87) + 4);
  const dot = (x: number, y: number): string => d`M${x} ${y}h0`;
  return (
    garment(b, base, shade, { dip: 30, v: true, half: 26 }) +
    line(d`M${b.cx - 26} ${b.neckY}L${b.cx} ${b.neckY + 30}L${b.cx + 26} ${b.neckY}`, shade, 3) +
    line(marks(pts, dot), '#f6e3c8', 5.4) +
    line(marks(pts, dot), shade, 2.2)
  );
}

/** A zip-neck fleece: a stand-up collar, the zip and its pull, a seam across the chest. */
export function fleece(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  const funnel = d`M${b.cx - 30} ${b.neckY + 2}L${b.cx - 26} ${b.neckY - 14}Q${b.cx} ${b.neckY - 8} ${b.cx + 26} ${b.neckY - 14}L${b.cx + 30} ${b.neckY + 2}Q${b.cx} ${b.neckY + 10} ${b.cx - 30} ${b.neckY + 2}Z`;
  return (
    garment(b, base, shade, { dip: 4, v: false, half: 26 }) +
    line(d`M${b.cx - b.halfW + 20} 262Q${b.cx} 270 ${b.cx + b.halfW - 20} 262`, shade, 2.2, {
      opacity: 0.7,
    }) +
    path(funnel, shade) +
    line(d`M${b.cx + 1} ${b.neckY - 10}L${b.cx + 1} ${b.neckY + 44}`, '#2b2e33', 2.4) +
    rect(b.cx - 2, b.neckY + 40, 6, 11, '#c9ccd1', { rx: 1.5 })
  );
}

/** A café owner's bib apron over a white shirt: straps round the neck, a pocket on the front. */
export function apron(b: Body, c: Character): string {
  const { base, shade } = tones(c.clothes);
  const shirt = garment(b, '#f6f6f3', '#dcdcd6', { dip: 10, v: false, half: 22 });
  const bib = d`M${b.cx - 34} 250L${b.cx + 34} 250L${b.cx + 40} 300L${b.cx - 40} 300Z`;
  const straps = d`M${b.cx - 30} 252L${b.cx - 22} ${b.neckY - 4}M${b.cx + 30} 252L${b.cx + 22} ${b.neckY - 4}`;
  return (
    shirt +
    collar(b, '#e6e6e0', 22, 20) +
    line(straps, base, 6) +
    path(bib, base) +
    line(d`M${b.cx - 34} 252L${b.cx + 34} 252`, shade, 3) +
    rect(b.cx - 16, 272, 32, 20, shade, { rx: 2 }) +
    line(d`M${b.cx} 272V292`, base, 1.6)
  );
}
