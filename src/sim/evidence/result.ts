/**
 * A finished attempt: what the learner did and how it scored, in a form that
 * can be kept on the device, exported, and imported by a tutor. Written here
 * without zod, so keeping an attempt at the end of a scenario needs no
 * validator; reading one back is validated by `result-schema.ts`.
 */
import type { Band, DimensionId } from '../scoring/rubric.ts';
import type { SessionView } from '../session/session.ts';
import type { Outcome } from '../story/tags.ts';

export const RESULT_VERSION = 1;

export interface Result {
  readonly version: typeof RESULT_VERSION;
  /** Names this attempt, the same in every file exported from it; absent in results made before it was kept. */
  readonly attemptId?: string | undefined;
  readonly scenarioId: string;
  readonly scenarioTitle: string;
  readonly storyVersion: string;
  readonly path: number[];
  /** The attempt's seed (the order options were shown in); absent in results made before it was kept. */
  readonly seed?: number | undefined;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly ending: { readonly outcome: Outcome; readonly title: string } | null;
  readonly scores: {
    readonly dimension: DimensionId;
    readonly score: number;
    readonly band: Band | null;
  }[];
}

/**
 * An attempt's id, from what a save keeps for the whole attempt (the scenario,
 * its random seed and the moment it started), so a resumed attempt keeps its
 * id and two exports of one attempt are recognised as the same attempt.
 */
export function attemptIdOf(scenarioId: string, seed: number, startedAt: string): string {
  const started = Date.parse(startedAt);
  return `${scenarioId}-${seed.toString(36)}-${(Number.isNaN(started) ? 0 : started).toString(36)}`;
}

export function resultOf(view: SessionView, startedAt: string, finishedAt: string): Result {
  return {
    version: RESULT_VERSION,
    attemptId: attemptIdOf(view.scenario.id, view.seed, startedAt),
    scenarioId: view.scenario.id,
    scenarioTitle: view.scenario.meta.title,
    storyVersion: view.scenario.version,
    path: [...view.path],
    seed: view.seed,
    startedAt,
    finishedAt,
    ending: view.state.ending
      ? { outcome: view.state.ending.outcome, title: view.state.ending.title }
      : null,
    scores: view.scores.map((score) => ({
      dimension: score.dimension,
      score: score.score,
      band: score.band,
    })),
  };
}

const OUTCOME_RANK = { failed: 0, partial: 1, strong: 2 } as const;
const BAND_RANK = { 'not-yet': 0, developing: 1, secure: 2, strong: 3 } as const;

/** How good an attempt was, for picking a learner's best: the ending first, then the bands. */
function resultRank(result: Result): number {
  const ending = result.ending ? OUTCOME_RANK[result.ending.outcome] : -1;
  const bands = result.scores.reduce(
    (sum, score) => sum + (score.band ? BAND_RANK[score.band] : 0),
    0,
  );
  return ending * 1000 + bands;
}

export function bestResult(results: readonly Result[]): Result | null {
  return results.reduce<Result | null>(
    (best, result) => (!best || resultRank(result) > resultRank(best) ? result : best),
    null,
  );
}
