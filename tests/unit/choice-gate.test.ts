import { describe, expect, it } from 'vitest';
import { ChoiceGate, SETTLE_MS } from '../../src/ui/play/choice-gate.ts';

/** Decision 2 shown at t = 1000. */
function gate(): ChoiceGate {
  const g = new ChoiceGate();
  g.show(2, 1000);
  return g;
}

describe('which inputs answer a decision', () => {
  it('takes an ordinary click or key press on the decision on screen', () => {
    expect(gate().accepts({ decision: 2, now: 1000 + SETTLE_MS, clicks: 1 })).toBe(true);
    expect(gate().accepts({ decision: 2, now: 5000, clicks: 0 })).toBe(true);
  });

  it('ignores an input aimed at a decision that is no longer current', () => {
    expect(gate().accepts({ decision: 1, now: 5000 })).toBe(false);
    expect(gate().accepts({ decision: 3, now: 5000 })).toBe(false);
  });

  it('ignores a held key (auto-repeat)', () => {
    expect(gate().accepts({ decision: 2, now: 5000, repeat: true })).toBe(false);
  });

  it('ignores the second click of a double-click, and a double tap', () => {
    expect(gate().accepts({ decision: 2, now: 5000, clicks: 2 })).toBe(false);
    expect(gate().accepts({ decision: 2, now: 5000, clicks: 3 })).toBe(false);
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
