/**
 * Every option at a decision of one attempt, tried from a kept Ink snapshot
 * and remembered: what each would have scored at once, the next thing said
 * and everyone's state after it. The report's search for stronger choices
 * (alternatives.ts) reads these; a scenario in play can have them tried while
 * the learner reads each decision, so at its end little is left (issue 17).
 */
import type { HistoryPoint, ScoredMoment } from '../session/records.ts';
import { Session, type SessionSnapshot, type SessionView } from '../session/session.ts';
import type { SimState } from '../session/sim-state.ts';
import type { Scenario } from '../story/scenario.ts';
import type { DimensionId } from './rubric.ts';

export interface StepMoment {
  readonly dimension: DimensionId;
  readonly delta: number;
  readonly why: string;
}

/** The first thing a character says after an option, if anyone speaks. */
export interface StepReply {
  readonly speaker: string;
  readonly text: string;
}

interface Outcome {
  readonly index: number;
  readonly moments: readonly StepMoment[];
  readonly after: HistoryPoint | null;
  readonly reply: StepReply | null;
}

export const stepMoments = (moments: readonly ScoredMoment[]): StepMoment[] =>
  moments.map(({ dimension, delta, why }) => ({ dimension, delta, why }));

export const historyAt = (state: SimState, decision: number): HistoryPoint | null =>
  state.history.find((point) => point.decision === decision) ?? null;

/**
 * Stands at any decision of a path, cheaply: one session walks the path
 * forward, and a decision once reached is kept as an Ink snapshot, so coming
 * back to it (or to a later one) restores the nearest kept point instead of
 * replaying from the start. Every option is tried by restoring the same
 * snapshot, so no new story is built per option. The path may grow while it
 * is walked (a scenario in play): what was kept for its start still holds.
 */
class PathWalker {
  private readonly kept = new Map<number, SessionSnapshot>();
  private session: Session | null = null;

  constructor(
    private readonly scenario: Scenario,
    private path: readonly number[],
    private readonly seed: number,
  ) {}

  /** Walk `path` from now on; false (and nothing changed) unless it starts with the old one. */
  extend(path: readonly number[]): boolean {
    if (!this.path.every((index, step) => path[step] === index)) return false;
    this.path = path;
    return true;
  }

  /** A session standing at decision `d` (after `path[0..d)`), or null if the path stops fitting. */
  at(d: number): Session | null {
    if (d > this.path.length) return null;
    const session = (this.session ??= Session.start(this.scenario, this.seed));
    const from = Math.max(-1, ...[...this.kept.keys()].filter((k) => k <= d));
    if (from >= 0) session.restore(this.kept.get(from)!);
    else if (session.path.length > d) return this.fromStart(d);
    for (let step = session.path.length; step < d; step += 1) {
      if (!session.choose(this.path[step] ?? -1).ok) return null;
    }
    if (!this.kept.has(d)) this.kept.set(d, session.snapshot());
    return session;
  }

  private fromStart(d: number): Session | null {
    this.session = null;
    return this.at(d);
  }

  /** The same session, put back at decision `d` after trying an option. */
  back(d: number): Session {
    const session = this.session!;
    session.restore(this.kept.get(d)!);
    return session;
  }
}

/** Every option at a decision tried, or null where the path stops fitting the story. */
type Explored = { readonly before: HistoryPoint | null; readonly outcomes: Outcome[] } | null;

/**
 * What every option does at each decision of one attempt, tried once and
 * kept: the report's search asks it for the decisions it needs, and a
 * scenario in play can have each decision tried while the learner reads it,
 * so at the end only the choosing is left (issue 17). The outcomes at a
 * decision depend only on the path before it, the scenario and the seed.
 */
export class DecisionTrials {
  private readonly walker: PathWalker;
  private readonly explored = new Map<number, Explored>();
  /** The decision being tried a step at a time, and the options tried so far. */
  private pending: {
    readonly d: number;
    readonly start: SimState;
    readonly options: number;
    readonly outcomes: Outcome[];
  } | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    private path: readonly number[] = [],
  ) {
    this.walker = new PathWalker(scenario, path, seed);
  }

  /** Whether this attempt's trials hold for `view` (same story and seed, its path a continuation). */
  follows(view: SessionView, seed = view.seed): boolean {
    if (view.scenario !== this.scenario || seed !== this.seed) return false;
    if (!this.walker.extend(view.path)) return false;
    this.path = view.path;
    return true;
  }

  has(d: number): boolean {
    return this.explored.has(d);
  }

  /** Every option at decision `d` tried (at once, the first time it is asked for). */
  at(d: number): Explored {
    if (!this.explored.has(d)) {
      const base = this.walker.at(d);
      const start = base?.simState;
      this.explored.set(
        d,
        base && start
          ? {
              before: historyAt(start, d),
              outcomes: base.options.map((_, index) => tryOption(this.walker, d, start, index)),
            }
          : null,
      );
    }
    return this.explored.get(d) ?? null;
  }

  /**
   * One small step of trying the path followed (the decision on screen
   * included): standing at the earliest decision not tried yet, or trying one
   * more of its options, so a key press never waits behind a whole decision.
   * False when every decision has been tried.
   */
  tryNext(): boolean {
    let d = 0;
    while (d <= this.path.length && this.explored.has(d)) d += 1;
    if (d > this.path.length) return false;
    const pending = this.pending?.d === d ? this.pending : null;
    if (!pending) {
      const base = this.walker.at(d);
      if (!base) this.explored.set(d, null);
      else this.pending = { d, start: base.simState, options: base.options.length, outcomes: [] };
      return true;
    }
    const index = pending.outcomes.length;
    if (index < pending.options) {
      pending.outcomes.push(tryOption(this.walker, d, pending.start, index));
      return true;
    }
    this.explored.set(d, { before: historyAt(pending.start, d), outcomes: pending.outcomes });
    this.pending = null;
    return true;
  }
}

/**
 * What option `index` at decision `d` does immediately, from the state `start`
 * there. The walker is left after the option: it restores a kept point first
 * whenever it is asked to stand anywhere.
 */
function tryOption(walker: PathWalker, d: number, start: SimState, index: number): Outcome {
  const tried = walker.back(d);
  tried.choose(index);
  const state = tried.simState;
  const said = state.transcript
    .slice(start.transcript.length)
    .find((entry) => entry.kind === 'speech' && entry.speaker !== null);
  return {
    index,
    moments: stepMoments(state.moments.slice(start.moments.length)),
    after: historyAt(state, d + 1),
    reply: said?.speaker ? { speaker: said.speaker, text: said.text } : null,
  };
}
