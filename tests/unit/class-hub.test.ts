import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClassHub, type HubOptions, type Peer } from '../../src/server/class-hub.ts';
import { MAX_MESSAGE_BYTES } from '../../src/server/messages.ts';
import { ClassStore } from '../../src/server/store.ts';

/** A connection that keeps what it is sent. */
class FakePeer implements Peer {
  readonly sent: { type: string; [key: string]: unknown }[] = [];
  closed = false;
  terminated = false;
  send(message: object): void {
    this.sent.push(message as { type: string });
  }
  close(): void {
    this.closed = true;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Protocol pings sent (a browser answers them by itself; the test calls `hub.heard`). */
  pinged = 0;
  ping(): void {
    this.pinged += 1;
  }
  last(type: string) {
    return this.sent.filter((message) => message.type === type).at(-1);
  }
  get refusals(): string[] {
    return this.sent.flatMap((m) => (m.type === 'refused' ? [String(m['reason'])] : []));
  }
}

const shown = (decision: number, options = 3) => ({
  decision,
  lines: [{ speaker: 'Mrs Okafor', text: 'Where is my sofa?', kind: 'line' }],
  options: Array.from({ length: options }, (_, index) => ({ index, text: `Option ${index}` })),
});

const record = (decision: number, chosen: number) => ({
  decision,
  options: ['Option 0', 'Option 1', 'Option 2'],
  votes: [1, 0, 0],
  majority: 0,
  chosen,
  overridden: chosen !== 0,
});

const consequence = { lines: [], scores: [], finished: false };

let dir: string;
let stores: ClassStore[];
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'class-hub-'));
  stores = [];
  clock = 1_000_000;
});
afterEach(() => {
  for (const store of stores) store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A hub over the test's database file; a second call is the server after a restart. */
function startHub(options: HubOptions = {}) {
  const store = new ClassStore(join(dir, 'class.sqlite'));
  stores.push(store);
  const logged: string[] = [];
  const hub = new ClassHub(store, {
    now: () => clock,
    log: (m) => logged.push(m),
    perSecond: 1000,
    burst: 1000,
    ...options,
  });
  const peer = () => {
    const p = new FakePeer();
    hub.connect(p);
    return p;
  };
  const say = (p: FakePeer, message: object | string) =>
    hub.receive(p, typeof message === 'string' ? message : JSON.stringify(message));
  return { hub, store, logged, peer, say };
}

/** A class with its tutor connected and a vote open on decision 0. */
function classWithVote(options: HubOptions = {}) {
  const server = startHub(options);
  const created = server.hub.createClass('late-supplier', 42);
  const tutor = server.peer();
  const token = created.tutorToken;
  server.say(tutor, { type: 'tutor-hello', code: created.code, token });
  server.say(tutor, { type: 'open', token, shown: shown(0) });
  const learner = (name?: string) => {
    const p = server.peer();
    server.say(p, { type: 'join', code: created.code, ...(name ? { name } : {}) });
    return p;
  };
  return { ...server, created, tutor, token, learner };
}

const tallyAt = (tutor: FakePeer) => tutor.last('tally');

describe('the classroom hub', () => {
  it('lets learners join with the code, vote, and shows the tutor the live tally', () => {
    const { tutor, learner, say } = classWithVote();
    const ana = learner('Ana');
    const ben = learner();
    expect(ana.last('joined')).toMatchObject({ open: true, yourVote: null });
    say(ana, { type: 'vote', decision: 0, option: 2 });
    say(ben, { type: 'vote', decision: 0, option: 0 });
    expect(ana.last('voted')).toEqual({ type: 'voted', decision: 0, option: 2 });
    expect(tallyAt(tutor)).toMatchObject({ counts: [1, 0, 1], voters: 2, learners: 2 });
  });

  it('counts one vote per learner: a second vote replaces the first until the close', () => {
    const { tutor, learner, say } = classWithVote();
    const ana = learner();
    say(ana, { type: 'vote', decision: 0, option: 0 });
    say(ana, { type: 'vote', decision: 0, option: 0 });
    say(ana, { type: 'vote', decision: 0, option: 1 });
    expect(tallyAt(tutor)).toMatchObject({ counts: [0, 1, 0], voters: 1 });
    expect(ana.refusals).toEqual([]);
  });

  it('counts a learner on two phones (the same learner token) once', () => {
    const { tutor, created, learner, peer, say } = classWithVote();
    const ana = learner();
    const token = ana.last('joined')?.['learnerToken'];
    const second = peer();
    say(second, { type: 'join', code: created.code, learnerToken: token });
    say(ana, { type: 'vote', decision: 0, option: 0 });
    say(second, { type: 'vote', decision: 0, option: 2 });
    expect(tallyAt(tutor)).toMatchObject({ counts: [0, 0, 1], voters: 1, learners: 1 });
  });

  it('refuses a vote after the close, for another decision, or for an option that does not exist', () => {
    const { tutor, token, learner, say } = classWithVote();
    const ana = learner();
    say(ana, { type: 'vote', decision: 1, option: 0 });
    say(ana, { type: 'vote', decision: 0, option: 3 });
    say(ana, { type: 'vote', decision: 0, option: -1 });
    say(ana, { type: 'vote', decision: 0, option: 1 });
    say(tutor, { type: 'close', token });
    say(ana, { type: 'vote', decision: 0, option: 0 });
    expect(ana.refusals).toEqual([
      'the vote open is on decision 1, not decision 2',
      'there is no option 4: this decision has 3',
      'there is no option 0: this decision has 3',
      'the vote has closed',
    ]);
    expect(tallyAt(tutor)).toMatchObject({ counts: [0, 1, 0], voters: 1 });
  });

  it('refuses a vote before any vote is open, and from a phone that has not joined', () => {
    const { hub, peer, say } = startHub();
    const created = hub.createClass('late-supplier', 1);
    const stranger = peer();
    say(stranger, { type: 'vote', decision: 0, option: 0 });
    say(stranger, { type: 'join', code: created.code });
    say(stranger, { type: 'vote', decision: 0, option: 0 });
    expect(stranger.refusals).toEqual(['join a class before voting', 'no vote is open']);
  });

  it('refuses a wrong or unknown class code', () => {
    const { peer, say } = classWithVote();
    const phone = peer();
    say(phone, { type: 'join', code: 'ZZZZZZ' });
    say(phone, { type: 'join', code: ' abc-99 ' });
    expect(phone.refusals).toEqual([
      'that class code is not open (check it, or ask your tutor)',
      'that class code is not open (check it, or ask your tutor)',
    ]);
  });

  it('lets only the holder of the tutor token open, close, confirm or end', () => {
    const { created, token, learner, peer, say } = classWithVote();
    const ana = learner();
    const forged = 'x'.repeat(32);
    say(ana, { type: 'open', token: forged, shown: shown(1) });
    say(ana, { type: 'close', token });
    say(ana, { type: 'confirm', token, record: record(0, 0), consequence });
    say(ana, { type: 'end', token });
    const impostor = peer();
    say(impostor, { type: 'tutor-hello', code: created.code, token: forged });
    say(impostor, { type: 'close', token: forged });
    expect(ana.refusals).toEqual(Array(4).fill('only the tutor can do that'));
    expect(impostor.refusals).toEqual([
      'no class with that code and tutor token',
      'only the tutor can do that',
    ]);
    expect(ana.last('closed')).toBeUndefined();
  });

  it('refuses a close when no vote is open', () => {
    const { tutor, token, say } = classWithVote();
    say(tutor, { type: 'confirm', token, record: record(0, 1), consequence });
    say(tutor, { type: 'close', token });
    expect(tutor.refusals).toEqual(['no vote is open']);
  });

  it('refuses a phone when the class is full, but lets a learner who joined come back', () => {
    const { created, learner, peer, say } = classWithVote({ maxLearners: 2 });
    const ana = learner();
    learner();
    const third = learner();
    expect(third.refusals).toEqual(['the class is full (2 phones have joined)']);
    const again = peer();
    say(again, {
      type: 'join',
      code: created.code,
      learnerToken: ana.last('joined')?.['learnerToken'],
    });
    expect(again.last('joined')).toBeDefined();
  });

  it('refuses malformed and oversized messages with a reason, logs them and carries on', () => {
    const { tutor, learner, logged, say } = classWithVote();
    const ana = learner();
    say(ana, 'not json');
    say(ana, '[]');
    say(ana, { type: 'shout' });
    say(ana, { type: 'vote', decision: 'first', option: 0 });
    say(ana, { type: 'vote', decision: 0, option: 1.5 });
    say(ana, { type: 'join', code: 'ABCDEF', name: 'x'.repeat(41) });
    say(
      ana,
      JSON.stringify({ type: 'vote', decision: 0, option: 0, pad: 'x'.repeat(MAX_MESSAGE_BYTES) }),
    );
    say(ana, '');
    const reasons = ana.refusals;
    expect(reasons).toHaveLength(8);
    expect(reasons[0]).toBe('the message is not JSON');
    expect(reasons.slice(1, 6).every((r) => r.startsWith('the message does not fit'))).toBe(true);
    expect(reasons[6]).toBe('the message is too large');
    expect(logged.filter((m) => m.startsWith('classroom: refused'))).toHaveLength(8);
    say(ana, { type: 'vote', decision: 0, option: 0 });
    expect(tallyAt(tutor)).toMatchObject({ counts: [1, 0, 0] });
  });

  it('refuses a burst beyond the rate limit, and closes a connection that keeps on', () => {
    const server = startHub({ burst: 5, perSecond: 1 });
    const created = server.hub.createClass('late-supplier', 1);
    const phone = server.peer();
    for (let i = 0; i < 8; i += 1) server.say(phone, { type: 'join', code: created.code });
    expect(phone.refusals).toEqual(Array(3).fill('too many messages: slow down'));
    clock += 2000;
    server.say(phone, { type: 'join', code: created.code });
    expect(phone.refusals).toHaveLength(3);
    for (let i = 0; i < 120; i += 1) server.say(phone, 'spam');
    expect(phone.closed).toBe(true);
  });

  it('refuses the code once the class has ended or expired', () => {
    const { hub, created, tutor, token, peer, say } = classWithVote({ lifetimeMs: 60_000 });
    say(tutor, { type: 'end', token });
    const late = peer();
    say(late, { type: 'join', code: created.code });
    expect(late.refusals).toEqual(['that class code is not open (check it, or ask your tutor)']);
    const other = hub.createClass('late-supplier', 2);
    clock += 60_001;
    say(late, { type: 'join', code: other.code });
    say(late, { type: 'tutor-hello', code: other.code, token: other.tutorToken });
    expect(late.refusals.slice(1)).toEqual([
      'that class code is not open (check it, or ask your tutor)',
      'no class with that code and tutor token',
    ]);
  });

  it('never tells learners each other’s names', () => {
    const { learner, say, tutor } = classWithVote();
    const ana = learner('Ana Secret');
    const ben = learner('Ben Hidden');
    say(ana, { type: 'vote', decision: 0, option: 1 });
    const told = JSON.stringify([ana.sent, ben.sent, tutor.sent]);
    expect(told).not.toContain('Ana Secret');
    expect(told).not.toContain('Ben Hidden');
  });

  it('tells learners the consequence and the end', () => {
    const { tutor, token, learner, say } = classWithVote();
    const ana = learner();
    say(tutor, { type: 'close', token });
    say(tutor, {
      type: 'confirm',
      token,
      record: record(0, 1),
      consequence: { ...consequence, scores: [{ name: 'Ownership', words: 'Strong' }] },
    });
    say(tutor, { type: 'end', token });
    expect(ana.sent.map((m) => m.type)).toEqual([
      'ping',
      'joined',
      'closed',
      'consequence',
      'ended',
    ]);
  });
});

describe('the classroom hub’s heartbeat', () => {
  const heartbeat = { everyMs: 1000, lostAfterMs: 2500 };

  it('pings every connection with the window, and keeps one that answers', () => {
    const { hub, learner, tutor, say, logged } = classWithVote({ heartbeat });
    const ana = learner();
    for (let beat = 0; beat < 6; beat += 1) {
      clock += heartbeat.everyMs;
      hub.heartbeat();
      say(ana, { type: 'pong' });
      say(tutor, { type: 'pong' });
    }
    // One as it connected (the browser learns its window at once), one a beat.
    expect(ana.sent[0]).toEqual({ type: 'ping', lostAfterMs: 2500 });
    expect(ana.sent.filter((m) => m.type === 'ping')).toHaveLength(7);
    expect(ana.last('ping')).toEqual({ type: 'ping', lostAfterMs: 2500 });
    expect([ana.terminated, tutor.terminated]).toEqual([false, false]);
    expect(ana.refusals).toEqual([]);
    expect(hub.connections).toBe(2);
    expect(logged.filter((m) => m.includes('dropped'))).toEqual([]);
  });

  it('counts any message as a sign of life, not only a pong', () => {
    const { hub, learner, say } = classWithVote({ heartbeat });
    const ana = learner();
    for (let beat = 0; beat < 4; beat += 1) {
      clock += heartbeat.everyMs;
      hub.heartbeat();
      say(ana, { type: 'vote', decision: 0, option: beat % 3 });
    }
    expect(ana.terminated).toBe(false);
  });

  it('drops a connection silent for longer than the window, without waiting for a close', () => {
    const { hub, learner, tutor, token, say, logged } = classWithVote({ heartbeat });
    const ana = learner();
    const ben = learner();
    say(ana, { type: 'vote', decision: 0, option: 1 });
    for (let beat = 0; beat < 3; beat += 1) {
      clock += heartbeat.everyMs;
      hub.heartbeat();
      say(tutor, { type: 'pong' });
      say(ben, { type: 'pong' });
    }
    // 3 s after Ana's vote: she is dropped; Ben and the tutor answered and stay.
    expect(ana.terminated).toBe(true);
    expect([ben.terminated, tutor.terminated]).toEqual([false, false]);
    expect(logged).toContain('classroom: dropped a connection silent for 3000 ms');
    expect(hub.connections).toBe(2);
    // Nothing more reaches the dropped connection, and what it might still send is ignored.
    const told = ana.sent.length;
    say(tutor, { type: 'close', token });
    say(ana, { type: 'vote', decision: 0, option: 2 });
    expect(ana.sent).toHaveLength(told);
    // Her vote was stored before she went quiet: it still counts.
    expect(tallyAt(tutor)).toMatchObject({ counts: [0, 1, 0] });
  });

  it('drops nobody at a beat that comes late after a pause, and judges at the next on time', () => {
    const { hub, learner, tutor, say, logged } = classWithVote({ heartbeat });
    const ana = learner();
    const ben = learner();
    const beat = (ms: number) => {
      clock += ms;
      hub.heartbeat();
    };
    beat(heartbeat.everyMs);
    for (const peer of [ana, ben, tutor]) say(peer, { type: 'pong' });
    // The laptop slept for a minute: their answers to the pings since may still be unread.
    beat(60_000);
    expect([ana.terminated, ben.terminated, tutor.terminated]).toEqual([false, false, false]);
    expect(ana.last('ping')).toEqual({ type: 'ping', lostAfterMs: 2500 });
    expect(logged).toContain('classroom: heartbeat 60000 ms after the last, drops none');
    // Ana and the tutor answer the ping sent after the pause; Ben never does.
    say(ana, { type: 'pong' });
    say(tutor, { type: 'pong' });
    beat(heartbeat.everyMs);
    expect([ana.terminated, ben.terminated, tutor.terminated]).toEqual([false, true, false]);
  });

  it('keeps an old client that answers only the protocol ping, as every browser does', () => {
    const { hub, learner, say } = classWithVote({ heartbeat });
    const old = learner();
    const silent = learner();
    for (let beat = 0; beat < 4; beat += 1) {
      clock += heartbeat.everyMs;
      hub.heartbeat();
      hub.heard(old);
    }
    expect(old.pinged).toBe(4);
    expect([old.terminated, silent.terminated]).toEqual([false, true]);
    say(old, { type: 'vote', decision: 0, option: 1 });
    expect(old.last('voted')).toMatchObject({ option: 1 });
  });

  it('refuses a heartbeat that would drop every link, saying why', () => {
    expect(() => startHub({ heartbeat: { everyMs: 25_000, lostAfterMs: 25_000 } })).toThrow(
      'classroom heartbeat: a ping every 25000 ms must fit twice in the 25000 ms window',
    );
    expect(() => startHub({ heartbeat: { everyMs: 0, lostAfterMs: 25_000 } })).toThrow(
      /ping every 0 ms/,
    );
    expect(() => startHub({ heartbeat: { everyMs: 100, lostAfterMs: 300 } })).toThrow(
      'classroom heartbeat: the 300 ms window must be within 500-120000 ms',
    );
  });

  it('lets a learner dropped for silence join again with the vote kept', () => {
    const { hub, learner, peer, say, created } = classWithVote({ heartbeat });
    const ana = learner();
    say(ana, { type: 'vote', decision: 0, option: 2 });
    const learnerToken = String(ana.last('joined')?.['learnerToken']);
    clock += 3000;
    hub.heartbeat();
    expect(ana.terminated).toBe(true);
    const again = peer();
    say(again, { type: 'join', code: created.code, learnerToken });
    expect(again.last('joined')).toMatchObject({ open: true, yourVote: 2 });
  });

  it('takes a pong quietly, and refuses a ping: only the server pings', () => {
    const { learner, say } = classWithVote({ heartbeat });
    const ana = learner();
    say(ana, { type: 'pong' });
    expect(ana.sent.map((m) => m.type)).toEqual(['ping', 'joined']);
    say(ana, { type: 'ping' });
    expect(ana.refusals).toHaveLength(1);
    expect(ana.refusals[0]).toMatch(/^the message does not fit/);
  });
});

describe('the classroom hub after a restart', () => {
  it('carries on from SQLite: the class, the open vote with its votes, learners and records', () => {
    const first = classWithVote();
    const { created, token } = first;
    const ana = first.learner('Ana');
    const ben = first.learner();
    first.say(ana, { type: 'vote', decision: 0, option: 2 });
    first.say(ben, { type: 'vote', decision: 0, option: 1 });
    const anaToken = ana.last('joined')?.['learnerToken'];

    // The process dies; a new hub opens the same database file.
    const second = startHub();
    const tutor = second.peer();
    second.say(tutor, { type: 'tutor-hello', code: created.code, token });
    expect(tutor.last('class')).toMatchObject({
      code: created.code,
      counts: [0, 1, 1],
      voters: 2,
      learners: 2,
      decision: 0,
      state: { scenarioId: 'late-supplier', seed: 42, ballot: { decision: 0, open: true } },
    });
    const phone = second.peer();
    second.say(phone, { type: 'join', code: created.code, learnerToken: anaToken });
    expect(phone.last('joined')).toMatchObject({ open: true, yourVote: 2, learnerToken: anaToken });
    second.say(phone, { type: 'vote', decision: 0, option: 0 });
    expect(tallyAt(tutor)).toMatchObject({ counts: [1, 1, 0], voters: 2 });

    second.say(tutor, { type: 'close', token });
    second.say(tutor, { type: 'confirm', token, record: record(0, 0), consequence });
    const third = startHub();
    const again = third.peer();
    third.say(again, { type: 'tutor-hello', code: created.code, token });
    expect(again.last('class')).toMatchObject({
      state: { records: [record(0, 0)], ballot: null },
    });
  });

  it('forgets a class that ended', () => {
    const first = classWithVote();
    first.say(first.tutor, { type: 'end', token: first.token });
    const second = startHub();
    const phone = second.peer();
    second.say(phone, { type: 'join', code: first.created.code });
    expect(phone.refusals).toEqual(['that class code is not open (check it, or ask your tutor)']);
  });
});
