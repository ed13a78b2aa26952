/**
 * The speech bubble on the stage is sized to its speaker's name and the whole
 * line: never cut, never a half-empty box, larger with the learner's text
 * size, and always on the canvas. Text is measured here as a simple
 * proportional font would draw it (each character half its size wide).
 */
import { describe, expect, it } from 'vitest';
import {
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  layoutBubble,
  SPEECH_SIZE,
  type BubbleLayout,
  type Measure,
  type Rect,
} from '../../src/stage/speech-bubble.ts';

/** Greedy word wrap with every character 0.5 × the font size wide, lines 1.2 × tall. */
const measure: Measure = (text, style) => {
  const charWidth = style.size * 0.5;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length * charWidth > style.wrap) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return {
    width: Math.max(...lines.map((l) => l.length * charWidth)),
    height: lines.length * style.size * 1.2,
  };
};

const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const CANVAS: Rect = { x: 0, y: 0, width: CANVAS_WIDTH, height: CANVAS_HEIGHT };

function expectWhole(layout: BubbleLayout, name: string, words: string): void {
  const nameSize = measure(name, layout.name.style);
  const speechSize = measure(words, layout.speech.style);
  expect(inside(layout.bubble, { x: layout.name.x, y: layout.name.y, ...nameSize })).toBe(true);
  expect(inside(layout.bubble, { x: layout.speech.x, y: layout.speech.y, ...speechSize })).toBe(
    true,
  );
  expect(inside(CANVAS, layout.bubble)).toBe(true);
}

const LONGEST_NAME = 'Sam Okoro · Returns and collections coordinator, Warehouse & Dispatch';
/** As long as the longest line any scenario speaks (damaged-in-transit, 570 characters). */
const LONGEST_LINE = `"${'We checked every pallet in the bay and the scan says it left us whole, '.repeat(8)}"`;

describe('the speech bubble', () => {
  it('holds a long speaker name and role inside it, wrapped rather than cut', () => {
    const layout = layoutBubble(LONGEST_NAME, '"Hello?"', 1, measure);
    expectWhole(layout, LONGEST_NAME, '"Hello?"');
  });

  it('is as small as a short line needs: no empty box under a few words', () => {
    const layout = layoutBubble('Amy Chen · Customer service adviser', '"Go on then."', 1, measure);
    expect(layout.bubble.height).toBeLessThan(160);
    expect(layout.bubble.y + layout.bubble.height).toBeGreaterThan(CANVAS_HEIGHT - 20);
    expect(layout.bubble.x, 'beside the portrait, not over it').toBeGreaterThan(440);
  });

  it('holds the longest line of any scenario whole, at every text size', () => {
    expect(LONGEST_LINE.length).toBeGreaterThanOrEqual(570);
    for (const scale of [1, 1.25, 1.5, 2]) {
      expectWhole(
        layoutBubble(LONGEST_NAME, LONGEST_LINE, scale, measure),
        LONGEST_NAME,
        LONGEST_LINE,
      );
    }
  });

  it('grows its words with the text size when they fit', () => {
    const words = '"So Pennine carried exactly the box we gave them."';
    const sizes = [1, 1.25, 1.5, 2].map(
      (scale) => layoutBubble('Amy Chen · Customer service adviser', words, scale, measure).speech,
    );
    expect(sizes.map((s) => s.style.size)).toEqual(
      [1, 1.25, 1.5, 2].map((s) => Math.round(SPEECH_SIZE * s)),
    );
  });

  it('takes the whole width before it makes a long line smaller', () => {
    const layout = layoutBubble(LONGEST_NAME, LONGEST_LINE, 2, measure);
    expect(layout.bubble.x).toBeLessThan(100);
    const beside = layoutBubble(LONGEST_NAME, LONGEST_LINE.slice(0, 200), 1, measure);
    expect(beside.bubble.x).toBeGreaterThan(440);
    expect(beside.speech.style.size).toBe(SPEECH_SIZE);
  });

  it('makes words at 200 % no smaller than at 100 %, however long the line', () => {
    for (const words of ['"Yes."', LONGEST_LINE.slice(0, 300), LONGEST_LINE]) {
      const at100 = layoutBubble(LONGEST_NAME, words, 1, measure).speech.style.size;
      const at200 = layoutBubble(LONGEST_NAME, words, 2, measure).speech.style.size;
      expect(at200).toBeGreaterThanOrEqual(at100);
    }
  });
});
