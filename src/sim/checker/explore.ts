/**
 * Explores every path of a scenario by playing it with the real session, and
 * merges states whose futures are identical. Scores add up along a path, so
 * the reachable range of each dimension is computed bottom-up per state.
 * docs/checker.md says what makes it fast and why the merging is exact.
 */
import type { Scenario } from '../story/scenario.ts';
import { keyPolicyFor, withAllCounts } from './key-policy.ts';
import { DecisionRevisited, Explorer } from './explorer.ts';
import type { ExploreOptions, ExploreReport } from './explore-report.ts';
import { monotonicNow } from '../host.ts';

export function exploreScenario(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const policy = keyPolicyFor(scenario.story);
  const clock = { started: monotonicNow(), reported: 0 };
  try {
    return new Explorer(scenario, options, policy, clock).run();
  } catch (error) {
    if (!(error instanceof DecisionRevisited)) throw error;
    return new Explorer(scenario, options, withAllCounts(policy), clock).run();
  }
}
