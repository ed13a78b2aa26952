/**
 * Explores every path of a scenario by playing it with the real session, and
 * merges states whose futures are identical. Scores add up along a path, so
 * the reachable range of each dimension is computed bottom-up per state.
 */
import { DIMENSION_IDS, type DimensionId, type ScoreRange } from './rubric.ts';
import type { Scenario } from './scenario.ts';
import { Session } from './session.ts';
import type { Ending } from './records.ts';
import { keyPolicyFor, withAllCounts, type KeyPolicy } from './story-state-key.ts';

export interface ExploreProblem {
  readonly kind: 'no-ending' | 'unscored-option' | 'runtime' | 'too-deep' | 'budget';
  readonly message: string;
  /** The choices (0-based) that lead to the problem. */
  readonly path: readonly number[];
  /** For unscored options: the option's text, to find it in the source. */
  readonly choice?: string;
}

export interface ExploreReport {
  readonly states: number;
  readonly paths: number;
  /** Distinct decision points (sets of two or more options) some path meets. */
  readonly decisions: number;
  readonly endings: ReadonlyMap<string, Ending & { readonly paths: number }>;
  readonly ranges: Partial<Record<DimensionId, ScoreRange>>;
  /** Dimensions some path scores. */
  readonly scored: ReadonlySet<DimensionId>;
  /** Knots and stitches some path visits. */
  readonly visited: ReadonlySet<string>;
  /** Option texts some decision offers. */
  readonly offered: ReadonlySet<string>;
  readonly problems: readonly ExploreProblem[];
}

export interface ExploreOptions {
  /** Knot and stitch paths to watch for visits. */
  readonly knots?: readonly string[];
  readonly maxDepth?: number;
  readonly maxStates?: number;
}

type Totals = Record<DimensionId, number>;

interface Future {
  readonly min: Totals;
  readonly max: Totals;
  readonly paths: number;
  readonly endings: ReadonlyMap<string, number>;
}

const zero = (): Totals => Object.fromEntries(DIMENSION_IDS.map((id) => [id, 0])) as Totals;

function sums(session: Session, from: number): Totals {
  const totals = zero();
  for (const moment of session.simState.moments.slice(from))
    totals[moment.dimension] += moment.delta;
  return totals;
}

/** A decision met twice on one path: once-only choices then depend on history. */
class DecisionRevisited extends Error {}

export function exploreScenario(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const policy = keyPolicyFor(scenario.story);
  try {
    return exploreWith(scenario, options, policy);
  } catch (error) {
    if (!(error instanceof DecisionRevisited)) throw error;
    return exploreWith(scenario, options, withAllCounts(policy));
  }
}

function exploreWith(
  scenario: Scenario,
  options: ExploreOptions,
  policy: KeyPolicy,
): ExploreReport {
  const watchRevisits = policy.counts !== 'all';
  const onPath: string[] = [];
  const maxDepth = options.maxDepth ?? 200;
  const maxStates = options.maxStates ?? 250_000;
  const knots = options.knots ?? [];
  const memo = new Map<string, Future>();
  const problems: ExploreProblem[] = [];
  const reported = new Set<string>();
  const endings = new Map<string, Ending>();
  const scored = new Set<DimensionId>();
  const visited = new Set<string>();
  const offered = new Set<string>();
  const decisionPoints = new Set<string>();

  const report = (problem: ExploreProblem) => {
    const key = `${problem.kind}:${problem.choice ?? problem.message}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };

  const noteVisits = (session: Session) => {
    for (const knot of knots) if (!visited.has(knot) && session.visits(knot) > 0) visited.add(knot);
    for (const moment of session.simState.moments) scored.add(moment.dimension);
  };

  const visit = (session: Session, depth: number): Future => {
    const key = session.futureKey(policy);
    const known = memo.get(key);
    if (known) return known;
    const state = session.simState;
    let future: Future;
    if (session.options.length === 0) {
      if (state.ending) {
        const id = `${state.ending.outcome}: ${state.ending.title}`;
        endings.set(id, state.ending);
        future = { min: zero(), max: zero(), paths: 1, endings: new Map([[id, 1]]) };
      } else {
        report({
          kind: 'no-ending',
          message: 'this path finishes without an "# ending:" tag',
          path: session.path,
        });
        future = { min: zero(), max: zero(), paths: 0, endings: new Map() };
      }
    } else if (depth >= maxDepth || memo.size >= maxStates) {
      report({
        kind: depth >= maxDepth ? 'too-deep' : 'budget',
        message:
          depth >= maxDepth
            ? `a path reaches ${maxDepth} decisions without an ending: is there a loop?`
            : `stopped after exploring ${maxStates} states`,
        path: session.path,
      });
      future = { min: zero(), max: zero(), paths: 0, endings: new Map() };
    } else {
      if (session.options.length > 1) decisionPoints.add(session.options.join('\n'));
      const point = session.decisionPoint;
      if (watchRevisits && onPath.includes(point)) throw new DecisionRevisited();
      onPath.push(point);
      future = branch(session, depth);
      onPath.pop();
    }
    memo.set(key, future);
    return future;
  };

  const branch = (session: Session, depth: number): Future => {
    const min = Object.fromEntries(DIMENSION_IDS.map((id) => [id, Infinity])) as Totals;
    const max = Object.fromEntries(DIMENSION_IDS.map((id) => [id, -Infinity])) as Totals;
    let paths = 0;
    const reached = new Map<string, number>();
    const options = session.options;
    const here = session.snapshot();
    options.forEach((text, index) => {
      offered.add(text);
      session.restore(here);
      const child = session;
      const before = child.simState.moments.length;
      const problemsBefore = child.simState.problems.length;
      child.choose(index);
      const own = child.simState.moments
        .slice(before)
        .filter((m) => m.choice?.decision === child.simState.decisions.length - 1);
      if (options.length > 1 && own.length === 0) {
        report({
          kind: 'unscored-option',
          message: `option "${text}" leads to no "# score:" before the next decision`,
          path: child.path,
          choice: text,
        });
      }
      for (const message of child.simState.problems.slice(problemsBefore)) {
        report({ kind: 'runtime', message, path: child.path });
      }
      const delta = sums(child, before);
      // Noted on every move, not once per state: a merged state's future is shared, its past is not.
      noteVisits(child);
      const future = visit(child, depth + 1);
      for (const id of DIMENSION_IDS) {
        min[id] = Math.min(min[id], delta[id] + future.min[id]);
        max[id] = Math.max(max[id], delta[id] + future.max[id]);
      }
      paths += future.paths;
      for (const [ending, count] of future.endings)
        reached.set(ending, (reached.get(ending) ?? 0) + count);
    });
    return { min, max, paths, endings: reached };
  };

  const start = Session.explorer(scenario, policy);
  for (const message of start.simState.problems) report({ kind: 'runtime', message, path: [] });
  // Before exploring: the explorer plays every path on this same session.
  const opening = sums(start, 0);
  noteVisits(start);
  const root = visit(start, 0);
  const ranges: Partial<Record<DimensionId, ScoreRange>> = {};
  for (const id of DIMENSION_IDS) {
    if (!scored.has(id)) continue;
    ranges[id] = { min: opening[id] + root.min[id], max: opening[id] + root.max[id] };
  }
  const endingReport = new Map(
    [...endings].map(([id, ending]) => [id, { ...ending, paths: root.endings.get(id) ?? 0 }]),
  );
  return {
    states: memo.size,
    paths: root.paths,
    decisions: decisionPoints.size,
    endings: endingReport,
    ranges,
    scored,
    visited,
    offered,
    problems,
  };
}
