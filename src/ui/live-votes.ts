/**
 * The projector's link to the classroom server: starts a class session, shows
 * the join code, address and QR code, opens and closes votes, passes the live
 * tally to the class view and tells learners the consequence. It reconnects
 * by itself; the tutor token is kept in this browser, so a reload carries on.
 */
import type { ClassDecision } from '../sim/class-record.ts';
import { characterName, type Scenario } from '../sim/scenario.ts';
import type { SessionView } from '../sim/session.ts';
import { BAND_LABELS } from '../sim/rubric.ts';
import { h } from './dom.ts';
import type { LiveVotes } from './class-view.ts';

interface Created {
  code: string;
  tutorToken: string;
  joinUrl: string;
  lanUrl: string;
  qr: string;
}

const KEY = 'service-chain.class-tutor';

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

export async function connectLive(
  scenario: Scenario,
  seed: number,
  storage: Storage,
): Promise<(LiveVotes & { readonly code: string }) | null> {
  const response = await fetch('/api/classes', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: scenario.id, seed }),
  });
  if (!response.ok) return null;
  const created = (await response.json()) as Created;
  storage.setItem(KEY, JSON.stringify({ ...created, scenarioId: scenario.id, seed }));
  const listeners: ((counts: readonly number[], voters: number) => void)[] = [];
  let socket: WebSocket | null = null;
  const queue: object[] = [];
  const send = (message: object) => {
    const payload = { ...message, token: created.tutorToken };
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
    else queue.push(payload);
  };
  const count = h('span', { className: 'join-count', role: 'status' }, '0 learners joined');
  const open = () => {
    const url = new URL('/ws', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      socket?.send(
        JSON.stringify({ type: 'tutor-hello', code: created.code, token: created.tutorToken }),
      );
      for (const message of queue.splice(0)) socket?.send(JSON.stringify(message));
    });
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const message = JSON.parse(event.data) as {
        type: string;
        counts?: number[];
        voters?: number;
        learners?: number;
      };
      if (message.type === 'tally' || message.type === 'class') {
        count.textContent = `${message.learners ?? 0} learners joined`;
        for (const listener of listeners) listener(message.counts ?? [], message.voters ?? 0);
      }
    });
    socket.addEventListener('close', () => setTimeout(open, 1000));
  };
  open();
  let mark = 0;
  return {
    code: created.code,
    joinPanel: h(
      'aside',
      { className: 'class-join', 'aria-label': 'Join on your phone' },
      h('img', {
        src: created.qr,
        alt: `QR code for ${created.joinUrl}`,
        width: 180,
        height: 180,
      }),
      h(
        'div',
        {},
        h('p', {}, 'Vote on your phone: open ', h('strong', {}, created.lanUrl)),
        h('p', {}, 'and enter the code ', h('span', { className: 'join-code' }, created.code)),
        count,
      ),
    ),
    open: (decision, view) => {
      mark = view.state.transcript.length;
      send({
        type: 'open',
        shown: {
          decision,
          lines: linesOf(view, Math.max(0, mark - 12)),
          options: view.order.map((index) => ({ index, text: view.choices[index] ?? '' })),
        },
      });
    },
    close: () => send({ type: 'close' }),
    onTally: (listener) => listeners.push(listener),
    confirm: (record: ClassDecision, view: SessionView) => {
      send({
        type: 'confirm',
        record,
        consequence: {
          lines: linesOf(view, mark).slice(0, 60),
          scores: view.scores
            .filter((score) => score.band !== null)
            .map((score) => ({
              name: score.dimension.name,
              words: score.band ? BAND_LABELS[score.band] : '',
            })),
          finished: view.finished,
        },
      });
      if (view.finished) send({ type: 'end' });
    },
  };
}
