/**
 * What a tutor's class page needs from one attempt that its file does not
 * hold: the text of every option at every decision it met, where in the story
 * each decision stands (so attempts that took different routes are compared
 * decision by decision), and what every option at that decision scores on its
 * own move (so the stronger choice can be marked). Found by replaying the
 * attempt's path with the compiled scenario, once per attempt; the results are
 * plain data a store can keep, so the page is drawn without replaying again.
 */
import { soundDecision } from '../evidence/evidence-credit.ts';
import type { Scenario } from '../story/scenario.ts';
import { Session } from '../session/session.ts';
import type { DimensionId } from '../scoring/rubric.ts';
import type { MisconceptionId } from '../scoring/syllabus.ts';

export interface StepMoment {
  readonly dimension: DimensionId;
  readonly delta: number;
  readonly why: string;
}

/** One decision an attempt met, and what it chose there. */
export interface AttemptStep {
  /** Where the options were written in the story (see StoryRunner.decisionPoint). */
  readonly point: string;
  readonly options: readonly string[];
  readonly chosen: number;
  /** Nothing it scored was negative and it hit no misconception. */
  readonly sound: boolean;
  readonly misconceptions: readonly MisconceptionId[];
}

/** What one option at a decision point does on its own move. */
export interface OptionOutcome {
  readonly text: string;
  readonly moments: readonly StepMoment[];
  readonly misconceptions: readonly MisconceptionId[];
}

/** Every option at a decision point, as first met by some attempt, keyed by the point. */
export type PointOutcomes = Record<string, readonly OptionOutcome[]>;

export type AttemptAnalysis =
  | {
      readonly ok: true;
      readonly steps: readonly AttemptStep[];
      /** Outcomes of points not in `known`, found on the way. */
      readonly points: PointOutcomes;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Replay `path` (with the attempt's seed, so Ink's randomness is the same),
 * noting each decision's point and options; at a point not in `known`, try
 * every option from a snapshot and come back.
 */
export function analyseAttempt(
  scenario: Scenario,
  path: readonly number[],
  seed: number,
  known: ReadonlySet<string> = new Set(),
): AttemptAnalysis {
  const session = Session.start(scenario, seed);
  const met: { point: string; options: readonly string[] }[] = [];
  const points: Record<string, OptionOutcome[]> = {};
  for (const [step, index] of path.entries()) {
    const point = session.decisionPoint;
    const options = session.options;
    met.push({ point, options });
    if (!known.has(point) && !(point in points)) {
      const snapshot = session.snapshot();
      const before = snapshot.state.moments.length;
      points[point] = options.map((text, i) => {
        session.restore(snapshot);
        session.choose(i);
        const state = session.simState;
        return {
          text,
          moments: state.moments
            .slice(before)
            .filter((m) => m.choice?.decision === snapshot.state.decisions.length)
            .map(({ dimension, delta, why }) => ({ dimension, delta, why })),
          misconceptions: state.decisions.at(-1)?.misconceptions ?? [],
        };
      });
      session.restore(snapshot);
    }
    const chose = session.choose(index);
    if (!chose.ok) return { ok: false, error: `at decision ${step + 1}, ${chose.error}` };
  }
  if (!session.view.finished) return { ok: false, error: 'the path stops before an ending' };
  const state = session.simState;
  const steps = state.decisions.map((decision, i): AttemptStep => ({
    point: met[i]?.point ?? '',
    options: met[i]?.options ?? decision.options,
    chosen: decision.chosen,
    sound: soundDecision(state, decision),
    misconceptions: decision.misconceptions,
  }));
  return { ok: true, steps, points };
}
