/**
 * Tells: ways a learner could win without reading. The checker measures them
 * for each story and for the library, and fails a story above the limits
 * stated here. Three kinds:
 *  - length: the longest option is the best one far more often than chance;
 *  - words: a word or an opening that only ever appears in the best options,
 *    or only in the worst, across enough options to be learned;
 *  - policy plays: always taking the first, last, longest or shortest option
 *    (in Ink's order, and in the shuffled order the learner sees) reaches a
 *    strong ending or Strong on several dimensions.
 */
import type { DecisionOptions, ExploreReport } from './explore-report.ts';
import type { Scenario } from '../story/scenario.ts';
import type { Session, SessionSnapshot } from '../session/session.ts';
import type { Outcome } from '../story/tags.ts';
import { displayOrder } from '../story/choice-order.ts';
import { scoresOf } from '../scoring/scoring.ts';
import { exploringSession } from './exploring-runner.ts';
import { keyPolicyFor, withAllCounts } from './key-policy.ts';

export const TELL_LIMITS = {
  /** Share of decisions where the longest option is the best: about chance with three options. */
  longestBest: 0.4,
  /** A word in this many options, all best or all worst, is a tell. */
  wordOptions: 5,
  /** A policy play may reach Strong on at most this many dimensions (the median shuffled play)… */
  policyStrongBands: 2,
  /**
   * …and a strong ending never in Ink's order, and in at most this share of
   * shuffled plays: always-first-on-screen is a learner choosing at random,
   * who may be lucky once, never often.
   */
  policyStrongEndings: 0.1,
} as const;

/** Decisions a policy play may take before it is stopped (a story loop is the checker's to report). */
const POLICY_STEPS = 400;

/** Seeds of the shuffled plays: fixed, so the figures are the same on every run. */
const SHUFFLE_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, i) => i + 1);

export interface WordTell {
  readonly word: string;
  /** `opening` when it is the first word of the options it appears in. */
  readonly kind: 'word' | 'opening';
  readonly side: 'best' | 'worst';
  readonly options: number;
}

export interface LengthTell {
  /** Decisions whose options score differently (the others have no best). */
  readonly decisions: number;
  readonly longestBest: number;
  readonly share: number;
}

export type PolicyName = 'first' | 'last' | 'longest' | 'shortest';

export interface PolicyPlay {
  readonly policy: PolicyName;
  /** `ink` plays Ink's written order once; `shown` plays the order a learner sees, once per seed. */
  readonly order: 'ink' | 'shown';
  readonly plays: number;
  /** Plays that reached a strong ending. */
  readonly strongEndings: number;
  /** The best ending reached, or null when no play reached one. */
  readonly outcome: Outcome | null;
  readonly endingTitle: string | null;
  /** Dimensions banded Strong: the median play's count (the only play's, for `ink`). */
  readonly strongBands: number;
}

export interface TellReport {
  readonly length: LengthTell;
  readonly words: readonly WordTell[];
  readonly policies: readonly PolicyPlay[];
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if so to of in on at by for with from as is are was be been it its ' +
    "this that these those you your we our us i me my he she they them his her their it's " +
    "i'll we'll you'll don't can't won't not no do does did have has had will would can could " +
    'should may might must what when where who why how which than then there here up out about ' +
    'into over after before all any each both more most some such only own same just also very ' +
    'too now one two'
  ).split(/\s+/),
);

/** The words of an option that could be learned as a cue: lower case, no stop words. */
export function cueWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [])
    .map((word) => word.replace(/[’]/g, "'").replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

function opening(text: string): string | null {
  return text.toLowerCase().match(/[a-z][a-z'’-]*/)?.[0] ?? null;
}

interface Classified {
  readonly text: string;
  readonly side: 'best' | 'worst' | 'middle';
}

/** Each option of a decision as best, worst or in between; decisions where all score alike are left out. */
function classify(decisions: readonly DecisionOptions[]): Classified[] {
  return decisions.flatMap(({ texts, values }) => {
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max === min) return [];
    return texts.map((text, i) => ({
      text,
      side: values[i] === max ? 'best' : values[i] === min ? 'worst' : 'middle',
    }));
  });
}

export function lengthTell(decisions: readonly DecisionOptions[]): LengthTell {
  let counted = 0;
  let longestBest = 0;
  for (const { texts, values } of decisions) {
    const max = Math.max(...values);
    if (max === Math.min(...values)) continue;
    counted += 1;
    const longest = Math.max(...texts.map((t) => t.length));
    // Ties for longest count against the story: any longest option that is best is a cue.
    if (texts.some((t, i) => t.length === longest && values[i] === max)) longestBest += 1;
  }
  return { decisions: counted, longestBest, share: counted === 0 ? 0 : longestBest / counted };
}

export function wordTells(
  decisions: readonly DecisionOptions[],
  minimum: number = TELL_LIMITS.wordOptions,
): WordTell[] {
  const options = classify(decisions);
  const tally = new Map<string, { best: number; worst: number; all: number }>();
  const count = (key: string, side: Classified['side']) => {
    const entry = tally.get(key) ?? { best: 0, worst: 0, all: 0 };
    entry.all += 1;
    if (side === 'best') entry.best += 1;
    if (side === 'worst') entry.worst += 1;
    tally.set(key, entry);
  };
  for (const { text, side } of options) {
    for (const word of new Set(cueWords(text))) count(`word:${word}`, side);
    const first = opening(text);
    if (first) count(`opening:${first}`, side);
  }
  const tells: WordTell[] = [];
  for (const [key, { best, worst, all }] of tally) {
    if (all < minimum || (best !== all && worst !== all)) continue;
    const [kind, word] = key.split(':') as ['word' | 'opening', string];
    tells.push({ word, kind, side: best === all ? 'best' : 'worst', options: all });
  }
  return tells.sort((a, b) => b.options - a.options || a.word.localeCompare(b.word));
}

/** Which option a policy takes, as an index into the options in the order given. */
function pick(policy: PolicyName, texts: readonly string[]): number {
  if (policy === 'first') return 0;
  if (policy === 'last') return texts.length - 1;
  const lengths = texts.map((t) => t.length);
  const target = policy === 'longest' ? Math.max(...lengths) : Math.min(...lengths);
  return lengths.indexOf(target);
}

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { failed: 0, partial: 1, strong: 2 };

interface Play {
  readonly ending: { readonly outcome: Outcome; readonly title: string } | null;
  readonly strongBands: number;
}

/**
 * One play of a policy. Every play runs on one exploring session (issue 17:
 * a fresh session per play was a fifth of the checker's time), from the
 * start each time, so moves already played come back from memory; the order
 * a learner sees comes from the play's seed, as a session started with that
 * seed shows it. Stories have no chance (the source scanner refuses it), so
 * the seed changes nothing else.
 */
function play(
  scenario: Scenario,
  session: Session,
  start: SessionSnapshot,
  policy: PolicyName,
  seed: number | null,
): Play {
  session.restore(start);
  for (let step = 0; step < POLICY_STEPS && session.options.length > 0; step += 1) {
    const choices = session.options;
    const order =
      seed === null
        ? choices.map((_, i) => i)
        : displayOrder(choices, seed, session.path.length, scenario.pins);
    const shown = order.map((i) => choices[i] ?? '');
    session.choose(order[pick(policy, shown)]!);
  }
  const state = session.simState;
  return {
    ending: state.ending,
    strongBands: scoresOf(state, scenario).filter((score) => score.band === 'strong').length,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

function summarise(policy: PolicyName, order: 'ink' | 'shown', plays: readonly Play[]): PolicyPlay {
  const rank = (p: Play) => (p.ending ? OUTCOME_RANK[p.ending.outcome] : -1);
  const best = plays.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return {
    policy,
    order,
    plays: plays.length,
    strongEndings: plays.filter((p) => p.ending?.outcome === 'strong').length,
    outcome: best.ending?.outcome ?? null,
    endingTitle: best.ending?.title ?? null,
    strongBands: median(plays.map((p) => p.strongBands)),
  };
}

function policyPlays(
  scenario: Scenario,
  seeds: readonly number[],
  player: ExploreReport['player'],
): PolicyPlay[] {
  // Every count kept: a remembered move is then found only where it plays the same.
  const session =
    player?.session ?? exploringSession(scenario, withAllCounts(keyPolicyFor(scenario.story)));
  const start = player?.start ?? session.snapshot();
  const policies: PolicyName[] = ['first', 'last', 'longest', 'shortest'];
  return [
    ...policies.map((policy) =>
      summarise(policy, 'ink', [play(scenario, session, start, policy, null)]),
    ),
    ...(['first', 'last'] as const).map((policy) =>
      summarise(
        policy,
        'shown',
        seeds.map((seed) => play(scenario, session, start, policy, seed)),
      ),
    ),
  ];
}

/**
 * The tell figures of a story. `player` (the explorer's session, from the
 * report) makes the policy plays quick; without it they get a session of
 * their own.
 */
export function tellReport(
  scenario: Scenario,
  decisions: readonly DecisionOptions[],
  seeds: readonly number[] = SHUFFLE_SEEDS,
  player?: ExploreReport['player'],
): TellReport {
  return {
    length: lengthTell(decisions),
    words: wordTells(decisions),
    policies: policyPlays(scenario, seeds, player),
  };
}

/** What breaks a limit, in words an author can act on; empty when the story passes. */
export function tellProblems(report: TellReport): string[] {
  const problems: string[] = [];
  const { length } = report;
  if (length.share > TELL_LIMITS.longestBest) {
    problems.push(
      `the longest option is the best in ${length.longestBest} of ${length.decisions} decisions (${percent(length.share)}; the limit is ${percent(TELL_LIMITS.longestBest)}): make strong, partial and weak options alike in length`,
    );
  }
  for (const tell of report.words) {
    problems.push(
      `the ${tell.kind} "${tell.word}" appears in ${tell.options} options, every one the ${tell.side} of its decision: a learner can win by it without reading`,
    );
  }
  for (const play of report.policies) {
    const name =
      play.order === 'ink'
        ? `always the ${play.policy} option in Ink's order`
        : `always the ${play.policy} option on screen (${play.plays} shuffled plays)`;
    if (play.strongEndings / play.plays > TELL_LIMITS.policyStrongEndings)
      problems.push(
        play.order === 'ink'
          ? `${name} reaches the strong ending "${play.endingTitle}"`
          : `${name} reaches a strong ending in ${play.strongEndings} plays (the limit is ${percent(TELL_LIMITS.policyStrongEndings)} of plays)`,
      );
    if (play.strongBands > TELL_LIMITS.policyStrongBands)
      problems.push(
        `${name} earns Strong on ${play.strongBands} dimensions${play.order === 'shown' ? ' in the median play' : ''} (the limit is ${TELL_LIMITS.policyStrongBands})`,
      );
  }
  return problems;
}

export const percent = (share: number): string => `${Math.round(share * 100)} %`;
