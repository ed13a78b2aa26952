/**
 * The projector's link to the classroom server: starts a class session, shows
 * the join code, address and QR code, opens and closes votes, passes the live
 * tally to the class view and tells learners the consequence. It reconnects
 * by itself, also when the connection goes silent (class-link.ts); the tutor
 * token is kept in this browser, so a reload carries on. What the tutor does
 * while it is reconnecting waits in a queue; what was sent into a connection
 * that had already gone silent is sent again after the rejoin, unless the
 * server's state of the class shows it arrived.
 */
import type { ClassDecision } from '../../sim/classroom/class-record.ts';
import { characterName, type Scenario } from '../../sim/story/scenario.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { tableStart } from '../../sim/story/figures.ts';
import { BAND_LABELS } from '../../sim/scoring/rubric.ts';
import { RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import { h } from '../shell/dom.ts';
import type { LiveVotes } from './class-view.ts';
import { CLASS_KEYS, readClassKey } from './class-keys.ts';
import { keepLinked } from './class-link.ts';

interface Created {
  code: string;
  tutorToken: string;
  joinUrl: string;
  lanUrl: string;
  qr: string;
}

const KEY = CLASS_KEYS.tutor;

/** The lines since `from`, as learners are shown them. */
function linesOf(view: SessionView, from: number) {
  return view.state.transcript
    .slice(from)
    .filter((entry) => entry.kind !== 'event')
    .map((entry) => ({
      kind: entry.kind,
      speaker: entry.speaker ? characterName(view.scenario.meta, entry.speaker) : null,
      text: entry.text,
    }));
}

export async function serverAvailable(): Promise<boolean> {
  try {
    const response = await fetch('/api/health', { cache: 'no-store' });
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return false;
    return ((await response.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** A class the server started for this browser's tutor: kept so a reload carries on. */
interface Stored extends Created {
  scenarioId: string;
  seed: number;
}

/** What the server holds of a class, as it tells the tutor on hello. */
export interface ClassResume {
  readonly seed: number;
  readonly records: readonly ClassDecision[];
  /** The vote on screen when the page went away, if any. */
  readonly ballot: { decision: number; open: boolean } | null;
  /** Whether the class had been shown the consequence of its last choice. */
  readonly consequence: boolean;
}

export type LiveClass = LiveVotes & { readonly code: string };

/** A tutor action as sent, with the decision it is about (for `applied`). */
interface Action {
  readonly payload: { readonly type: string };
  readonly decision: number;
}

type ClassState = NonNullable<ServerMessage['state']>;

/** Whether the server's state of the class shows `action` done (or overtaken by a later one). */
function applied({ payload, decision }: Action, state: ClassState): boolean {
  if (state.records.some((record) => record.decision === decision)) return true;
  if (payload.type === 'open') return state.ballot?.decision === decision;
  if (payload.type === 'close') return state.ballot?.decision === decision && !state.ballot.open;
  // A confirm shows in the records; an end, in the class's being gone (hello refused).
  return false;
}

type ServerMessage = {
  type: string;
  counts?: number[];
  voters?: number;
  learners?: number;
  state?: {
    seed: number;
    records: ClassDecision[];
    ballot: { decision: number; open: boolean } | null;
    consequence: unknown;
  };
};

export async function connectLive(
  scenario: Scenario,
  seed: number,
  storage: Storage,
): Promise<LiveClass | null> {
  const response = await fetch('/api/classes', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: scenario.id, seed }),
  });
  if (!response.ok) return null;
  const created = (await response.json()) as Created;
  const stored: Stored = { ...created, scenarioId: scenario.id, seed };
  storage.setItem(KEY, JSON.stringify(stored));
  return attach(stored, storage).live;
}

/**
 * The class this browser's tutor was running for this scenario, if the server
 * still has it open (a reload, or the server restarted): the connection, and
 * where the class had got to. Anything else forgets the stored class.
 */
export async function resumeLive(
  scenarioId: string,
  storage: Storage,
): Promise<{ live: LiveClass; resume: ClassResume } | null> {
  let stored: Stored | null;
  try {
    stored = JSON.parse(readClassKey(storage, KEY) ?? 'null') as Stored | null;
  } catch {
    stored = null;
  }
  if (!stored || stored.scenarioId !== scenarioId || typeof stored.tutorToken !== 'string')
    return null;
  const { live, hello } = attach(stored, storage);
  const state = await Promise.race([
    hello,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
  ]);
  if (!state) {
    live.forget();
    return null;
  }
  return {
    live,
    resume: {
      seed: stored.seed,
      records: state.records,
      ballot: state.ballot,
      consequence: state.consequence !== null,
    },
  };
}

function attach(
  created: Stored,
  storage: Storage,
): { live: LiveClass; hello: Promise<NonNullable<ServerMessage['state']> | null> } {
  const listeners: ((counts: readonly number[], voters: number) => void)[] = [];
  let last: { counts: number[]; voters: number } | null = null;
  /** Answers `hello`: the first greeting's state, or null if the class is gone. */
  let answerHello: ((state: NonNullable<ServerMessage['state']> | null) => void) | null = null;
  const hello = new Promise<NonNullable<ServerMessage['state']> | null>((resolve) => {
    answerHello = resolve;
  });
  /** Actions to send once the server has greeted this link (again). */
  const queue: Action[] = [];
  /**
   * Actions sent on this connection: it may have been dead already (silently, for up to the
   * heartbeat's window) when they went. The next greeting's state says which arrived; the
   * others are sent again, before anything queued since.
   */
  let sent: Action[] = [];
  let unsure: Action[] = [];
  let greeted = false;
  /** The screen was left: the link stops as soon as the queue is sent. */
  let leaving = false;
  const transmit = (action: Action) => {
    if (link.send(action.payload)) sent.push(action);
    else queue.push(action);
  };
  const send = (message: { type: string; [key: string]: unknown }, decision: number) => {
    const action = { payload: { ...message, token: created.tutorToken }, decision };
    if (greeted) transmit(action);
    else queue.push(action);
  };
  /** Greeted (again) with the server's state of the class: catch it up. */
  const caughtUp = (state: ClassState) => {
    greeted = true;
    for (const action of unsure.splice(0)) if (!applied(action, state)) transmit(action);
    for (const action of queue.splice(0)) transmit(action);
    if (leaving) link.stop();
  };
  const count = h('p', { className: 'join-count', role: 'status' }, '0 learners have joined');
  // The server restarted, or the Wi-Fi dropped: the link tries again every second.
  const link = keepLinked({
    opened: () => {
      unsure = [...unsure, ...sent];
      sent = [];
      link.send({ type: 'tutor-hello', code: created.code, token: created.tutorToken });
    },
    received: (received) => {
      const message = received as ServerMessage;
      if (message.type === 'class' && message.state) {
        answerHello?.(message.state);
        answerHello = null;
        caughtUp(message.state);
      }
      if (message.type === 'refused' && !greeted) {
        // The class has ended or expired: nothing to carry on with.
        answerHello?.(null);
        answerHello = null;
        if (leaving) link.stop();
      }
      if (message.type === 'tally' || message.type === 'class') {
        const learners = message.learners ?? 0;
        count.textContent = `${learners} ${learners === 1 ? 'learner has' : 'learners have'} joined`;
        last = { counts: message.counts ?? [], voters: message.voters ?? 0 };
        for (const listener of listeners) listener(last.counts, last.voters);
      }
    },
    // Until the server greets it again; what the tutor does meanwhile waits in the queue.
    lost: () => {
      greeted = false;
      count.textContent = 'Reconnecting to the classroom server…';
    },
  });
  let mark = 0;
  /** The decision whose vote was opened last. */
  let voting = -1;
  const live: LiveClass = {
    code: created.code,
    joinPanel: h(
      'aside',
      { className: 'class-join', 'aria-label': 'Join on your phone' },
      h('p', {}, 'Vote on your phone: scan the code, or open'),
      // Without http://: shorter to read out and to type, and every phone's browser accepts it.
      h(
        'p',
        {},
        h('strong', { className: 'join-address' }, created.lanUrl.replace(/^https?:\/\//, '')),
      ),
      h('p', {}, 'and enter the code ', h('span', { className: 'join-code' }, created.code)),
      h('img', {
        src: created.qr,
        alt: `QR code for ${created.joinUrl}`,
        width: 320,
        height: 320,
      }),
      count,
    ),
    open: (decision, view) => {
      mark = view.state.transcript.length;
      voting = decision;
      send(
        {
          type: 'open',
          shown: {
            decision,
            // The last dozen lines, or back to the header of a table they would cut.
            lines: linesOf(view, tableStart(view.state.transcript, Math.max(0, mark - 12))),
            options: view.order.map((index) => ({ index, text: view.choices[index] ?? '' })),
          },
        },
        decision,
      );
    },
    close: () => send({ type: 'close' }, voting),
    onTally: (listener) => {
      listeners.push(listener);
      // A page that reloaded mid-vote draws the tally it had at once.
      if (last) listener(last.counts, last.voters);
    },
    confirm: (record: ClassDecision, view: SessionView, from?: number) => {
      send(
        {
          type: 'confirm',
          record,
          consequence: {
            lines: linesOf(view, from ?? mark).slice(0, 60),
            scores: view.scores
              .filter((score) => score.band !== null)
              .map((score) => ({
                name: RUBRIC[score.dimension].name,
                words: score.band ? BAND_LABELS[score.band] : '',
              })),
            finished: view.finished,
          },
        },
        record.decision,
      );
      if (view.finished) send({ type: 'end' }, record.decision);
    },
    forget: () => {
      storage.removeItem(KEY);
      link.stop();
    },
    disconnect: () => {
      leaving = true;
      // What the tutor did while the link was down (the class's end, say) is sent first.
      if (greeted) link.stop();
    },
  };
  return { live, hello };
}
