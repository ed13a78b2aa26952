/**
 * Tiny SVG string builders shared by the portraits and backgrounds.
 *
 * Everything is plain strings so the art works anywhere (Phaser texture, <img> data URL, inline DOM)
 * and is trivially deterministic. No ids are emitted: several SVGs can sit inline on one page, and
 * duplicate ids (clip paths, gradients) would make them draw each other's shapes.
 */

/** Round to one decimal: short output, and no float noise that would make snapshots flaky. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * Tagged template for path data and transforms: every interpolated number is rounded with `n`, so
 * geometry can be computed freely without bloating the output.
 */
export function d(strings: TemplateStringsArray, ...values: readonly number[]): string {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += n(v) + (strings[i + 1] ?? '');
  });
  return out;
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

const escapeAttr = (v: string): string =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const attrText = (attrs: Attrs): string =>
  Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeAttr(v)}"`)
    .join('');

/** Any element; self-closing when it has no children. */
export const el = (name: string, attrs: Attrs, children = ''): string =>
  children === ''
    ? `<${name}${attrText(attrs)}/>`
    : `<${name}${attrText(attrs)}>${children}</${name}>`;

export const path = (data: string, fill: string, extra: Attrs = {}): string =>
  el('path', { d: data, fill, ...extra });

/** An open line: round caps and joins, the hand-drawn look of the features. */
export const line = (data: string, colour: string, width: number, extra: Attrs = {}): string =>
  el('path', {
    d: data,
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...extra,
  });

export const ellipse = (
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra: Attrs = {},
): string => el('ellipse', { cx, cy, rx, ry, fill, ...extra });

export const circle = (
  cx: number,
  cy: number,
  r: number,
  fill: string,
  extra: Attrs = {},
): string => el('circle', { cx, cy, r, fill, ...extra });

export const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  extra: Attrs = {},
): string => el('rect', { x, y, width: w, height: h, fill, ...extra });

export const group = (attrs: Attrs, children: string): string =>
  children === '' ? '' : el('g', attrs, children);

/** A whole standalone document. */
export const svgDoc = (width: number, height: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${body}</svg>`;

/**
 * Small seeded generator (mulberry32) for texture scatter such as tweed flecks and hair curls, so
 * the "random" details are identical on every run and every machine.
 */
export function seeded(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points of a smooth closed or open curve through the given points (Catmull-Rom as cubic Béziers). */
export function smooth(points: readonly (readonly [number, number])[], closed = false): string {
  const count = points.length;
  if (count < 2) return '';
  const at = (i: number): readonly [number, number] => {
    const idx = closed ? (i + count) % count : Math.max(0, Math.min(count - 1, i));
    return points[idx] ?? [0, 0];
  };
  const first = at(0);
  let out = d`M${first[0]} ${first[1]}`;
  const segments = closed ? count : count - 1;
  for (let i = 0; i < segments; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    out += d`C${p1[0] + (p2[0] - p0[0]) / 6} ${p1[1] + (p2[1] - p0[1]) / 6} ${p2[0] - (p3[0] - p1[0]) / 6} ${
      p2[1] - (p3[1] - p1[1]) / 6
    } ${p2[0]} ${p2[1]}`;
  }
  return closed ? out + 'Z' : out;
}
