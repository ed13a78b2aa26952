/**
 * The learner's own rating of each rubric dimension, given before the report
 * is shown, and how it compares with the band the evidence supports. Rating
 * first and then comparing is the point: self-assessment is a skill that only
 * improves when the learner sees where it was off.
 */
import { z } from '../zod.ts';
import { BAND_LABELS, BANDS, DIMENSION_IDS, type Band, type DimensionId } from './rubric.ts';

export const selfRatingSchema = z.partialRecord(z.enum(DIMENSION_IDS), z.enum(BANDS));

/** Only the dimensions the learner rated; a skipped rating leaves the record empty. */
export type SelfRating = Partial<Record<DimensionId, Band>>;

export type Calibration =
  | { readonly kind: 'unrated' }
  | { readonly kind: 'unevidenced'; readonly self: Band }
  | { readonly kind: 'matched'; readonly self: Band; readonly actual: Band }
  | {
      readonly kind: 'over' | 'under';
      readonly self: Band;
      readonly actual: Band;
      readonly by: number;
    };

const rank = (band: Band) => BANDS.indexOf(band);

export function calibrate(self: Band | undefined, actual: Band | null): Calibration {
  if (!self) return { kind: 'unrated' };
  if (!actual) return { kind: 'unevidenced', self };
  const by = rank(self) - rank(actual);
  if (by === 0) return { kind: 'matched', self, actual };
  return { kind: by > 0 ? 'over' : 'under', self, actual, by: Math.abs(by) };
}

const bands = (n: number) => (n === 1 ? 'one band' : `${n} bands`);

/** One plain sentence for the report, next to the two bands. */
export function calibrationSentence(calibration: Calibration): string {
  switch (calibration.kind) {
    case 'unrated':
      return 'You did not rate yourself on this one.';
    case 'unevidenced':
      return `You rated yourself ${BAND_LABELS[calibration.self]}, but this path gave no evidence either way — try a path that tests it.`;
    case 'matched':
      return `You rated yourself ${BAND_LABELS[calibration.self]}, and the evidence agrees.`;
    case 'over':
      return `You rated yourself ${BAND_LABELS[calibration.self]}; the evidence shows ${BAND_LABELS[calibration.actual]}. You over-rated yourself by ${bands(calibration.by)}: read the moments that lost marks and compare them with what strong looks like.`;
    case 'under':
      return `You rated yourself ${BAND_LABELS[calibration.self]}; the evidence shows ${BAND_LABELS[calibration.actual]}. You under-rated yourself by ${bands(calibration.by)}: the moments that earned marks are things to keep doing.`;
  }
}

/** A stored rating, or null when it does not validate (the caller says so rather than guessing). */
export function parseSelfRating(raw: unknown): SelfRating | null {
  const parsed = selfRatingSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
