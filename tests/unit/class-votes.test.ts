import { describe, expect, it } from 'vitest';
import {
  castVote,
  closeBallot,
  majorityOf,
  openBallot,
  queuedVoteFate,
  tallyOf,
} from '../../src/sim/classroom/class-votes.ts';
import { confirmDecision, voteWords } from '../../src/sim/classroom/class-record.ts';

const vote = (ballot: ReturnType<typeof openBallot>, learner: string, option: number) => {
  const result = castVote(ballot, learner, ballot.decision, option);
  if (!result.ok) throw new Error(result.reason);
  return result.ballot;
};

describe('class votes', () => {
  it('count one vote per learner, and a learner may change it while the vote is open', () => {
    let ballot = openBallot(0, 3);
    ballot = vote(ballot, 'ana', 0);
    ballot = vote(ballot, 'ben', 2);
    const changed = castVote(ballot, 'ana', 0, 2);
    expect(changed).toMatchObject({ ok: true, changed: true });
    if (changed.ok) ballot = changed.ballot;
    expect(tallyOf(ballot)).toEqual([0, 0, 2]);
  });

  it('refuse a vote after the close, with the reason', () => {
    const ballot = closeBallot(vote(openBallot(1, 2), 'ana', 0));
    expect(castVote(ballot, 'ana', 1, 1)).toEqual({ ok: false, reason: 'the vote has closed' });
    expect(tallyOf(ballot)).toEqual([1, 0]);
  });

  it('refuse a vote for another decision', () => {
    expect(castVote(openBallot(2, 3), 'ana', 1, 0)).toEqual({
      ok: false,
      reason: 'the vote open is on decision 3, not decision 2',
    });
  });

  it('refuse a vote for an option that does not exist', () => {
    for (const option of [3, -1, 1.5]) {
      expect(castVote(openBallot(0, 3), 'ana', 0, option)).toMatchObject({ ok: false });
    }
    expect(castVote(openBallot(0, 3), 'ana', 0, 3)).toEqual({
      ok: false,
      reason: 'there is no option 4: this decision has 3',
    });
  });

  it('refuse a vote when no vote is open', () => {
    expect(castVote(null, 'ana', 0, 0)).toEqual({ ok: false, reason: 'no vote is open' });
  });

  it('have a majority only when one option has the most votes', () => {
    expect(majorityOf([3, 5, 1])).toBe(1);
    expect(majorityOf([4, 4, 1])).toBeNull();
    expect(majorityOf([0, 0])).toBeNull();
  });
});

describe('the record of a class decision', () => {
  it('says when the tutor took another option than the majority', () => {
    const options = ['Listen', 'Quote policy'];
    expect(confirmDecision(0, options, [7, 2], 0)).toMatchObject({
      majority: 0,
      chosen: 0,
      overridden: false,
    });
    expect(confirmDecision(0, options, [7, 2], 1)).toMatchObject({
      majority: 0,
      chosen: 1,
      overridden: true,
    });
    expect(confirmDecision(0, options, [3, 3], 1)).toMatchObject({
      majority: null,
      overridden: false,
    });
  });

  it('words a tally as counts and shares', () => {
    expect(voteWords(7, 9)).toBe('7 votes (78%)');
    expect(voteWords(1, 4)).toBe('1 vote (25%)');
    expect(voteWords(0, 0)).toBe('0 votes (0%)');
  });

  describe('a vote tapped while the phone was reconnecting', () => {
    const queued = { decision: 2, option: 1 };
    it('is sent when the phone is back and the same vote is still open', () => {
      expect(queuedVoteFate(queued, { decision: 2, open: true, options: [2, 0, 1] })).toEqual({
        send: true,
      });
    });
    it('is dropped, with the reason, when that vote has closed', () => {
      expect(queuedVoteFate(queued, { decision: 2, open: false, options: [0, 1] })).toEqual({
        send: false,
        reason: 'the vote closed while you were offline',
      });
    });
    it('is dropped when the class has moved on to another decision (or has none open)', () => {
      for (const decision of [3, null])
        expect(queuedVoteFate(queued, { decision, open: true, options: [0, 1] })).toMatchObject({
          send: false,
          reason: 'the class moved on to another decision while you were offline',
        });
    });
  });
});
