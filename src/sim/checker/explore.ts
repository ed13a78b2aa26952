/**
 * Explores every path of a scenario by playing it with the real session, and
 * merges states whose futures are identical. Scores add up along a path, so
 * the reachable range of each dimension is computed bottom-up per state.
 * docs/checker.md says what makes it fast and why the merging is exact.
 */
import { DIMENSION_IDS, type DimensionId, type ScoreRange } from '../scoring/rubric.ts';
import type { Scenario } from '../story/scenario.ts';
import { Session } from '../session/session.ts';
import type { Ending } from '../session/records.ts';
import { keyPolicyFor, storyStateKey, withAllCounts, type KeyPolicy } from './story-state-key.ts';
import { futureKey } from '../session/sim-state.ts';
import { exploringSession, StoryBudgetExceeded } from './exploring-runner.ts';
import { monotonicNow } from '../host.ts';
import type { Chances } from '../scoring/chances.ts';

export interface ExploreProblem {
  readonly kind: 'no-ending' | 'unscored-option' | 'runtime' | 'too-deep' | 'budget';
  readonly message: string;
  /** The choices (0-based) that lead to the problem. */
  readonly path: readonly number[];
  /** For unscored options: the option's text, to find it in the source. */
  readonly choice?: string;
  /** For loops and budgets: the knot the story kept going round, to find it in the source. */
  readonly knot?: string;
}

export interface ExploreReport {
  /** False when a budget stopped the exploration: then only the problems can be trusted. */
  readonly complete: boolean;
  readonly states: number;
  /** Options taken while exploring (remembered moves included). */
  readonly moves: number;
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
  /** Per decision, the dimensions some option earns marks on by its own move. */
  readonly chances: Chances;
  readonly problems: readonly ExploreProblem[];
}

export interface DecisionOptions {
  readonly texts: readonly string[];
  readonly values: readonly number[];
}

/**
 * How far the checker goes before it stops with a problem instead of
 * hanging: the library's largest story needs about 2,500 states, 20,000
 * moves and a second or two (the time budget is generous because a busy CI
 * machine can be many times slower than that).
 */
export interface ExploreBudget {
  /** Decisions on one path. */
  readonly depth: number;
  /** Distinct states. */
  readonly states: number;
  /** Options taken, in all. */
  readonly moves: number;
  readonly seconds: number;
  /** Ink steps in one move: a divert loop with no choice never reaches the next decision. */
  readonly stepsPerMove: number;
  /** Nested function and tunnel calls at any moment. */
  readonly callDepth: number;
}

const DEFAULT_BUDGET: ExploreBudget = {
  depth: 200,
  states: 250_000,
  moves: 2_000_000,
  seconds: 600,
  stepsPerMove: 200_000,
  callDepth: 400,
};

export interface ExploreProgress {
  readonly states: number;
  readonly moves: number;
  readonly seconds: number;
}

export interface ExploreOptions {
  /** Knot and stitch paths to watch for visits. */
  readonly knots?: readonly string[];
  readonly budget?: Partial<ExploreBudget>;
  /** Called every `progressSeconds[1]` seconds once exploring has taken `progressSeconds[0]`. */
  readonly onProgress?: (progress: ExploreProgress) => void;
  /** When progress is first reported and how often after that; three and two seconds unless given. */
  readonly progressSeconds?: readonly [after: number, every: number];
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

/** A budget ran out: the exploration stops with this problem. */
class Stopped extends Error {
  constructor(readonly problem: ExploreProblem) {
    super(problem.message);
  }
}

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

/**
 * The same partition as `Session.futureKey`, for a plain session, through
 * Ink's save format: slow, the reference the fast key is checked against.
 */
export function referenceKey(session: Session, policy: KeyPolicy): string {
  const ink = storyStateKey(session.saveInk(), policy);
  return `${futureKey(session.simState, policy.people)}\n${ink}`;
}

/** The knot a path of decisions keeps coming back to: the one met most often on it. */
function loopingKnot(places: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const place of places) {
    const knot = place.split('.')[0] ?? '';
    counts.set(knot, (counts.get(knot) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

const count = (n: number, what?: string) =>
  `${n.toLocaleString('en-GB')}${what ? ` ${what}${n === 1 ? '' : 's'}` : ''}`;

class Explorer {
  private readonly watchRevisits: boolean;
  /** Where the options of each decision on the current path were written. */
  private readonly onPath: string[] = [];
  private readonly budget: ExploreBudget;
  private readonly deadline: number;
  private moves = 0;
  /** States met and not yet merged with one seen before (the memo holds only finished ones). */
  private entered = 0;
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
  private readonly chances = new Map<string, Set<DimensionId>>();

  constructor(
    private readonly scenario: Scenario,
    private readonly options: ExploreOptions,
    private readonly policy: KeyPolicy,
    private readonly clock: { readonly started: number; reported: number },
  ) {
    this.watchRevisits = policy.counts !== 'all';
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.deadline = clock.started + this.budget.seconds * 1000;
    this.unvisited = new Set(options.knots ?? []);
  }

  run(): ExploreReport {
    try {
      return this.explored();
    } catch (error) {
      const stopped = error instanceof StoryBudgetExceeded ? this.stoppedInInk(error) : error;
      if (!(stopped instanceof Stopped)) throw error;
      this.report(stopped.problem);
      return this.findings();
    }
  }

  /** A move ran past a budget inside Ink: say where, and what was explored so far. */
  private stoppedInInk(error: StoryBudgetExceeded): Stopped {
    return new Stopped({
      kind: 'budget',
      message: `${error.message} (${this.progressText()})`,
      path: this.path,
      knot: error.knot || undefined,
    });
  }

  /** The path being explored, kept up to date for a budget that stops Ink mid-move. */
  private path: readonly number[] = [];

  private progressText(): string {
    const seconds = (monotonicNow() - this.clock.started) / 1000;
    return `explored ${count(Math.min(this.entered, this.budget.states), 'state')} and ${count(this.moves, 'move')} in ${seconds.toFixed(1)} s`;
  }

  private start(): Session {
    if (this.options.reference) return Session.start(this.scenario);
    return exploringSession(this.scenario, this.policy, {
      budget: {
        steps: this.budget.stepsPerMove,
        callDepth: this.budget.callDepth,
        deadline: this.deadline,
      },
    });
  }

  private explored(): ExploreReport {
    const start = this.start();
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
    return { ...this.findings(), complete: true, paths: root.paths, endings, ranges };
  }

  private findings(): ExploreReport {
    return {
      complete: false,
      states: this.memo.size,
      moves: this.moves,
      paths: 0,
      decisions: this.decisionPoints.size,
      options: [...this.decisionPoints].map(([texts, values]) => ({
        texts: texts.split('\n'),
        values,
      })),
      chances: Object.fromEntries(
        [...this.chances].map(([point, dimensions]) => [
          point,
          DIMENSION_IDS.filter((id) => dimensions.has(id)),
        ]),
      ),
      endings: new Map(),
      ranges: {},
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

  /** Note the dimensions an option of a decision earned marks on by its own move. */
  private noteChances(point: string, session: Session, firstMoment: number): void {
    const { moments, decisions } = session.simState;
    const decision = decisions.length - 1;
    for (let i = firstMoment; i < moments.length; i++) {
      const moment = moments[i]!;
      if (moment.delta <= 0 || moment.choice?.decision !== decision) continue;
      const offered = this.chances.get(point) ?? new Set<DimensionId>();
      offered.add(moment.dimension);
      this.chances.set(point, offered);
    }
  }

  private key(session: Session): string {
    return this.options.reference
      ? referenceKey(session, this.policy)
      : session.futureKey(this.policy);
  }

  private visit(session: Session, depth: number): Future {
    const key = this.key(session);
    const known = this.memo.get(key);
    if (known) {
      this.checkRevisits(known.places);
      return known;
    }
    this.entered++;
    if (this.entered > this.budget.states)
      this.stop('states', `${count(this.budget.states)} states`);
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
    if (depth >= this.budget.depth) {
      const knot = loopingKnot(this.onPath);
      const round = knot ? `, going round "${knot}"` : '';
      this.report({
        kind: 'too-deep',
        message: `a path reaches ${this.budget.depth} decisions without an ending${round}: is there a loop?`,
        path: session.path,
        knot,
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
      const before = session.simState.moments.length;
      const delta = this.move(session, index, text, options.length > 1);
      if (point) this.noteChances(point, session, before);
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

  /** Stop exploring: a budget of the whole exploration ran out. */
  private stop(what: string, limit: string): never {
    const knot = loopingKnot(this.onPath);
    const round = knot ? `; the path being explored keeps going round "${knot}"` : '';
    throw new Stopped({
      kind: 'budget',
      message: `stopped at the ${what} budget of ${limit} (${this.progressText()})${round}`,
      path: this.path,
      knot,
    });
  }

  /** Count a move against the budgets, and say how far exploring has gone on long runs. */
  private tick(): void {
    this.moves++;
    if (this.moves >= this.budget.moves) this.stop('moves', `${count(this.budget.moves)} moves`);
    const now = monotonicNow();
    if (now > this.deadline) this.stop('time', `${this.budget.seconds} s`);
    const seconds = (now - this.clock.started) / 1000;
    const [after, every] = this.options.progressSeconds ?? [3, 2];
    if (this.options.onProgress && seconds >= after && seconds - this.clock.reported >= every) {
      this.clock.reported = seconds;
      this.options.onProgress({ states: this.memo.size, moves: this.moves, seconds });
    }
  }

  /** Take one option, check what it did, and return what it scored. */
  private move(session: Session, index: number, text: string, isChoice: boolean): Totals {
    const before = session.simState.moments.length;
    const problemsBefore = session.simState.problems.length;
    this.tick();
    this.path = [...session.path, index];
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
