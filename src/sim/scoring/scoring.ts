/**
 * The scoring ledger's summary: each dimension's total, band and the moments
 * behind it. Deterministic for a path: it is a pure sum over scored moments.
 */
import type { ScoredMoment } from '../session/records.ts';
import {
  bandFor,
  DIMENSION_IDS,
  RUBRIC,
  type Band,
  type DimensionId,
  type RubricDimension,
  type ScoreRange,
} from './rubric.ts';

export interface DimensionScore {
  readonly dimension: RubricDimension;
  readonly score: number;
  /** Null when this path gave no evidence on the dimension. */
  readonly band: Band | null;
  readonly range: ScoreRange | null;
  readonly moments: readonly ScoredMoment[];
}

export function summariseScores(
  moments: readonly ScoredMoment[],
  ranges: Partial<Record<DimensionId, ScoreRange>>,
): DimensionScore[] {
  return DIMENSION_IDS.map((id) => {
    const own = moments.filter((moment) => moment.dimension === id);
    const score = own.reduce((sum, moment) => sum + moment.delta, 0);
    const range = ranges[id] ?? null;
    const band = own.length === 0 ? null : bandFor(score, range ?? { min: score, max: score });
    return { dimension: RUBRIC[id], score, band, range, moments: own };
  });
}
