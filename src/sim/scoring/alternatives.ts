/**
 * What a stronger choice would have been. For the weakest scored moments of a
 * finished session, stand at that decision again, try every other
 * option, and report the one that scores best on the same dimension, with
 * what it would have changed straight away: its scored moments, the next
 * thing someone said, and each person's mood or trust. Only the step itself
 * is compared — later consequences depend on later choices, which the
 * learner would have made differently too.
 */
import type { HistoryPoint, ScoredMoment } from '../session/records.ts';
import type { DimensionId } from './rubric.ts';
import type { Scenario } from '../story/scenario.ts';
import { Session, type SessionSnapshot, type SessionView } from '../session/session.ts';
import type { SimState } from '../session/sim-state.ts';

export interface StepMoment {
  readonly dimension: DimensionId;
  readonly delta: number;
  readonly why: string;
}

/** One person's state after the decision, on the path taken and on the alternative. */
export interface PersonEffect {
  readonly who: string;
  readonly before: { readonly state: string; readonly level: number } | null;
  readonly chosen: { readonly state: string; readonly level: number } | null;
  readonly alternative: { readonly state: string; readonly level: number } | null;
}

export interface StrongerChoice {
  /** Zero-based index of the decision; the learner reads it as `decision + 1`. */
  readonly decision: number;
  readonly dimension: DimensionId;
  /** The weak moment that prompted the search. */
  readonly weakMoment: ScoredMoment;
  readonly chosenText: string;
  /** The chosen step's total on `dimension`. */
  readonly chosenScore: number;
  readonly betterIndex: number;
  readonly betterText: string;
  readonly betterScore: number;
  /** Everything the better option scores at once, on every dimension. */
  readonly moments: readonly StepMoment[];
  /** The first thing a character says after the better option, if anyone speaks. */
  readonly reply: { readonly speaker: string; readonly text: string } | null;
  /** Only the people whose state would have differed. */
  readonly people: readonly PersonEffect[];
  /** The choices to replay to stand at this decision again. */
  readonly replayPath: readonly number[];
}

interface Outcome {
  readonly index: number;
  readonly moments: readonly StepMoment[];
  readonly after: HistoryPoint | null;
  readonly reply: StrongerChoice['reply'];
}

const stepMoments = (moments: readonly ScoredMoment[]): StepMoment[] =>
  moments.map(({ dimension, delta, why }) => ({ dimension, delta, why }));

const sumOn = (moments: readonly StepMoment[], dimension?: DimensionId): number =>
  moments.reduce((sum, m) => (dimension && m.dimension !== dimension ? sum : sum + m.delta), 0);

const historyAt = (state: SimState, decision: number): HistoryPoint | null =>
  state.history.find((point) => point.decision === decision) ?? null;

/**
 * Stands at any decision of a path, cheaply: one session walks the path
 * forward, and a decision once reached is kept as an Ink snapshot, so coming
 * back to it (or to a later one) restores the nearest kept point instead of
 * replaying from the start. Every option is tried by restoring the same
 * snapshot, so no new story is built per option.
 */
class PathWalker {
  private readonly kept = new Map<number, SessionSnapshot>();
  private session: Session | null = null;

  constructor(
    private readonly scenario: Scenario,
    private readonly path: readonly number[],
    private readonly seed: number,
  ) {}

  /** A session standing at decision `d` (after `path[0..d)`), or null if the path stops fitting. */
  at(d: number): Session | null {
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

function peopleEffects(
  before: HistoryPoint | null,
  chosen: HistoryPoint | null,
  alternative: HistoryPoint | null,
): PersonEffect[] {
  const everyone = new Set([
    ...Object.keys(chosen?.people ?? {}),
    ...Object.keys(alternative?.people ?? {}),
  ]);
  return [...everyone].flatMap((who) => {
    const effect: PersonEffect = {
      who,
      before: before?.people[who] ?? null,
      chosen: chosen?.people[who] ?? null,
      alternative: alternative?.people[who] ?? null,
    };
    const same =
      effect.chosen?.level === effect.alternative?.level &&
      effect.chosen?.state === effect.alternative?.state;
    return same ? [] : [effect];
  });
}

/**
 * The weakest moments first (lowest delta, then earliest), at most one
 * suggestion per decision, and only where another option really scores
 * higher on the same dimension.
 */
export function strongerChoices(
  view: SessionView,
  /** `seed` defaults to the attempt's own, so the options are tried on the story it played. */
  options: StrongerOptions = {},
): StrongerChoice[] {
  const steps = strongerChoiceSteps(view, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface StrongerOptions {
  readonly limit?: number;
  readonly seed?: number;
}

/**
 * The same search as `strongerChoices`, pausing after each decision whose
 * options it tried (a few milliseconds each), so a page can run it in idle
 * time and stay responsive; the generator returns the suggestions.
 */
export function* strongerChoiceSteps(
  view: SessionView,
  options: StrongerOptions = {},
): Generator<void, StrongerChoice[]> {
  const limit = options.limit ?? 3;
  const seed = options.seed ?? view.seed;
  const { state, scenario, path } = view;
  const candidates = state.moments
    .filter((m) => m.choice !== null)
    .toSorted((a, b) => a.delta - b.delta || a.id - b.id);
  const walker = new PathWalker(scenario, path, seed);
  const explored = new Map<number, ReturnType<typeof outcomesAt>>();
  const found: StrongerChoice[] = [];
  for (const moment of candidates) {
    if (found.length >= limit) break;
    const d = moment.choice?.decision;
    const decision = d === undefined ? undefined : state.decisions[d];
    if (d === undefined || !decision || found.some((s) => s.decision === d)) continue;
    if (!explored.has(d)) {
      explored.set(d, outcomesAt(walker, d));
      yield;
    }
    const at = explored.get(d);
    if (!at) continue;
    const chosenMoments = stepMoments(state.moments.filter((m) => m.choice?.decision === d));
    const chosenScore = sumOn(chosenMoments, moment.dimension);
    const best = at.outcomes
      .filter((o) => o.index !== decision.chosen)
      .toSorted(
        (a, b) =>
          sumOn(b.moments, moment.dimension) - sumOn(a.moments, moment.dimension) ||
          sumOn(b.moments) - sumOn(a.moments) ||
          a.index - b.index,
      )[0];
    if (!best || sumOn(best.moments, moment.dimension) <= chosenScore) continue;
    found.push({
      decision: d,
      dimension: moment.dimension,
      weakMoment: moment,
      chosenText: decision.options[decision.chosen] ?? '',
      chosenScore,
      betterIndex: best.index,
      betterText: decision.options[best.index] ?? '',
      betterScore: sumOn(best.moments, moment.dimension),
      moments: best.moments,
      reply: best.reply,
      people: peopleEffects(at.before, historyAt(state, d + 1), best.after),
      replayPath: path.slice(0, d),
    });
  }
  return found.toSorted((a, b) => a.decision - b.decision);
}

/** The text of each choice made along a saved path, for labelling "replay from" buttons. */
export function choicesAlong(scenario: Scenario, path: readonly number[], seed = 1): string[] {
  const replay = Session.replay(scenario, path, seed);
  return replay.session.view.state.decisions.map((d) => d.options[d.chosen] ?? '');
}
