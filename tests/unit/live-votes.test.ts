// @vitest-environment happy-dom
/**
 * The projector's link to the classroom server (src/ui/classroom/live-votes.ts) over a fake
 * WebSocket and fake timers: a tutor action sent into a link that had gone silent (it looks
 * open until the heartbeat's window passes) is sent again after the rejoin if the server's
 * state of the class does not show it, and not if it does; actions taken meanwhile follow it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionView } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { connectLive } from '../../src/ui/classroom/live-votes.ts';
import { FakeSocket } from './fake-class-socket.ts';

/** The projector makes its own sockets: each one made is kept for the test to drive. */
class FakeWebSocket extends FakeSocket {
  static made: FakeWebSocket[] = [];
  constructor() {
    super();
    FakeWebSocket.made.push(this);
  }
}

const created = { code: 'ABC123', tutorToken: 't', joinUrl: 'x', lanUrl: 'http://l', qr: '' };
const view = {
  state: { transcript: [] },
  order: [0, 1],
  choices: ['Ring the supplier', 'Wait'],
} as unknown as SessionView;
const classState = (ballot: { decision: number; open: boolean } | null) => ({
  type: 'class',
  code: created.code,
  state: { seed: 1, records: [], ballot, consequence: null },
  counts: [0, 0],
  voters: 0,
  learners: 0,
});

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.made = [];
  vi.stubGlobal('WebSocket', FakeWebSocket);
  vi.stubGlobal('fetch', () => Promise.resolve({ ok: true, json: () => Promise.resolve(created) }));
  location.href = 'http://localhost:8080/?teach';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A projector whose vote on decision 0 went into a silent link, rejoined after the window. */
async function rejoined() {
  const live = (await connectLive({ id: 'late-supplier' } as Scenario, 1, localStorage))!;
  const first = FakeWebSocket.made[0]!;
  first.opens();
  first.receives(classState(null));
  live.open(0, view);
  expect(first.sent.map((m) => m.type)).toEqual(['tutor-hello', 'open']);
  // Nothing comes back: the window passes, the link counts itself lost and tries again.
  vi.advanceTimersByTime(25_000 + 1000);
  live.close();
  const second = FakeWebSocket.made[1]!;
  second.opens();
  return { live, second };
}

describe('the projector’s link after a silent loss', () => {
  it('sends again an action the server never got, before what the tutor did meanwhile', async () => {
    const { second } = await rejoined();
    expect(second.sent.map((m) => m.type)).toEqual(['tutor-hello']);
    second.receives(classState(null));
    expect(second.sent.map((m) => m.type)).toEqual(['tutor-hello', 'open', 'close']);
    expect(second.sent[1]).toMatchObject({ token: 't', shown: { decision: 0 } });
  });

  it('does not send again an action the server’s state shows', async () => {
    const { second } = await rejoined();
    second.receives(classState({ decision: 0, open: true }));
    expect(second.sent.map((m) => m.type)).toEqual(['tutor-hello', 'close']);
  });
});
