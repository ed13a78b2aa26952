/**
 * Finds, in Node, a path through a scenario that reaches an ending of a given
 * kind, trying the best-scoring (or worst-scoring) options first, as a strong
 * or a weak learner would play it.
 */
import type { Scenario } from '../src/sim/story/scenario.ts';
import { Session } from '../src/sim/session/session.ts';
import type { Outcome } from '../src/sim/story/tags.ts';
import { loadInk } from '../src/sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

const stepScore = (session: Session, index: number): number => {
  const child = session.fork();
  const before = child.simState.moments.length;
  child.choose(index);
  return child.simState.moments.slice(before).reduce((sum, moment) => sum + moment.delta, 0);
};

export function pathTo(scenario: Scenario, outcome: Outcome, budget = 5000): number[] {
  const best = outcome !== 'failed';
  let visits = 0;
  const search = (session: Session): number[] | null => {
    visits += 1;
    if (visits > budget) return null;
    if (session.options.length === 0)
      return session.simState.ending?.outcome === outcome ? [...session.path] : null;
    const order = session.options
      .map((_, index) => ({ index, score: stepScore(session, index) }))
      .sort((a, b) => (best ? b.score - a.score : a.score - b.score));
    for (const { index } of order) {
      const child = session.fork();
      child.choose(index);
      const found = search(child);
      if (found) return found;
    }
    return null;
  };
  const path = search(Session.start(scenario));
  if (!path)
    throw new Error(
      `no path to a ${outcome} ending found in ${scenario.id} within ${budget} steps`,
    );
  return path;
}
