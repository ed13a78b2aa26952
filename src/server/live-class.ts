/**
 * One class session as the server holds it in memory: its join code and tutor
 * token, its stored state, the ballot of the current decision, and who is
 * connected to it; and what the tutor is told of the votes (the tally).
 */
import { randomInt } from 'node:crypto';
import { tallyOf, type Ballot } from '../sim/classroom/class-votes.ts';
import type { Peer } from './class-hub.ts';
import type { ClassState } from './store.ts';

export interface LiveClass {
  readonly id: string;
  readonly code: string;
  readonly tutorToken: string;
  readonly expiresAt: number;
  state: ClassState;
  ballot: Ballot | null;
  /** Learners who have joined (kept in the store; counted here for every tally). */
  learners: number;
  readonly peers: Set<Peer>;
}

export interface ClassTally {
  counts: number[];
  voters: number;
  learners: number;
  decision: number | null;
}

/** Letters and digits a class reads off a projector without mixing up (no I, O, 0, 1). */
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new six-letter join code that `taken` says no live class has. */
export function newJoinCode(taken: (code: string) => boolean): string {
  let code: string;
  do {
    code = Array.from({ length: 6 }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
  } while (taken(code));
  return code;
}

/** The part of a ballot that is stored with the class's state (the votes are stored apart). */
export function ballotRow(ballot: Ballot): ClassState['ballot'] {
  return { decision: ballot.decision, optionCount: ballot.optionCount, open: ballot.open };
}

export function classTally(live: LiveClass): ClassTally {
  const ballot = live.ballot;
  return {
    counts: ballot ? tallyOf(ballot) : [],
    voters: ballot ? Object.keys(ballot.votes).length : 0,
    learners: live.learners,
    decision: ballot?.decision ?? null,
  };
}
