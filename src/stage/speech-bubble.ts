/**
 * Where the speech bubble goes and how large its words are. The bubble is
 * sized to its speaker's name and the whole line, never a fixed box: a short
 * line gets a small bubble (no empty space), a long name or role wraps inside
 * it, and nothing is cut with "…". Words grow with the learner's text size;
 * a line too long for the space beside the portrait takes the canvas's whole
 * width, and only if it still does not fit do its words shrink, step by step.
 * Pure: the caller measures text as the canvas will draw it.
 */

/** The stage's drawing size (Phaser scales it to fit its box). */
export const CANVAS_WIDTH = 1280;
export const CANVAS_HEIGHT = 720;

/** Name and words at 100 % text, in canvas pixels. */
export const NAME_SIZE = 32;
export const SPEECH_SIZE = 34;

const MARGIN = 10;
const PADDING = 26;
const GAP = 8;
const MIN_WIDTH = 320;
/** Left edges tried in turn: beside the portrait (which ends at x 442), then the whole width. */
const LEFT_EDGES = [452, 20] as const;
const RIGHT_EDGE = CANVAS_WIDTH - 20;
const SHRINK = 0.9;
/** The smallest the words may shrink to, as a share of 100 % text. */
const SMALLEST = 0.5;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TextStyle {
  /** Font size in canvas pixels. */
  readonly size: number;
  readonly bold: boolean;
  /** Width to wrap at, in canvas pixels. */
  readonly wrap: number;
}

/** The size `text` takes when drawn in `style`, wrapped. */
export type Measure = (text: string, style: TextStyle) => { width: number; height: number };

export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly style: TextStyle;
}

export interface BubbleLayout {
  readonly bubble: Rect;
  readonly name: PlacedText;
  readonly speech: PlacedText;
  /** What the name and the words cover, as measured. */
  readonly content: Rect;
}

/**
 * Lay out a bubble for `name` and `words` at `textScale` (1 for 100 % text,
 * 2 for 200 %), anchored to the foot of the canvas.
 */
export function layoutBubble(
  name: string,
  words: string,
  textScale: number,
  measure: Measure,
): BubbleLayout {
  let scale = Math.max(textScale, SMALLEST);
  for (;;) {
    const smallest = scale * SHRINK < SMALLEST;
    for (const left of LEFT_EDGES) {
      const wrap = RIGHT_EDGE - left - 2 * PADDING;
      const nameStyle: TextStyle = { size: Math.round(NAME_SIZE * scale), bold: true, wrap };
      const speechStyle: TextStyle = { size: Math.round(SPEECH_SIZE * scale), bold: false, wrap };
      const nameSize = measure(name, nameStyle);
      const speechSize = measure(words, speechStyle);
      const height = PADDING + nameSize.height + GAP + speechSize.height + PADDING;
      const last = smallest && left === LEFT_EDGES[LEFT_EDGES.length - 1];
      if (height > CANVAS_HEIGHT - 2 * MARGIN && !last) continue;
      const inner = Math.max(nameSize.width, speechSize.width);
      const width = Math.min(RIGHT_EDGE - left, Math.max(MIN_WIDTH, inner + 2 * PADDING));
      const y = Math.max(MARGIN, CANVAS_HEIGHT - MARGIN - height);
      const x = left;
      const top = y + PADDING;
      return {
        bubble: { x, y, width, height },
        name: { x: x + PADDING, y: top, style: nameStyle },
        speech: { x: x + PADDING, y: top + nameSize.height + GAP, style: speechStyle },
        content: {
          x: x + PADDING,
          y: top,
          width: inner,
          height: nameSize.height + GAP + speechSize.height,
        },
      };
    }
    scale *= SHRINK;
  }
}
