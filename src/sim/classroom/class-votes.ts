/**
 * The rules of a class vote, shared by the browser (hand counts) and the
 * classroom server (phones): one ballot per decision, one vote per learner,
 * changeable until the vote closes, and a refusal with a reason for anything
 * else. Pure: a ballot is a value and every rule returns a new one.
 */

export interface Ballot {
  /** Zero-based number of the decision the class is voting on. */
  readonly decision: number;
  /** How many options the decision has (votes name Ink's option indices). */
  readonly optionCount: number;
  readonly open: boolean;
  /** Learner id → Ink option index. */
  readonly votes: Readonly<Record<string, number>>;
}

export type VoteResult =
  | { readonly ok: true; readonly ballot: Ballot; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string };

export function openBallot(decision: number, optionCount: number): Ballot {
  return { decision, optionCount, open: true, votes: {} };
}

export function closeBallot(ballot: Ballot): Ballot {
  return { ...ballot, open: false };
}

/** A learner's vote: refused after the close, for another decision or a missing option. */
export function castVote(
  ballot: Ballot | null,
  learner: string,
  decision: number,
  option: number,
): VoteResult {
  if (!ballot) return { ok: false, reason: 'no vote is open' };
  if (decision !== ballot.decision)
    return {
      ok: false,
      reason: `the vote open is on decision ${ballot.decision + 1}, not decision ${decision + 1}`,
    };
  if (!ballot.open) return { ok: false, reason: 'the vote has closed' };
  if (!Number.isInteger(option) || option < 0 || option >= ballot.optionCount)
    return {
      ok: false,
      reason: `there is no option ${option + 1}: this decision has ${ballot.optionCount}`,
    };
  const before = ballot.votes[learner];
  return {
    ok: true,
    changed: before !== undefined && before !== option,
    ballot: { ...ballot, votes: { ...ballot.votes, [learner]: option } },
  };
}

/** Votes per option, by Ink index. */
export function tallyOf(ballot: Pick<Ballot, 'optionCount' | 'votes'>): number[] {
  const counts = Array.from({ length: ballot.optionCount }, () => 0);
  for (const option of Object.values(ballot.votes)) counts[option] = (counts[option] ?? 0) + 1;
  return counts;
}

/** The option with the most votes, or null for no votes or a tie at the top. */
export function majorityOf(counts: readonly number[]): number | null {
  const top = Math.max(0, ...counts);
  if (top === 0) return null;
  const leaders = counts.flatMap((count, index) => (count === top ? [index] : []));
  return leaders.length === 1 ? leaders[0]! : null;
}

/** A vote a learner tapped while their phone was reconnecting. */
export interface QueuedVote {
  readonly decision: number;
  readonly option: number;
}

/**
 * What becomes of a queued vote when the phone is back: sent, if the vote it
 * was tapped in is still open and still has that option; otherwise dropped,
 * with the reason the learner is told.
 */
export function queuedVoteFate(
  queued: QueuedVote,
  now: {
    readonly decision: number | null;
    readonly open: boolean;
    readonly options: readonly number[];
  },
): { readonly send: true } | { readonly send: false; readonly reason: string } {
  if (now.decision !== queued.decision)
    return { send: false, reason: 'the class moved on to another decision while you were offline' };
  if (!now.open) return { send: false, reason: 'the vote closed while you were offline' };
  if (!now.options.includes(queued.option))
    return { send: false, reason: 'that option is no longer on offer' };
  return { send: true };
}
