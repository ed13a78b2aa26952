/**
 * The report's stronger choices, found while the learner reads. The search
 * tries every option at a few decisions (tens of milliseconds in all on a
 * fast machine, several times that on a school Chromebook), so it runs in the
 * browser's idle time a decision at a time: the end screen is drawn first,
 * and a key press or a scroll never waits behind the whole search (issue 17).
 */
import { strongerChoiceSteps, type StrongerChoice } from '../../sim/scoring/alternatives.ts';
import { DecisionTrials } from '../../sim/scoring/decision-trials.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { sliceOf } from '../../scheduling/idle-slice.ts';
import { whenIdle } from '../../scheduling/idle-time.ts';

export interface LaterStronger {
  /** The suggestions once found; null while the search is still running or if it failed. */
  readonly found: readonly StrongerChoice[] | null;
  /** Why the search stopped, if it did: the report then says they could not be tried. */
  readonly failed: Error | null;
  /**
   * Settles when the search ends, either way, or stops because its screen was
   * left (then with nothing found and no failure); it never rejects, so nobody
   * waits on a throw.
   */
  readonly done: Promise<void>;
}

/**
 * Longest the search keeps the main thread at a time. An idle period can be
 * 50 ms long, and a key pressed in it waits until the callback returns, so
 * the search gives the thread back well before (issue 17: choice latency).
 * A step is one move of the story (restoring a kept point and choosing), and
 * Ink cannot stop part way through one: with the CPU slowed 4× a move takes
 * often 5-20 ms, up to 54 ms (the first moves of the search's own session,
 * whose story is then set up), so a slice of one such step still runs past
 * SLICE_MS.
 */
const SLICE_MS = 8;

/** Longest a slice waits for idle time: a busy page still moves the search on. */
const SLICE_WITHIN_MS = 50;

/** Run `work` in the next idle period, telling it after each step whether another fits. */
function nextSlice(work: (hasTime: () => boolean) => void): void {
  whenIdle(
    (idle) => {
      const slice = sliceOf(idle, SLICE_MS);
      work(() => slice.another());
    },
    { timeout: SLICE_WITHIN_MS },
  );
}

/**
 * Start the search now, in idle time; `found` (or `failed`) fills in when it
 * is done. Once `wanted` says its screen was left, the search stops at its
 * next slice: a search left running would keep that screen's report, which
 * waits on it, in memory until it ended (issue 17, memory).
 */
export function strongerInIdleTime(
  view: SessionView,
  steps: Iterator<void, StrongerChoice[]> = strongerChoiceSteps(view),
  wanted: () => boolean = () => true,
): LaterStronger {
  const later: { found: StrongerChoice[] | null; failed: Error | null; done: Promise<void> } = {
    found: null,
    failed: null,
    done: Promise.resolve(),
  };
  later.done = new Promise((resolve) => {
    const work = (hasTime: () => boolean): void => {
      if (!wanted()) return resolve();
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

/** The options of each decision of a scenario in play, tried in idle time as it is played. */
export interface PlaySearch {
  /** The play has moved on (or just begun): try the decisions not tried yet. */
  seen(view: SessionView): void;
  /** The finished attempt's search, with every decision tried so far reused; it stops when left too. */
  finish(view: SessionView): LaterStronger;
}

/**
 * Try each decision's options while the learner reads it, so the end screen
 * has only the choosing left (issue 17: the report whole within 300 ms of the
 * last choice). A step stands at a decision or tries one of its options (a
 * few milliseconds), so a key press waits at most a slice behind it.
 */
export function followPlay(
  view: SessionView,
  /** False once this play (or its end screen) is left (a restart, the menu): its search then stops. */
  wanted: () => boolean = () => true,
): PlaySearch {
  const trials = new DecisionTrials(view.scenario, view.seed);
  let running = false;
  let ended = false;
  const work = (hasTime: () => boolean): void => {
    running = false;
    if (ended || !wanted()) return;
    try {
      do {
        if (!trials.tryNext()) return;
      } while (hasTime());
    } catch (error) {
      // The end screen's search tries again from the start and says if it fails.
      console.error('Trying the options during play failed:', error);
      ended = true;
      return;
    }
    running = true;
    nextSlice(work);
  };
  const search: PlaySearch = {
    seen(now) {
      if (ended || !trials.follows(now)) return;
      if (!running) {
        running = true;
        nextSlice(work);
      }
    },
    finish(finished) {
      ended = true;
      return strongerInIdleTime(finished, strongerChoiceSteps(finished, { trials }), wanted);
    },
  };
  search.seen(view);
  return search;
}
