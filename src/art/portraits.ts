/**
 * Character portraits: head and shoulders, 240 x 300, one per look and expression, assembled from
 * the layered parts in this folder (see assets/ART.md for the style).
 */
import type { LookId } from '../sim/people/looks.ts';
import { beard, moustache } from './beard.ts';
import { bodyFor } from './body.ts';
import { houseMark } from './brand.ts';
import { CAST } from './cast.ts';
import { outfit } from './clothes.ts';
import {
  EXPRESSIONS,
  type Expression,
  type FaceStyle,
  mouthFor,
  tiltOf,
  upperFace,
} from './faces.ts';
import { hairFor } from './hair.ts';
import { ageLines, ears, face, freckles, geoFor, neck, nose, skinOf } from './head.ts';
import { BRAND, IRIS } from './palette.ts';
import { glasses, headset, wheelchair } from './props.ts';
import { circle, d, el, group, path, rect, svgDoc } from './svg.ts';

export { EXPRESSIONS, type Expression };

const PORTRAIT_WIDTH = 240;
const PORTRAIT_HEIGHT = 300;

export function portraitSvg(look: LookId, expression: Expression): string {
  const c = CAST[look];
  const g = geoFor(c);
  const b = bodyFor(c);
  const s = skinOf(c);
  const hair = hairFor(c, g, look);
  const covered = c.hair === 'hijab';
  const st: FaceStyle = { skin: s, iris: IRIS[c.iris], brow: c.brow, broad: c.frame === 'broad' };
  // The head turns a little with the feeling; it pivots on the neck, the body stays put.
  const turn = { transform: d`rotate(${tiltOf(expression)} ${g.cx} 205)` };
  const head =
    (covered ? '' : ears(g, s, c.earrings)) +
    face(g, s) +
    (c.freckles ? freckles(g, s, look) : '') +
    ageLines(g, s, c.age) +
    upperFace(g, expression, st) +
    nose(g, s, c.frame === 'broad') +
    beard(c, g) +
    mouthFor(g, expression, st) +
    moustache(c, g) +
    hair.front +
    glasses(c.glasses, g) +
    (c.headset ? headset(g) : '');
  // Drawn a little larger than the frame so the face fills it and reads at small sizes; the
  // shoulders are cropped at the sides like a photo.
  return svgDoc(
    PORTRAIT_WIDTH,
    PORTRAIT_HEIGHT,
    group(
      { transform: 'matrix(1.12 0 0 1.12 -14.4 -35)' },
      (c.wheelchair ? wheelchair(b) : '') +
        group(turn, hair.back) +
        (covered ? '' : neck(g, s)) +
        outfit(c, b, look) +
        group(turn, hair.mid) +
        group(turn, head),
    ),
  );
}

/**
 * The learner's own badge: a Northway Home staff card with a plain silhouette, so every learner
 * can see themselves in it.
 */
export function learnerSvg(): string {
  const card =
    rect(36, 40, 168, 236, '#f6f2ea', { rx: 16, stroke: '#c9c1b2', 'stroke-width': 3 }) +
    path('M36 96V56a16 16 0 0 1 16 -16h136a16 16 0 0 1 16 16v40Z', BRAND.teal) +
    rect(98, 22, 44, 26, '#8d949a', { rx: 6 }) +
    rect(108, 30, 24, 8, '#f6f2ea', { rx: 4 }) +
    houseMark(120, 70, 30);
  const avatar =
    circle(120, 158, 50, '#dfe8e6') +
    path('M80 198C84 178 100 170 120 170C140 170 156 178 160 198A50 50 0 0 1 80 198Z', BRAND.teal) +
    circle(120, 140, 22, BRAND.tealDark);
  const label = el(
    'text',
    {
      x: 120,
      y: 248,
      'text-anchor': 'middle',
      'font-family': "Verdana, 'DejaVu Sans', sans-serif",
      'font-size': 30,
      'font-weight': 700,
      fill: BRAND.tealDark,
      'letter-spacing': 2,
    },
    'YOU',
  );
  return svgDoc(PORTRAIT_WIDTH, PORTRAIT_HEIGHT, card + avatar + label);
}
