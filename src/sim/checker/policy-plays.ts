/**
 * Policy plays: a learner who never reads and always takes the first, last,
 * longest or shortest option, in Ink's order and in the shuffled order a
 * learner sees. What such a play reaches (endings, Strong bands) is a tell.
 */
import type { ExploreReport } from './explore-report.ts';
import type { Scenario } from '../story/scenario.ts';
import type { Session, SessionSnapshot } from '../session/session.ts';
import type { Outcome } from '../story/tags.ts';
import { displayOrder } from '../story/choice-order.ts';
import { scoresOf } from '../scoring/scoring.ts';
import { exploringSession } from './exploring-runner.ts';
import { keyPolicyFor, withAllCounts } from './key-policy.ts';

/** Decisions a policy play may take before it is stopped (a story loop is the checker's to report). */
const POLICY_STEPS = 400;

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

export function policyPlays(
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
