/**
 * The checker's reference mode over a story (issue 13): explore it again
 * with plain sessions, Ink save files and the key read from them, nothing
 * remembered and no inkjs internals, and say where the report differs from
 * the fast one. `npm run stories:reference` runs it over the whole library.
 */
import { exploreScenario } from '../sim/checker/explore.ts';
import type { ExploreReport } from '../sim/checker/explore-report.ts';
import type { Scenario } from '../sim/story/scenario.ts';
import { loadInk } from '../sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

/**
 * What a report says, in a form two reports can be compared by (here, and the
 * explore tests comparing the fast and reference modes on the fixtures).
 */
export function reportSummary(report: ExploreReport): Record<string, unknown> {
  return {
    complete: report.complete,
    states: report.states,
    paths: report.paths,
    decisions: report.decisions,
    endings: [...report.endings].map(([id, ending]) => [id, ending.paths]),
    ranges: report.ranges,
    scored: [...report.scored].sort(),
    visited: [...report.visited].sort(),
    offered: [...report.offered].sort(),
    options: report.options,
    chances: report.chances,
    problems: report.problems,
  };
}

/** The parts of the report where the reference mode disagrees with `fast`; empty when none. */
export function referenceDisagreements(
  scenario: Scenario,
  knots: readonly string[],
  fast: ExploreReport,
): string[] {
  const reference = reportSummary(exploreScenario(scenario, { knots, reference: true }));
  const quick = reportSummary(fast);
  return Object.keys(quick).flatMap((part) => {
    const [a, b] = [JSON.stringify(quick[part]), JSON.stringify(reference[part])];
    return a === b
      ? []
      : [`${part}: the fast mode says ${a.slice(0, 200)}, the reference mode ${b.slice(0, 200)}`];
  });
}
