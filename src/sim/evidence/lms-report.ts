/**
 * What a learning platform is told about an attempt, worked out from the
 * session alone: the score and status by the rules below, one record per
 * decision, and a resume record small enough for SCORM 1.2's 4,096 characters.
 * Pure: the LMS adapter (src/lms/) only carries these values to the LMS.
 *
 * **Score** (`cmi.core.score.raw`, with min 0 and max 100): for each rubric
 * dimension this scenario can move (its reachable range at build time has a
 * spread), where the learner's total sits within that range, from 0 at the
 * lowest reachable total to 1 at the highest; the mean of those positions,
 * times 100, rounded. It is the same position the report's bands are cut from
 * (a quarter per band), so a score of 75 or more means "strong" on average.
 *
 * **Status** (`cmi.core.lesson_status`): `incomplete` until an ending is
 * reached; then `failed` when the ending's outcome is failed or the score is
 * under the pass mark (50, the start of the "secure" band), and `passed`
 * otherwise. A story that ends without an outcome is `completed`.
 */
import { position } from '../scoring/rubric.ts';
import type { SessionView } from '../session/session.ts';
import type { Decision } from '../session/records.ts';

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const PASS_MARK = 50;

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

export function scoreOf(view: Pick<SessionView, 'scores'>): number {
  const moved = view.scores.filter((score) => score.range && score.range.max > score.range.min);
  if (moved.length === 0) return SCORE_MAX;
  const sum = moved.reduce(
    (total, score) => total + position(score.score, score.range ?? { min: 0, max: 0 }),
    0,
  );
  return Math.round((SCORE_MAX * sum) / moved.length);
}

export function lessonStatus(
  view: Pick<SessionView, 'scores' | 'finished' | 'state'>,
): LessonStatus {
  if (!view.finished) return 'incomplete';
  const ending = view.state.ending;
  if (!ending) return 'completed';
  return ending.outcome === 'failed' || scoreOf(view) < PASS_MARK ? 'failed' : 'passed';
}

/** SCORM 1.2's results for a choice interaction, from the score its choice earned. */
export type InteractionResult = 'correct' | 'wrong' | 'neutral';

export interface Interaction {
  /** Stable for the decision point: its number and a digest of its options' words. */
  readonly id: string;
  readonly type: 'choice';
  /** The chosen option as Ink numbers it (0 → "a"), whatever order it was shown in. */
  readonly response: string;
  readonly result: InteractionResult;
  /** The net score the choice earned over every dimension. */
  readonly net: number;
}

/** A short, stable digest (FNV-1a, 32 bits, base 36) of some words. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function interactionOf(
  view: Pick<SessionView, 'state'>,
  decision: Pick<Decision, 'index' | 'options' | 'chosen'>,
): Interaction {
  const net = view.state.moments
    .filter((moment) => moment.choice?.decision === decision.index)
    .reduce((sum, moment) => sum + moment.delta, 0);
  return {
    id: `d${decision.index + 1}-${digest([...decision.options].sort().join('\n'))}`,
    type: 'choice',
    response: String.fromCharCode(97 + decision.chosen),
    result: net > 0 ? 'correct' : net < 0 ? 'wrong' : 'neutral',
    net,
  };
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS, for a number of milliseconds. */
export function timespan(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2's CMITime, HH:MM:SS, the time of day. */
export function timeOfDay(date: Date): string {
  return date.toTimeString().slice(0, 8);
}
