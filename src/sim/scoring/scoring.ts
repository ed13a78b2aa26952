/**
 * The scoring ledger's summary: each dimension's total, band and the moments
 * behind it. Deterministic for a path: it is a pure sum over scored moments.
 */
import type { Decision, ScoredMoment } from '../session/records.ts';
import { missedChances, type Chances, type MissedChance } from './chances.ts';
import { bandFor, DIMENSION_IDS, type Band, type DimensionId, type ScoreRange } from './rubric.ts';

export interface DimensionScore {
  /** Its words are RUBRIC[dimension] (rubric-texts.ts), which the report loads. */
  readonly dimension: DimensionId;
  readonly score: number;
  /** Null when this path gave no evidence on the dimension: no moment and no missed chance. */
  readonly band: Band | null;
  readonly range: ScoreRange | null;
  readonly moments: readonly ScoredMoment[];
  /** Decisions that offered marks on this dimension where the learner chose otherwise. */
  readonly missed: readonly MissedChance[];
}

export function summariseScores(
  moments: readonly ScoredMoment[],
  ranges: Partial<Record<DimensionId, ScoreRange>>,
  missed: readonly MissedChance[] = [],
): DimensionScore[] {
  return DIMENSION_IDS.map((id) => {
    const own = moments.filter((moment) => moment.dimension === id);
    const passed = missed.filter((chance) => chance.dimension === id);
    const score = own.reduce((sum, moment) => sum + moment.delta, 0);
    const range = ranges[id] ?? null;
    // Only chances passed by: nothing was shown where the story asked for it,
    // which is "not yet", whatever a total of nothing would place at in the range.
    const band =
      own.length > 0
        ? bandFor(score, range ?? { min: score, max: score })
        : passed.length > 0
          ? 'not-yet'
          : null;
    return { dimension: id, score, band, range, moments: own, missed: passed };
  });
}

/** A path's scores with its missed chances, from what a session keeps and what the build learned. */
export function scoresOf(
  path: { readonly moments: readonly ScoredMoment[]; readonly decisions: readonly Decision[] },
  scenario: {
    readonly ranges: Partial<Record<DimensionId, ScoreRange>>;
    readonly chances?: Chances;
  },
): DimensionScore[] {
  const missed = missedChances(path.decisions, path.moments, scenario.chances);
  return summariseScores(path.moments, scenario.ranges, missed);
}
