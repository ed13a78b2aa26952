/**
 * The report's stronger choices, found while the learner reads. The search
 * tries every option at a few decisions (tens of milliseconds in all on a
 * fast machine, several times that on a school Chromebook), so it runs in the
 * browser's idle time a decision at a time: the end screen is drawn first,
 * and a key press or a scroll never waits behind the whole search (issue 17).
 */
import { strongerChoiceSteps, type StrongerChoice } from '../../sim/scoring/alternatives.ts';
import type { SessionView } from '../../sim/session/session.ts';

export interface LaterStronger {
  /** The suggestions once found; null while the search is still running or if it failed. */
  readonly found: readonly StrongerChoice[] | null;
  /** Why the search stopped, if it did: the report then says they could not be tried. */
  readonly failed: Error | null;
  /** Settles when the search ends, either way; it never rejects, so nobody waits on a throw. */
  readonly done: Promise<void>;
}

/** Longest the search keeps the main thread when the browser gives no idle deadline. */
const SLICE_MS = 8;

type Slice = (work: (hasTime: () => boolean) => void) => void;

/** Idle callbacks where the browser has them (not Safari before 2025), else a zero timeout. */
const nextSlice: Slice = (work) => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), {
      timeout: 50,
    });
  else
    setTimeout(() => {
      const until = performance.now() + SLICE_MS;
      work(() => performance.now() < until);
    }, 0);
};

/** Start the search now, in idle time; `found` (or `failed`) fills in when it is done. */
export function strongerInIdleTime(
  view: SessionView,
  steps: Iterator<void, StrongerChoice[]> = strongerChoiceSteps(view),
): LaterStronger {
  const later: { found: StrongerChoice[] | null; failed: Error | null; done: Promise<void> } = {
    found: null,
    failed: null,
    done: Promise.resolve(),
  };
  later.done = new Promise((resolve) => {
    const work = (hasTime: () => boolean): void => {
      try {
        // At least one decision per slice, so a busy page still finishes.
        do {
          const step = steps.next();
          if (step.done) {
            later.found = step.value;
            performance.mark('report:stronger-found');
            resolve();
            return;
          }
        } while (hasTime());
        nextSlice(work);
      } catch (error) {
        later.failed = error instanceof Error ? error : new Error(String(error));
        console.error('The stronger choices could not be worked out:', later.failed);
        resolve();
      }
    };
    nextSlice(work);
  });
  return later;
}
