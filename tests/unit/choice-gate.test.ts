import { describe, expect, it } from 'vitest';
import {
  ChoiceGate,
  MULTI_CLICK_GAP_MS,
  SAME_SPOT_PX,
  SETTLE_MS,
} from '../../src/ui/play/choice-gate.ts';

/** Decision 2 shown at t = 1000. */
function gate(): ChoiceGate {
  const g = new ChoiceGate();
  g.show(2, 1000);
  return g;
}

const SPOT = { x: 180, y: 520 };
const below = (px: number) => ({ x: SPOT.x, y: SPOT.y + px });

/**
 * A learner answers decision 2 with a click on SPOT at t = 2000, and decision 3
 * is on screen 5 ms later: the gate and a function to click again at `after`
 * ms past that first click.
 */
function answeredByClick() {
  const g = gate();
  expect(g.accepts({ decision: 2, now: 2000, clicks: 1, at: SPOT })).toBe(true);
  g.show(3, 2005);
  const click = (after: number, clicks: number, at = SPOT) =>
    g.accepts({ decision: 3, now: 2000 + after, clicks, at });
  return { g, click };
}

describe('which inputs answer a decision', () => {
  it('takes an ordinary click or key press on the decision on screen', () => {
    expect(gate().accepts({ decision: 2, now: 1000 + SETTLE_MS, clicks: 1, at: SPOT })).toBe(true);
    expect(gate().accepts({ decision: 2, now: 5000, clicks: 0 })).toBe(true);
  });

  it('ignores an input aimed at a decision that is no longer current', () => {
    expect(gate().accepts({ decision: 1, now: 5000 })).toBe(false);
    expect(gate().accepts({ decision: 3, now: 5000 })).toBe(false);
  });

  it('ignores a held key (auto-repeat)', () => {
    expect(gate().accepts({ decision: 2, now: 5000, repeat: true })).toBe(false);
  });

  it('ignores anything in the first moments a new decision is on screen', () => {
    // A double-click's second click, Enter twice, or 20 presses in 20 ms all land here.
    expect(gate().accepts({ decision: 2, now: 1000 })).toBe(false);
    expect(gate().accepts({ decision: 2, now: 1000 + SETTLE_MS - 1 })).toBe(false);
  });

  it('does not restart the wait when the same decision is drawn again', () => {
    const g = gate();
    g.show(2, 1200);
    expect(g.readyAt).toBe(1000 + SETTLE_MS);
    g.show(3, 1200);
    expect(g.readyAt).toBe(1200 + SETTLE_MS);
  });

  it('20 presses 1 ms apart answer one decision at most', () => {
    const g = gate();
    let decision = 2;
    for (let t = 1300; t < 1320; t += 1) {
      if (g.accepts({ decision, now: t })) {
        decision += 1;
        g.show(decision, t);
      }
    }
    expect(decision).toBe(3);
  });

  it('takes an answer at once on a decision shown as already settled (the page opened on it)', () => {
    // PlayView's firstOnPage: nothing in the page can have been aimed at an earlier decision.
    const g = new ChoiceGate();
    g.show(0, Number.NEGATIVE_INFINITY);
    expect(g.accepts({ decision: 0, now: 5, clicks: 0 })).toBe(true);
    expect(g.accepts({ decision: 0, now: 5, clicks: 1 })).toBe(true);
    expect(g.accepts({ decision: 0, now: 5, repeat: true })).toBe(false);
    expect(g.accepts({ decision: 0, now: 5, clicks: 2 })).toBe(false);
    g.show(1, 6);
    expect(g.accepts({ decision: 1, now: 7 })).toBe(false);
  });
});

describe('a double-click and a fast tap after a click', () => {
  it('a double-click picks once: its second click lands on the next decision and is ignored', () => {
    const { click } = answeredByClick();
    expect(click(150, 2)).toBe(false);
  });

  it('a triple-click picks once, though its third click comes after the wait', () => {
    const { click } = answeredByClick();
    expect(click(200, 2)).toBe(false);
    expect(click(200 + MULTI_CLICK_GAP_MS - 10, 3)).toBe(false);
  });

  it("counts a fast learner's tap on the same spot that the browser numbers as a double tap's second", () => {
    // Chromium numbers a tap 2 when it follows one on the same spot within about 400 ms; a
    // double-click slower than the wait is counted as two taps in the same way.
    for (const after of [SETTLE_MS + 10, 350, 450])
      expect(answeredByClick().click(after, 2, below(3)), `${after} ms later`).toBe(true);
  });

  it('counts a click numbered 2 that lands away from the first, once the decision has settled', () => {
    const { click } = answeredByClick();
    expect(click(SETTLE_MS + 10, 2, below(SAME_SPOT_PX + 40))).toBe(true);
  });

  it('ignores a click numbered 2 when no option was clicked before it: its first click was elsewhere', () => {
    expect(gate().accepts({ decision: 2, now: 5000, clicks: 2, at: SPOT })).toBe(false);
  });

  it('never takes a key press for part of a double-click', () => {
    const { g } = answeredByClick();
    expect(g.accepts({ decision: 3, now: 2000 + SETTLE_MS + 10, clicks: 0 })).toBe(true);
  });

  it('after a key press, a single click counts as soon as the decision has settled', () => {
    const g = gate();
    expect(g.accepts({ decision: 2, now: 2000, clicks: 0 })).toBe(true);
    g.show(3, 2005);
    expect(g.accepts({ decision: 3, now: 2005 + SETTLE_MS, clicks: 1, at: SPOT })).toBe(true);
  });
});
