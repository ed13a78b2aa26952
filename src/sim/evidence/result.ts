/**
 * A finished attempt: what the learner did and how it scored, in a form that
 * can be kept on the device, exported, and imported by a tutor (validated).
 */
import { z } from 'zod';
import { BANDS, DIMENSION_IDS } from '../scoring/rubric.ts';
import type { SessionView } from '../session/session.ts';
import { OUTCOMES } from '../story/tags.ts';

const RESULT_VERSION = 1;

export const resultSchema = z.object({
  version: z.literal(RESULT_VERSION),
  /** Names this attempt, the same in every file exported from it; absent in results made before it was kept. */
  attemptId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(120)
    .optional(),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/),
  scenarioTitle: z.string(),
  storyVersion: z.string(),
  path: z.array(z.number().int().min(0)),
  /** The attempt's seed (the order options were shown in); absent in results made before it was kept. */
  seed: z.number().int().optional(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  ending: z.object({ outcome: z.enum(OUTCOMES), title: z.string() }).nullable(),
  scores: z.array(
    z.object({
      dimension: z.enum(DIMENSION_IDS),
      score: z.number().int(),
      band: z.enum(BANDS).nullable(),
    }),
  ),
});

export type Result = z.infer<typeof resultSchema>;

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
      dimension: score.dimension.id,
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
