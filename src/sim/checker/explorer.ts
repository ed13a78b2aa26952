/**
 * The walk over every path: plays each option from each state with the real
 * session, merges states whose futures are the same (by key), and combines
 * what the paths from each state add up to. Budgets stop a story that would
 * never finish. docs/checker.md says what makes it fast and why it is exact.
 */
import { DIMENSION_IDS, type DimensionId, type ScoreRange } from '../scoring/rubric.ts';
import type { Scenario } from '../story/scenario.ts';
import { Session } from '../session/session.ts';
import { monotonicNow } from '../host.ts';
import type { KeyPolicy } from './key-policy.ts';
import { referenceKey } from './reference-key.ts';
import { exploringSession } from './exploring-runner.ts';
import { ExploringSession } from './exploring-session.ts';
import { StoryBudgetExceeded } from './marking-runner.ts';
import {
  DEFAULT_BUDGET,
  type ExploreBudget,
  type ExploreOptions,
  type ExploreProblem,
  type ExploreReport,
} from './explore-report.ts';
import { Findings } from './findings.ts';
import { leaf, sums, totals, type Future, type Totals } from './futures.ts';

/** A decision met twice on one path: once-only choices then depend on history. */
export class DecisionRevisited extends Error {}

/** A budget ran out: the exploration stops with this problem. */
class Stopped extends Error {
  constructor(readonly problem: ExploreProblem) {
    super(problem.message);
  }
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

export class Explorer {
  private readonly watchRevisits: boolean;
  /** Where the options of each decision on the current path were written. */
  private readonly onPath: string[] = [];
  private readonly budget: ExploreBudget;
  private readonly deadline: number;
  private moves = 0;
  /** States met and not yet merged with one seen before (the memo holds only finished ones). */
  private entered = 0;
  private readonly memo = new Map<string, Future>();
  private readonly found: Findings;

  constructor(
    private readonly scenario: Scenario,
    private readonly options: ExploreOptions,
    private readonly policy: KeyPolicy,
    private readonly clock: { readonly started: number; reported: number },
  ) {
    this.watchRevisits = policy.counts !== 'all';
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.deadline = clock.started + this.budget.seconds * 1000;
    this.found = new Findings(options.knots ?? []);
  }

  run(): ExploreReport {
    try {
      return this.explored();
    } catch (error) {
      const stopped = error instanceof StoryBudgetExceeded ? this.stoppedInInk(error) : error;
      if (!(stopped instanceof Stopped)) throw error;
      this.found.report(stopped.problem);
      return this.found.summary(this.memo.size, this.moves);
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
    const atStart = start.snapshot();
    for (const message of start.simState.problems)
      this.found.report({ kind: 'runtime', message, path: [] });
    // Taken first: every path is then played on this same session.
    const opening = sums(start, 0);
    this.found.noteMove(start, 0);
    const root = this.visit(start, 0);
    const ranges: Partial<Record<DimensionId, ScoreRange>> = {};
    for (const id of DIMENSION_IDS) {
      if (this.found.scored.has(id))
        ranges[id] = { min: opening[id] + root.min[id], max: opening[id] + root.max[id] };
    }
    const endings = new Map(
      [...this.found.endings].map(([id, ending]) => [
        id,
        { ...ending, paths: root.endings.get(id) ?? 0 },
      ]),
    );
    return {
      ...this.found.summary(this.memo.size, this.moves),
      complete: true,
      paths: root.paths,
      endings,
      ranges,
      player: { session: start, start: atStart },
    };
  }

  private key(session: Session): string {
    return session instanceof ExploringSession
      ? session.futureKey(this.policy)
      : referenceKey(session, this.policy);
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
        this.found.endings.set(id, state.ending);
        return leaf(new Map([[id, 1]]), 1);
      }
      this.found.report({
        kind: 'no-ending',
        message: 'this path finishes without an "# ending:" tag',
        path: session.path,
      });
      return leaf(new Map(), 0);
    }
    if (depth >= this.budget.depth) {
      const knot = loopingKnot(this.onPath);
      const round = knot ? `, going round "${knot}"` : '';
      this.found.report({
        kind: 'too-deep',
        message: `a path reaches ${this.budget.depth} decisions without an ending${round}: is there a loop?`,
        path: session.path,
        knot,
      });
      return leaf(new Map(), 0);
    }
    const point = session.options.length > 1 ? session.options.join('\n') : null;
    if (point && !this.found.decisionPoints.has(point)) this.found.decisionPoints.set(point, []);
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
    const values = point ? this.found.decisionPoints.get(point) : undefined;
    const min = totals(Infinity);
    const max = totals(-Infinity);
    let paths = 0;
    const reached = new Map<string, number>();
    const places = new Set(here);
    const options = session.options;
    const snapshot = session.snapshot();
    options.forEach((text, index) => {
      this.found.offered.add(text);
      session.restore(snapshot);
      const before = session.simState.moments.length;
      const delta = this.move(session, index, text, options.length > 1);
      if (point) this.found.noteChances(point, session, before);
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
      this.found.report({
        kind: 'unscored-option',
        message: `option "${text}" leads to no "# score:" before the next decision`,
        path: session.path,
        choice: text,
      });
    }
    for (const message of state.problems.slice(problemsBefore)) {
      this.found.report({ kind: 'runtime', message, path: session.path });
    }
    this.found.noteMove(session, before);
    return sums(session, before);
  }
}
