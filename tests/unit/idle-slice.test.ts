/**
 * A slice of an idle period for work done in steps (src/scheduling/idle-slice.ts), on a
 * stand-in clock: another step goes ahead only if one as long as the longest so far still fits.
 */
import { describe, expect, it } from 'vitest';
import { sliceOf } from '../../src/scheduling/idle-slice.ts';

const SLICE_MS = 8;

/** A clock the test moves by each step's length, and an idle period of `idleMs` from the start. */
function steps(lengths: readonly number[], idleMs = 50): number {
  let now = 0;
  const slice = sliceOf({ timeRemaining: () => idleMs - now }, SLICE_MS, () => now);
  let taken = 0;
  for (const length of lengths) {
    now += length;
    taken += 1;
    if (!slice.another()) break;
  }
  return taken;
}

describe('a slice of idle time taken in steps', () => {
  it('takes as many steps as fit, and none that would run past the slice', () => {
    expect(steps([3, 3, 3, 3])).toBe(2);
    expect(steps([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe(8);
  });

  it('judges the next step by the longest so far, so a slow step is not followed by another', () => {
    expect(steps([1, 5, 1, 1])).toBe(2);
    expect(steps([6, 1])).toBe(1);
  });

  it('always takes the first step, however long, so the work moves on', () => {
    expect(steps([20, 1])).toBe(1);
  });

  it('stops where the idle period ends before the slice', () => {
    expect(steps([2, 2, 2, 2], 5)).toBe(1);
  });

  it('where the browser is busy (no idle time left), takes one step only', () => {
    expect(steps([0.1, 0.1, 0.1], 0)).toBe(1);
  });

  it('without idle callbacks (unbounded idle time), keeps to the slice', () => {
    let now = 0;
    const slice = sliceOf({ timeRemaining: () => Infinity }, SLICE_MS, () => now);
    now += 3;
    expect(slice.another()).toBe(true);
    now += 3;
    expect(slice.another()).toBe(false);
  });
});
