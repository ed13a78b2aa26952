/**
 * The recovery rubric's eight dimensions of good service recovery, and the
 * bands that place a learner's score within the range the scenario makes
 * reachable. Their words (principles, what strong and weak look like) are in
 * rubric-texts.ts, which only the report and the class pages load (issue 17:
 * the first screen's size).
 */
export const DIMENSION_IDS = [
  'listening',
  'ownership',
  'remedy',
  'follow-through',
  'escalation',
  'partner-communication',
  'investigation',
  'compliance',
] as const;

export type DimensionId = (typeof DIMENSION_IDS)[number];

export const BANDS = ['not-yet', 'developing', 'secure', 'strong'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  'not-yet': 'Not yet',
  developing: 'Developing',
  secure: 'Secure',
  strong: 'Strong',
};

/** The lowest and highest total a dimension can reach over all paths of a scenario. */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Where a score sits within the reachable range, as a fraction from 0 to 1.
 * A range with no spread gives 1 for a score at or above it (nothing better was possible).
 */
export function position(score: number, range: ScoreRange): number {
  const spread = range.max - range.min;
  if (spread <= 0) return score >= range.max ? 1 : 0;
  return Math.min(1, Math.max(0, (score - range.min) / spread));
}

export function bandFor(score: number, range: ScoreRange): Band {
  const at = position(score, range);
  if (at >= 0.75) return 'strong';
  if (at >= 0.5) return 'secure';
  if (at >= 0.25) return 'developing';
  return 'not-yet';
}

export const isDimensionId = (value: string): value is DimensionId =>
  (DIMENSION_IDS as readonly string[]).includes(value);
