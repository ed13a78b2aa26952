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
import { Session, type SessionView } from '../session/session.ts';
import {
  DecisionTrials,
  historyAt,
  stepMoments,
  type StepMoment,
  type StepReply,
} from './decision-trials.ts';

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
  readonly reply: StepReply | null;
  /** Only the people whose state would have differed. */
  readonly people: readonly PersonEffect[];
  /** The choices to replay to stand at this decision again. */
  readonly replayPath: readonly number[];
}

const sumOn = (moments: readonly StepMoment[], dimension?: DimensionId): number =>
  moments.reduce((sum, m) => (dimension && m.dimension !== dimension ? sum : sum + m.delta), 0);

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
  /** Decisions already tried along this attempt (used only if they fit the view and seed). */
  readonly trials?: DecisionTrials;
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
  const given = options.trials;
  const trials = given?.follows(view, seed) ? given : new DecisionTrials(scenario, seed, path);
  const found: StrongerChoice[] = [];
  for (const moment of candidates) {
    if (found.length >= limit) break;
    const d = moment.choice?.decision;
    const decision = d === undefined ? undefined : state.decisions[d];
    if (d === undefined || !decision || found.some((s) => s.decision === d)) continue;
    if (!trials.has(d)) {
      trials.at(d);
      yield;
    }
    const at = trials.at(d);
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
