/**
 * Expressions. Each one is a small table of shape parameters (brow angle, eyelids, mouth, extras)
 * so they read by shape even in greyscale or for colour-blind players; colour (the flush) only
 * ever adds to a shape cue.
 */
import type { Geo } from './head.ts';
import { type Brow, brow, type Eye, eye, type FaceStyle } from './eyes.ts';
import { FACE } from './palette.ts';
import { circle, d, ellipse, line, path } from './svg.ts';
import { mouth } from './mouths.ts';

export type Expression =
  | 'neutral'
  | 'concerned'
  | 'frustrated'
  | 'angry'
  | 'furious'
  | 'sad'
  | 'relieved'
  | 'happy'
  | 'delighted';

export const EXPRESSIONS: readonly Expression[] = [
  'neutral',
  'concerned',
  'frustrated',
  'angry',
  'furious',
  'sad',
  'relieved',
  'happy',
  'delighted',
];

interface FaceSpec {
  readonly brow: Brow;
  readonly eye: Eye;
  /** 0 none, 1 cheeks, 2 cheeks, nose and forehead. */
  readonly flush: 0 | 1 | 2;
  /** Vertical creases between the brows. */
  readonly knit: 0 | 1 | 2;
  /** Raised-centre forehead lines of worry. */
  readonly worry: boolean;
  readonly tear: boolean;
  /** Cheek lines beside a real smile, plus a warm glow. */
  readonly smile: boolean;
  /** Head tilt in degrees: a slumped head for sad, a lift for relief and delight. */
  readonly tilt: number;
}

const open = (
  lidInner: number,
  lidOuter: number,
  lift = 0,
  wide = 0,
  gazeY = 0,
  gazeX = 0,
): Eye => ({
  kind: 'open',
  lidInner,
  lidOuter,
  lift,
  wide,
  gazeY,
  gazeX,
});

const none = { flush: 0, knit: 0, worry: false, tear: false, smile: false, tilt: 0 } as const;

const FACES: Readonly<Record<Expression, FaceSpec>> = {
  neutral: { ...none, brow: { inner: 0, outer: 0, arch: 0, weight: 1 }, eye: open(-4.6, -4.6) },
  concerned: {
    ...none,
    brow: { inner: -8, outer: 2, arch: -3, weight: 1 },
    eye: open(-9, -9, 0, 0.8, 1),
    worry: true,
    tilt: -2,
  },
  frustrated: {
    ...none,
    brow: { inner: 6, outer: 1, arch: -5, weight: 1.15 },
    eye: open(-1, -2.5, 1.5, 0, -0.5, -3.5), // narrowed, glancing away
    knit: 1,
    tilt: 3,
  },
  angry: {
    ...none,
    brow: { inner: 9, outer: -4, arch: -5, weight: 1.2 },
    eye: open(1, -5, 1),
    flush: 1,
    knit: 2,
  },
  furious: {
    ...none,
    brow: { inner: 12, outer: -7, arch: -6, weight: 1.35 },
    eye: open(0, -8, 0, 1),
    flush: 2,
    knit: 2,
    tilt: -1,
  },
  sad: {
    ...none,
    brow: { inner: -8, outer: 5, arch: -5, weight: 1 },
    eye: open(-6, 0, 0, 0, 2.5),
    worry: true,
    tear: true,
    tilt: -5,
  },
  relieved: {
    ...none,
    brow: { inner: -4, outer: 0, arch: 1, weight: 1 },
    eye: { kind: 'closed', curve: 'down' },
    tilt: 4,
  },
  happy: {
    ...none,
    brow: { inner: -2, outer: -2, arch: 1, weight: 1 },
    eye: open(-5, -5, 4.5),
    smile: true,
    tilt: 2,
  },
  delighted: {
    ...none,
    brow: { inner: -7, outer: -5, arch: 2, weight: 1 },
    eye: { kind: 'closed', curve: 'up' },
    smile: true,
    tilt: 4,
  },
};

function extras(g: Geo, f: FaceSpec, st: FaceStyle): string {
  const { cx, eyeY, eyeDx, browY, mouthY } = g;
  const s = st.skin;
  let out = '';
  if (f.knit > 0) {
    out += line(d`M${cx - 3.5} ${browY - 3}q-1 5 0 9`, s.line, 1.8, { opacity: 0.75 });
    if (f.knit > 1)
      out += line(d`M${cx + 3.5} ${browY - 3}q1 5 0 9`, s.line, 1.8, { opacity: 0.75 });
  }
  if (f.worry) {
    out += line(
      d`M${cx - 16} ${browY - 15}Q${cx} ${browY - 22} ${cx + 16} ${browY - 15}`,
      s.line,
      1.7,
      { opacity: 0.6 },
    );
    out += line(
      d`M${cx - 11} ${browY - 23}Q${cx} ${browY - 28} ${cx + 11} ${browY - 23}`,
      s.line,
      1.5,
      { opacity: 0.5 },
    );
  }
  if (f.smile) {
    for (const side of [-1, 1] as const) {
      out += line(d`M${cx + side * 19} ${mouthY - 8}q${side * 5} 6 ${side * 1} 12`, s.line, 2, {
        opacity: 0.6,
      });
    }
  }
  if (f.tear) {
    const tx = cx - eyeDx - 7;
    out += path(d`M${tx} ${eyeY + 6}q-5 8 -4.5 11a4.6 4.6 0 0 0 9 0q0.5 -3 -4.5 -11Z`, FACE.tear, {
      stroke: '#6fa9cf',
      'stroke-width': 1,
    });
    out += circle(tx - 1.3, eyeY + 16, 1.2, FACE.highlight);
  }
  return out;
}

/** A soft-edged patch faked with stacked ellipses, since blur filters would need ids. */
const soft = (
  x: number,
  y: number,
  rx: number,
  ry: number,
  fill: string,
  opacity: number,
): string =>
  [1, 0.8, 0.6, 0.4].map((k) => ellipse(x, y, rx * k, ry * k, fill, { opacity })).join('');

/** Flush and glow sit under the features, so they are drawn before eyes and mouth. */
function colourWash(g: Geo, f: FaceSpec): string {
  const { cx, eyeY, eyeDx } = g;
  let out = '';
  if (f.flush > 0) {
    const big = f.flush > 1;
    for (const side of [-1, 1] as const) {
      out += soft(
        cx + side * (eyeDx + 3),
        eyeY + 22,
        big ? 16 : 13,
        big ? 10 : 8,
        FACE.flush,
        big ? 0.11 : 0.08,
      );
    }
    if (big) out += soft(cx, eyeY + 22, 9, 7, FACE.flush, 0.08);
  }
  if (f.smile) {
    for (const side of [-1, 1] as const) {
      out += soft(cx + side * (eyeDx + 4), eyeY + 20, 12, 7, '#f08a80', 0.07);
    }
  }
  return out;
}

/** Eyes, brows and the marks around them; the mouth is separate so a beard can sit between. */
export function upperFace(g: Geo, expression: Expression, st: FaceStyle): string {
  const f = FACES[expression];
  return (
    colourWash(g, f) +
    eye(g, -1, f.eye, st) +
    eye(g, 1, f.eye, st) +
    extras(g, f, st) +
    brow(g, -1, f.brow, st) +
    brow(g, 1, f.brow, st)
  );
}

export const mouthFor = (g: Geo, e: Expression, st: FaceStyle): string =>
  mouth(e, g.cx, g.mouthY, st.broad ? 1.08 : 1, st.skin);

export const tiltOf = (e: Expression): number => FACES[e].tilt;

export type { FaceStyle };
