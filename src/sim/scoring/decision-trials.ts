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

type Explored = ReturnType<typeof outcomesAt>;

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
    if (!this.explored.has(d)) this.explored.set(d, outcomesAt(this.walker, d));
    return this.explored.get(d) ?? null;
  }

  /**
   * Try the options at the earliest decision of the path followed (the one
   * on screen included) not tried yet; false when every one has been.
   */
  tryNext(): boolean {
    for (let d = 0; d <= this.path.length; d += 1) {
      if (this.explored.has(d)) continue;
      this.at(d);
      return true;
    }
    return false;
  }
}

/** What every option at decision `d` does immediately, from the path up to just before it. */
function outcomesAt(
  walker: PathWalker,
  d: number,
): { before: HistoryPoint | null; outcomes: Outcome[] } | null {
  const base = walker.at(d);
  if (!base) return null;
  const start = base.view.state;
  const options = base.options;
  const outcomes = options.map((_, index): Outcome => {
    const tried = walker.back(d);
    tried.choose(index);
    const state = tried.view.state;
    const said = state.transcript
      .slice(start.transcript.length)
      .find((entry) => entry.kind === 'speech' && entry.speaker !== null);
    return {
      index,
      moments: stepMoments(state.moments.slice(start.moments.length)),
      after: historyAt(state, d + 1),
      reply: said?.speaker ? { speaker: said.speaker, text: said.text } : null,
    };
  });
  walker.back(d);
  return { before: historyAt(start, d), outcomes };
}
