/**
 * Eyes and brows, the parts that carry most of an expression. Each is driven by a few numbers
 * (lid heights, brow angles) from the table in faces.ts.
 */
import type { Geo } from './head.ts';
import { FACE, type Skin } from './palette.ts';
import { circle, d, line, path } from './svg.ts';

/** Offsets from the resting brow: negative is up. `arch` lifts the middle; `weight` thickens. */
export interface Brow {
  readonly inner: number;
  readonly outer: number;
  readonly arch: number;
  readonly weight: number;
}

/** Lid lines are offsets from the eye centre; `lift` is how far the cheeks push the lower lid up. */
export type Eye =
  | {
      readonly kind: 'open';
      readonly lidInner: number;
      readonly lidOuter: number;
      readonly lift: number;
      readonly wide: number;
      readonly gazeY: number;
      readonly gazeX: number;
    }
  | { readonly kind: 'closed'; readonly curve: 'down' | 'up' };

export interface FaceStyle {
  readonly skin: Skin;
  readonly iris: string;
  readonly brow: string;
  /** Heavier brows for broad frames; finer brows and an eyelash flick for narrow ones. */
  readonly broad: boolean;
}

const EYE_RX = 11;
const EYE_TOP = 8;
const EYE_BOTTOM = 5.5;

/** One eye: white, iris, then skin-coloured lids over it, so no clip path (and no id) is needed. */
export function eye(g: Geo, side: -1 | 1, spec: Eye, st: FaceStyle): string {
  const ex = g.cx + side * g.eyeDx;
  const ey = g.eyeY;
  const outerX = ex + side * EYE_RX;
  const innerX = ex - side * EYE_RX;
  if (spec.kind === 'closed') {
    const bend = spec.curve === 'down' ? 6 : -8;
    const lift = spec.curve === 'down' ? 0 : 3;
    const lash = st.broad ? '' : line(d`M${outerX} ${ey + lift}l${side * 4} ${-3}`, FACE.ink, 2.2);
    return (
      line(
        d`M${outerX} ${ey + lift}Q${ex} ${ey + lift + bend} ${innerX} ${ey + lift}`,
        FACE.ink,
        3,
      ) + lash
    );
  }
  const top = EYE_TOP + spec.wide;
  const xs: number[] = [];
  const tops: number[] = [];
  const bottoms: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const u = -1 + i / 5; // -1 at the outer corner, +1 at the inner corner
    const fall = 1 - u * u;
    // The lid is a gentle arc between its two ends, higher in the middle like a real eyelid.
    const lid = spec.lidOuter + ((u + 1) / 2) * (spec.lidInner - spec.lidOuter) - 1.5 * fall;
    const cornerLift = u < 0 ? -u : 0; // outer corners sit a touch higher, as real eyes do
    const t = ey - cornerLift + Math.max(-top * fall, lid);
    xs.push(ex - side * u * EYE_RX);
    tops.push(t);
    bottoms.push(Math.max(t + 0.8, ey + (EYE_BOTTOM + spec.wide * 0.5 - spec.lift) * fall));
  }
  const pts = (ys: number[]): string => xs.map((x, i) => d`${x} ${ys[i] ?? ey}`).join('L');
  const topLine = 'M' + pts(tops);
  const bottomLine =
    'L' +
    xs
      .map((_, i) => i)
      .reverse()
      .map((i) => d`${xs[i] ?? ex} ${bottoms[i] ?? ey}`)
      .join('L');
  const ix = ex + side * -0.5 + spec.gazeX;
  const iy = ey + 0.5 + spec.gazeY;
  const irisR = spec.wide > 0.9 ? 5.4 : 6.3;
  const coverTop = `${topLine}L${d`${innerX} ${ey - 15}L${outerX} ${ey - 15}`}Z`;
  const coverBottom = `M${xs.map((x, i) => d`${x} ${bottoms[i] ?? ey}`).join('L')}${d`L${innerX} ${ey + 11}L${outerX} ${ey + 11}`}Z`;
  const relaxed = spec.lidInner < -4 && spec.lidOuter < -4;
  return (
    path(topLine + bottomLine + 'Z', FACE.white) +
    circle(ix, iy, irisR, st.iris) +
    circle(ix, iy, irisR * 0.48, FACE.ink) +
    circle(ix + 1.8, iy - 1.8, 1.5, FACE.highlight) +
    path(coverTop, st.skin.base) +
    path(coverBottom, st.skin.base) +
    (relaxed
      ? line(d`M${outerX} ${ey - 3}Q${ex} ${ey - top - 5} ${innerX} ${ey - 3}`, st.skin.line, 1.6, {
          opacity: 0.6,
        })
      : '') +
    line(topLine, FACE.ink, 2.8) +
    (spec.lift > 2
      ? line(`M${pts(bottoms)}`, FACE.ink, 2, { opacity: 0.8 })
      : line(`M${pts(bottoms)}`, st.skin.line, 1.4, { opacity: 0.55 })) +
    (st.broad
      ? ''
      : line(d`M${outerX} ${(tops[0] ?? ey) - 0.5}l${side * 4} ${-2.5}`, FACE.ink, 2.2))
  );
}

/** A tapered brow: thick at the inner end, thin at the tail. */
export function brow(g: Geo, side: -1 | 1, b: Brow, st: FaceStyle): string {
  const w = (st.broad ? 7 : 5.6) * b.weight;
  const ix = g.cx + side * (g.eyeDx - 12);
  const ox = g.cx + side * (g.eyeDx + 15);
  const mx = g.cx + side * (g.eyeDx + 4);
  const iy = g.browY + b.inner;
  const oy = g.browY + 2 + b.outer;
  const my = g.browY - 5 - b.arch + (b.inner + b.outer) / 2;
  return path(
    d`M${ix} ${iy - w / 2}Q${mx} ${my - w * 0.75} ${ox} ${oy - w * 0.15}Q${ox + side * 1.5} ${oy + w * 0.2} ${ox} ${oy + w * 0.25}` +
      d`Q${mx} ${my + w * 0.55} ${ix} ${iy + w / 2}Q${ix - side * 2} ${iy} ${ix} ${iy - w / 2}Z`,
    st.brow,
  );
}
