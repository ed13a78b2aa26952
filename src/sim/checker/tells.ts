/**
 * Tells: ways a learner could win without reading. The checker measures them
 * for each story and for the library, and fails a story above the limits
 * stated here. Three kinds:
 *  - length: the longest option is the best one far more often than chance;
 *  - words: a word or an opening that only ever appears in the best options,
 *    or only in the worst, across enough options to be learned;
 *  - policy plays: always taking the first, last, longest or shortest option
 *    (in Ink's order, and in the shuffled order the learner sees) reaches a
 *    strong ending or Strong on several dimensions.
 * This file gathers the figures; `option-tells.ts` reads the options' text
 * (length, words), `policy-plays.ts` plays the policies, and `tell-limits.ts`
 * holds the limits and says in words what breaks them.
 */
import type { DecisionOptions, ExploreReport } from './explore-report.ts';
import type { Scenario } from '../story/scenario.ts';
import { lengthTell, wordTells, type LengthTell, type WordTell } from './option-tells.ts';
import { policyPlays, type PolicyPlay } from './policy-plays.ts';

/** Seeds of the shuffled plays: fixed, so the figures are the same on every run. */
const SHUFFLE_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, i) => i + 1);

export interface TellReport {
  readonly length: LengthTell;
  readonly words: readonly WordTell[];
  readonly policies: readonly PolicyPlay[];
}

/**
 * The tell figures of a story. `player` (the explorer's session, from the
 * report) makes the policy plays quick; without it they get a session of
 * their own.
 */
export function tellReport(
  scenario: Scenario,
  decisions: readonly DecisionOptions[],
  seeds: readonly number[] = SHUFFLE_SEEDS,
  player?: ExploreReport['player'],
): TellReport {
  return {
    length: lengthTell(decisions),
    words: wordTells(decisions),
    policies: policyPlays(scenario, seeds, player),
  };
}
