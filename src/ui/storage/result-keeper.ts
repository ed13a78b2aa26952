/**
 * Keeping a finished attempt on this device, under its own key: all the end
 * of a scenario needs, so it loads neither the results store's reader nor
 * zod (issue 17). Reading attempts back, validated, is results-store.ts.
 */
import type { Result } from '../../sim/evidence/result.ts';

export const RESULT_PREFIX = 'service-chain:result:';

type Identifies = Pick<Result, 'finishedAt' | 'scenarioId'>;

/** Two attempts of one scenario never finish in the same millisecond, so this is unique. */
export const attemptKey = (result: Identifies): string =>
  `${result.finishedAt}|${result.scenarioId}`;

/** Keep a finished attempt; false if storage is full or blocked. */
export function keepResult(storage: Storage, result: Result): boolean {
  try {
    storage.setItem(`${RESULT_PREFIX}${attemptKey(result)}`, JSON.stringify(result));
    return true;
  } catch {
    return false;
  }
}
