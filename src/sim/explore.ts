/**
 * Explores every path of a scenario by playing it with the real session, and
 * merges states whose futures are identical. Scores add up along a path, so
 * the reachable range of each dimension is computed bottom-up per state.
 * docs/checker.md says what makes it fast and why the merging is exact.
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
  /**
   * Every decision some path meets (two or more options), with what each option
   * scores on its own move (all dimensions summed), for the checker's tell figures.
   */
  readonly options: readonly DecisionOptions[];
  readonly problems: readonly ExploreProblem[];
}

export interface DecisionOptions {
  readonly texts: readonly string[];
  readonly values: readonly number[];
}

export interface ExploreOptions {
  /** Knot and stitch paths to watch for visits. */
  readonly knots?: readonly string[];
  readonly maxDepth?: number;
  readonly maxStates?: number;
  /**
   * Play with full sessions, Ink save files and the key read from them, and
   * nothing remembered: many times slower, kept to check the fast path.
   */
  readonly reference?: boolean;
}

type Totals = Record<DimensionId, number>;

interface Future {
  readonly min: Totals;
  readonly max: Totals;
  readonly paths: number;
  readonly endings: ReadonlyMap<string, number>;
  /** Where the options of every decision some path from here meets were written. */
  readonly places: ReadonlySet<string>;
}

const totals = (value: number): Totals =>
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, value])) as Totals;

const NO_PLACES: ReadonlySet<string> = new Set();

function leaf(endings: ReadonlyMap<string, number>, paths: number): Future {
  return { min: totals(0), max: totals(0), paths, endings, places: NO_PLACES };
}

/** What the moments from `from` on add up to. */
function sums(session: Session, from: number): Totals {
  const sum = totals(0);
  const moments = session.simState.moments;
  for (let i = from; i < moments.length; i++) sum[moments[i]!.dimension] += moments[i]!.delta;
  return sum;
}

/** A decision met twice on one path: once-only choices then depend on history. */
class DecisionRevisited extends Error {}

export function exploreScenario(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const policy = keyPolicyFor(scenario.story);
  try {
    return new Explorer(scenario, options, policy).run();
  } catch (error) {
    if (!(error instanceof DecisionRevisited)) throw error;
    return new Explorer(scenario, options, withAllCounts(policy)).run();
  }
}

class Explorer {
  private readonly watchRevisits: boolean;
  /** Where the options of each decision on the current path were written. */
  private readonly onPath: string[] = [];
  private readonly maxDepth: number;
  private readonly maxStates: number;
  /** Knots no path has visited yet; checked after every move. */
  private readonly unvisited: Set<string>;
  private readonly memo = new Map<string, Future>();
  private readonly problems: ExploreProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly endings = new Map<string, Ending>();
  private readonly scored = new Set<DimensionId>();
  private readonly visited = new Set<string>();
  private readonly offered = new Set<string>();
  private readonly decisionPoints = new Map<string, number[]>();

  constructor(
    private readonly scenario: Scenario,
    private readonly options: ExploreOptions,
    private readonly policy: KeyPolicy,
  ) {
    this.watchRevisits = policy.counts !== 'all';
    this.maxDepth = options.maxDepth ?? 200;
    this.maxStates = options.maxStates ?? 250_000;
    this.unvisited = new Set(options.knots ?? []);
  }

  run(): ExploreReport {
    const start = this.options.reference
      ? Session.start(this.scenario)
      : Session.explorer(this.scenario, this.policy);
    for (const message of start.simState.problems)
      this.report({ kind: 'runtime', message, path: [] });
    // Taken first: every path is then played on this same session.
    const opening = sums(start, 0);
    this.noteMove(start, 0);
    const root = this.visit(start, 0);
    const ranges: Partial<Record<DimensionId, ScoreRange>> = {};
    for (const id of DIMENSION_IDS) {
      if (this.scored.has(id))
        ranges[id] = { min: opening[id] + root.min[id], max: opening[id] + root.max[id] };
    }
    const endings = new Map(
      [...this.endings].map(([id, ending]) => [
        id,
        { ...ending, paths: root.endings.get(id) ?? 0 },
      ]),
    );
    return {
      states: this.memo.size,
      paths: root.paths,
      decisions: this.decisionPoints.size,
      options: [...this.decisionPoints].map(([texts, values]) => ({
        texts: texts.split('\n'),
        values,
      })),
      endings,
      ranges,
      scored: this.scored,
      visited: this.visited,
      offered: this.offered,
      problems: this.problems,
    };
  }

  private report(problem: ExploreProblem): void {
    const key = `${problem.kind}:${problem.choice ?? problem.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    // A copy: the session's path keeps changing as exploring goes on.
    this.problems.push({ ...problem, path: [...problem.path] });
  }

  /**
   * Note what one move did: knots entered and dimensions scored. Done on every
   * move, not once per state: merged states share their future, not their past.
   */
  private noteMove(session: Session, firstMoment: number): void {
    const moments = session.simState.moments;
    for (let i = firstMoment; i < moments.length; i++) this.scored.add(moments[i]!.dimension);
    for (const knot of this.unvisited) {
      if (session.visits(knot) > 0) {
        this.unvisited.delete(knot);
        this.visited.add(knot);
      }
    }
  }

  private key(session: Session): string {
    return this.options.reference
      ? session.referenceFutureKey(this.policy)
      : session.futureKey(this.policy);
  }

  private visit(session: Session, depth: number): Future {
    const key = this.key(session);
    const known = this.memo.get(key);
    if (known) {
      this.checkRevisits(known.places);
      return known;
    }
    const future = this.explore(session, depth);
    this.memo.set(key, future);
    return future;
  }

  /**
   * Once-only options read history, which the key leaves out unless a
   * decision can come round again. A decision met again shows options from at
   * least one place it showed them before, whichever once-only ones are gone.
   */
  private checkRevisits(places: Iterable<string>): void {
    if (!this.watchRevisits) return;
    for (const place of places) if (this.onPath.includes(place)) throw new DecisionRevisited();
  }

  private explore(session: Session, depth: number): Future {
    const state = session.simState;
    if (session.options.length === 0) {
      if (state.ending) {
        const id = `${state.ending.outcome}: ${state.ending.title}`;
        this.endings.set(id, state.ending);
        return leaf(new Map([[id, 1]]), 1);
      }
      this.report({
        kind: 'no-ending',
        message: 'this path finishes without an "# ending:" tag',
        path: session.path,
      });
      return leaf(new Map(), 0);
    }
    if (depth >= this.maxDepth || this.memo.size >= this.maxStates) {
      const tooDeep = depth >= this.maxDepth;
      this.report({
        kind: tooDeep ? 'too-deep' : 'budget',
        message: tooDeep
          ? `a path reaches ${this.maxDepth} decisions without an ending: is there a loop?`
          : `stopped after exploring ${this.maxStates} states`,
        path: session.path,
      });
      return leaf(new Map(), 0);
    }
    const point = session.options.length > 1 ? session.options.join('\n') : null;
    if (point && !this.decisionPoints.has(point)) this.decisionPoints.set(point, []);
    const places = session.decisionPoint.split('|');
    this.checkRevisits(places);
    this.onPath.push(...places);
    const future = this.branch(session, depth, places, point);
    this.onPath.length -= places.length;
    return future;
  }

  private branch(
    session: Session,
    depth: number,
    here: readonly string[],
    point: string | null,
  ): Future {
    const values = point ? this.decisionPoints.get(point) : undefined;
    const min = totals(Infinity);
    const max = totals(-Infinity);
    let paths = 0;
    const reached = new Map<string, number>();
    const places = new Set(here);
    const options = session.options;
    const snapshot = session.snapshot();
    options.forEach((text, index) => {
      this.offered.add(text);
      session.restore(snapshot);
      const delta = this.move(session, index, text, options.length > 1);
      // The first time an option is taken from this decision is what it is worth.
      if (values) values[index] ??= DIMENSION_IDS.reduce((sum, id) => sum + delta[id], 0);
      const future = this.visit(session, depth + 1);
      for (const id of DIMENSION_IDS) {
        min[id] = Math.min(min[id], delta[id] + future.min[id]);
        max[id] = Math.max(max[id], delta[id] + future.max[id]);
      }
      paths += future.paths;
      for (const [ending, count] of future.endings)
        reached.set(ending, (reached.get(ending) ?? 0) + count);
      for (const place of future.places) places.add(place);
    });
    return { min, max, paths, endings: reached, places };
  }

  /** Take one option, check what it did, and return what it scored. */
  private move(session: Session, index: number, text: string, isChoice: boolean): Totals {
    const before = session.simState.moments.length;
    const problemsBefore = session.simState.problems.length;
    session.choose(index);
    const state = session.simState;
    const decision = state.decisions.length - 1;
    const own = state.moments.slice(before).some((moment) => moment.choice?.decision === decision);
    if (isChoice && !own) {
      this.report({
        kind: 'unscored-option',
        message: `option "${text}" leads to no "# score:" before the next decision`,
        path: session.path,
        choice: text,
      });
    }
    for (const message of state.problems.slice(problemsBefore)) {
      this.report({ kind: 'runtime', message, path: session.path });
    }
    this.noteMove(session, before);
    return sums(session, before);
  }
}
