/**
 * Missed chances: a decision whose options offered marks on a rubric dimension
 * (some option earns them), where the learner chose an option that does not
 * touch that dimension at all. Passing over a chance to listen is evidence
 * about listening, so it is reported as such instead of "not evidenced".
 */
import type { Decision, ScoredMoment } from '../session/records.ts';
import type { DimensionId } from './rubric.ts';

/**
 * What each decision offers, learned at build time by taking every option:
 * the dimensions some option of the decision earns marks on, keyed by the
 * decision's options as Ink gives them (`decisionKey`).
 */
export type Chances = Readonly<Record<string, readonly DimensionId[]>>;

export interface MissedChance {
  readonly dimension: DimensionId;
  /** The decision's index (0-based) and what the learner chose there. */
  readonly decision: number;
  readonly chose: string;
  readonly transcriptId: number;
  readonly at: number;
}

/** A decision's key in `Chances`: its options in Ink's order. */
export const decisionKey = (options: readonly string[]): string => options.join('\n');

/**
 * The missed chances of a path, in decision order. A chosen option that
 * scores the dimension either way (gained or lost) is evidence already, so
 * it is not counted as missed.
 */
export function missedChances(
  decisions: readonly Decision[],
  moments: readonly ScoredMoment[],
  chances: Chances | undefined,
): MissedChance[] {
  if (!chances) return [];
  const touched = new Set(
    moments.flatMap((moment) =>
      moment.choice ? [`${moment.choice.decision}:${moment.dimension}`] : [],
    ),
  );
  return decisions.flatMap((decision) =>
    (chances[decisionKey(decision.options)] ?? [])
      .filter((dimension) => !touched.has(`${decision.index}:${dimension}`))
      .map((dimension) => ({
        dimension,
        decision: decision.index,
        chose: decision.options[decision.chosen] ?? '',
        transcriptId: decision.transcriptId,
        at: decision.at,
      })),
  );
}
