/**
 * What the tutor's projector may do to its class: open a decision's vote,
 * close it, confirm the class's choice with its consequence, and end the
 * class. Each change is stored before the learners are told of it. The hub
 * has already checked that the message comes from the class's tutor.
 */
import type { ClientMessage } from './messages.ts';
import { ballotRow, type LiveClass } from './live-class.ts';
import type { ClassStore } from './store.ts';

export interface TutorActionContext {
  readonly store: ClassStore;
  /** Tell every learner of the class. */
  readonly toLearners: (live: LiveClass, message: object) => void;
  /** Tell the tutor the class's tally. */
  readonly sendTally: (live: LiveClass) => void;
  /** The class has ended: its code no longer lets anyone in. */
  readonly retireCode: (live: LiveClass) => void;
}

/** Apply a tutor's action; returns why it was refused, if it was. */
export function applyTutorAction(
  live: LiveClass,
  message: ClientMessage,
  { store, toLearners, sendTally, retireCode }: TutorActionContext,
): string | null {
  switch (message.type) {
    case 'open': {
      const shown = message.shown;
      live.ballot = {
        decision: shown.decision,
        optionCount: Math.max(...shown.options.map((o) => o.index)) + 1,
        open: true,
        votes: store.votes(live.id, shown.decision),
      };
      live.state = {
        ...live.state,
        shown,
        consequence: null,
        ballot: ballotRow(live.ballot),
      };
      store.saveState(live.id, live.state);
      toLearners(live, { type: 'decision', shown, open: true });
      sendTally(live);
      return null;
    }
    case 'close': {
      if (!live.ballot) return 'no vote is open';
      live.ballot = { ...live.ballot, open: false };
      live.state = { ...live.state, ballot: ballotRow(live.ballot) };
      store.saveState(live.id, live.state);
      toLearners(live, { type: 'closed', decision: live.ballot.decision });
      sendTally(live);
      return null;
    }
    case 'confirm': {
      const records = [
        ...live.state.records.filter((r) => r.decision !== message.record.decision),
        message.record,
      ];
      live.state = { ...live.state, records, consequence: message.consequence, ballot: null };
      live.ballot = null;
      store.saveState(live.id, live.state);
      toLearners(live, { type: 'consequence', consequence: message.consequence });
      return null;
    }
    case 'end': {
      live.state = { ...live.state, ended: true };
      store.saveState(live.id, live.state);
      toLearners(live, { type: 'ended' });
      retireCode(live);
      return null;
    }
    default:
      return 'unknown message';
  }
}
