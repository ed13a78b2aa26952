/**
 * Things a character wears or sits in that are not clothes or hair: glasses, a headset and the
 * wheelchair whose back and push handles show behind the shoulders.
 */
import type { Body } from './body.ts';
import { shoulderY } from './body.ts';
import type { Geo } from './head.ts';
import { d, ellipse, line, path, rect } from './svg.ts';

const FRAME = '#1f2433';
const TORTOISE = '#8a5a34';
const LENS = { fill: '#ffffff', 'fill-opacity': 0.14 } as const;

/** Rectangular frames over the eyes, arms running back to the ears. */
function rectGlasses(g: Geo): string {
  const { cx, eyeY: y, eyeDx: dx, hw } = g;
  let out = '';
  for (const s of [-1, 1] as const) {
    const ex = cx + s * dx;
    out += rect(ex - 15, y - 10, 30, 21, LENS.fill, {
      rx: 6,
      'fill-opacity': LENS['fill-opacity'],
      stroke: FRAME,
      'stroke-width': 3,
    });
    out += line(d`M${ex + s * 15} ${y - 5}L${cx + s * (hw - 1)} ${y - 2}`, FRAME, 3);
  }
  return out + line(d`M${cx - 6} ${y - 3}Q${cx} ${y - 7} ${cx + 6} ${y - 3}`, FRAME, 3);
}

/** Half-moon reading glasses perched low on the nose, so the eyes look over them. */
function readingGlasses(g: Geo): string {
  const { cx, eyeY: y, eyeDx: dx, hw } = g;
  let out = '';
  for (const s of [-1, 1] as const) {
    const ex = cx + s * dx;
    out += path(
      d`M${ex - 13} ${y + 8}L${ex + 13} ${y + 8}Q${ex + 13} ${y + 21} ${ex} ${y + 21}Q${ex - 13} ${y + 21} ${ex - 13} ${y + 8}Z`,
      LENS.fill,
      {
        'fill-opacity': LENS['fill-opacity'],
        stroke: TORTOISE,
        'stroke-width': 2.6,
      },
    );
    out += line(d`M${ex + s * 13} ${y + 9}L${cx + s * (hw - 1)} ${y + 1}`, TORTOISE, 2.4);
  }
  return out + line(d`M${cx - 8} ${y + 10}Q${cx} ${y + 5} ${cx + 8} ${y + 10}`, TORTOISE, 2.6);
}

export function glasses(kind: 'none' | 'rect' | 'reading', g: Geo): string {
  if (kind === 'rect') return rectGlasses(g);
  if (kind === 'reading') return readingGlasses(g);
  return '';
}

/** A single-ear call-centre headset: band over the hair, ear cup, boom mic by the mouth. */
export function headset(g: Geo): string {
  const { cx, hw } = g;
  const dark = '#2c3036';
  // The band is lighter than any hair colour so it reads against black hair.
  return (
    line(
      d`M${cx - hw - 9} 126C${cx - hw - 12} 22 ${cx + hw + 12} 22 ${cx + hw + 9} 116`,
      '#6b737d',
      5.5,
    ) +
    line(
      d`M${cx - hw - 6} 110C${cx - hw - 8} 30 ${cx + hw + 8} 30 ${cx + hw + 6} 104`,
      '#9aa2ab',
      1.5,
    ) +
    ellipse(cx + hw + 9, 118, 5, 8, dark) +
    line(d`M${cx - hw - 8} 142Q${cx - hw + 2} 182 ${cx - 22} 184`, dark, 3.5) +
    ellipse(cx - 20, 184, 6, 4, dark) +
    ellipse(cx - hw - 9, 132, 10, 15, dark) +
    ellipse(cx - hw - 9, 132, 5, 9, '#4b525b')
  );
}

/** The back of a wheelchair: upholstered backrest between two canes with push-handle grips. */
export function wheelchair(b: Body): string {
  const { cx } = b;
  const dx = b.halfW - 24;
  const fabric = '#3c4552';
  const tube = '#a3abb2';
  let canes = '';
  for (const s of [-1, 1] as const) {
    const x = cx + s * dx;
    canes += line(d`M${x} 300L${x} 176`, tube, 7);
    canes += line(d`M${x - s * 1.5} 296L${x - s * 1.5} 180`, '#d5dadd', 1.6);
    canes += line(d`M${x} 160L${x} 182`, '#202327', 11);
  }
  const top = Math.min(shoulderY(b, cx + dx), 206);
  return (
    path(
      d`M${cx - dx} ${top}Q${cx} ${top - 14} ${cx + dx} ${top}L${cx + dx} 300L${cx - dx} 300Z`,
      fabric,
    ) +
    line(d`M${cx - dx + 6} ${top + 5}Q${cx} ${top - 8} ${cx + dx - 6} ${top + 5}`, '#56606e', 2, {
      'stroke-dasharray': '4 3',
    }) +
    canes
  );
}
