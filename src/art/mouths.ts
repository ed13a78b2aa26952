/**
 * Mouths, drawn in a local frame centred on the mouth (x right, y down, about 40 wide) and placed
 * with a transform, so each shape reads as a small, hand-tunable drawing.
 */
import type { Expression } from './faces.ts';
import { FACE, type Skin } from './palette.ts';
import { d, el, line, path } from './svg.ts';

/** A closed-lip mouth: the parting line plus a soft lower lip. */
const closed = (parting: string, lowerLip: string, s: Skin): string =>
  path(lowerLip, s.lip, { opacity: 0.8 }) + line(parting, FACE.mouth, 3.2);

/** An open mouth: dark inside, then teeth and tongue, then the lip edge to tidy their overlap. */
const openMouth = (outline: string, teeth: string, tongue: string, s: Skin): string =>
  path(outline, FACE.mouth) +
  path(teeth, FACE.teeth) +
  (tongue === '' ? '' : path(tongue, FACE.tongue)) +
  line(outline, s.lip, 2.6);

function shape(e: Expression, s: Skin): string {
  switch (e) {
    case 'neutral':
      return closed('M-14 0Q-7 1.8 0 1.2Q7 1.8 14 0', 'M-9 3Q0 10 9 3Q0 5 -9 3Z', s);
    case 'concerned':
      return closed('M-12 2.5Q-6 -0.5 0 0.5Q6 1.8 11 0', 'M-7 3.5Q0 8.5 7 3.5Q0 5 -7 3.5Z', s);
    case 'frustrated':
      // Lips pressed into a flat, lopsided line, one corner dragged down, and a puckered chin.
      return (
        line('M-15 4Q-10 0 0 0.5Q8 0 13 -1.5', FACE.mouth, 3.6) +
        line('M13 -1.5q3 1 4 4', FACE.mouth, 2.4) +
        line('M-6 11Q0 13.5 6 11', s.line, 1.8, { opacity: 0.6 })
      );
    case 'angry':
      // Bared, clenched teeth under a turned-down lip.
      return (
        path('M-16 5Q-9 -4 0 -4Q9 -4 16 5Q8 9 0 9Q-8 9 -16 5Z', FACE.teeth) +
        line('M-14 3.6Q0 1 14 3.6', FACE.ink, 1.3) +
        line('M-6 -3.5V8.5M0 -3.8V8.8M6 -3.5V8.5', FACE.ink, 0.9, { opacity: 0.45 }) +
        line('M-16 5Q-9 -4 0 -4Q9 -4 16 5Q8 9 0 9Q-8 9 -16 5Z', s.lip, 2.6)
      );
    case 'furious':
      // Shouting: wide open, corners dragged down, both rows of teeth showing.
      return openMouth(
        'M-18 6Q-11 -6 0 -6Q11 -6 18 6Q15 18 0 19Q-15 18 -18 6Z',
        'M-13 -1.5Q0 -7.5 13 -1.5L12.5 2Q0 -3 -12.5 2ZM-10 15.5Q0 12.5 10 15.5L8 18Q0 19.5 -8 18Z',
        'M-9 16Q0 9 9 16Q0 18.5 -9 16Z',
        s,
      );
    case 'sad':
      return closed(
        'M-13 6Q-7 -2.5 0 -2Q7 -2.5 13 6',
        'M-6.5 2.5Q0 8.5 6.5 2.5Q0 3.5 -6.5 2.5Z',
        s,
      );
    case 'relieved':
      return closed('M-14 -1Q0 8 14 -1', 'M-8 6Q0 11 8 6Q0 7 -8 6Z', s);
    case 'happy':
      return openMouth(
        'M-16 -2Q0 2 16 -2Q12 11 0 11Q-12 11 -16 -2Z',
        'M-13.5 -0.6Q0 2.8 13.5 -0.6L12.5 3.6Q0 6.8 -12.5 3.6Z',
        'M-6 9Q0 5.5 6 9Q0 10.8 -6 9Z',
        s,
      );
    case 'delighted':
      return openMouth(
        'M-20 -4Q0 1 20 -4Q17 18 0 19Q-17 18 -20 -4Z',
        'M-17.5 -2.5Q0 2.5 17.5 -2.5L16 3Q0 7.5 -16 3Z',
        'M-10 15Q0 7 10 15Q0 18.5 -10 15Z',
        s,
      );
  }
}

export const mouth = (e: Expression, x: number, y: number, widen: number, s: Skin): string =>
  el('g', { transform: d`translate(${x} ${y})scale(${widen} 1)` }, shape(e, s));
