/**
 * The classroom connection a phone and the projector keep (class-link.ts),
 * over a fake socket and fake timers: pings are answered, a connection that
 * closes or goes silent is counted lost and tried again, the window is the
 * one the server announced, and a stopped link stays stopped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT, lostAfterFrom } from '../../src/sim/classroom/class-heartbeat.ts';
import { keepLinked, type LinkHandlers } from '../../src/ui/classroom/class-link.ts';
import { FakeSocket } from './fake-class-socket.ts';

let sockets: FakeSocket[];
let events: string[];
const handlers: LinkHandlers = {
  opened: () => events.push('opened'),
  received: (message) => events.push(`received ${message.type}`),
  lost: () => events.push('lost'),
};
const link = (options: { lostAfterMs?: number } = {}) =>
  keepLinked(handlers, {
    ...options,
    open: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  });

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  events = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the classroom link', () => {
  it('answers each ping with a pong and passes everything else on', () => {
    const kept = link();
    sockets[0]!.opens();
    sockets[0]!.receives({ type: 'ping', lostAfterMs: 25_000 });
    sockets[0]!.receives({ type: 'joined' });
    expect(sockets[0]!.sent).toEqual([{ type: 'pong' }]);
    expect(events).toEqual(['opened', 'received joined']);
    expect(kept.send({ type: 'vote' })).toBe(true);
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'vote' });
  });

  it('stays up while the server keeps talking, for as long as it does', () => {
    link();
    sockets[0]!.opens();
    for (let beat = 0; beat < 20; beat += 1) {
      vi.advanceTimersByTime(HEARTBEAT.everyMs);
      sockets[0]!.receives({ type: 'ping', lostAfterMs: HEARTBEAT.lostAfterMs });
    }
    expect(events).toEqual(['opened']);
    expect(sockets).toHaveLength(1);
  });

  it('counts a silent connection lost after the window, even though it never closed', () => {
    const kept = link();
    sockets[0]!.opens();
    vi.advanceTimersByTime(HEARTBEAT.lostAfterMs - 1);
    expect(events).toEqual(['opened']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['opened', 'lost']);
    expect(sockets[0]!.closedWith).toBe(4000);
    expect(kept.send({ type: 'vote' })).toBe(false);
    // A new connection a second later; the old one's late close changes nothing.
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
    sockets[0]!.closes();
    sockets[0]!.receives({ type: 'decision' });
    sockets[1]!.opens();
    expect(events).toEqual(['opened', 'lost', 'opened']);
    expect(kept.send({ type: 'vote' })).toBe(true);
    expect(sockets[1]!.sent).toEqual([{ type: 'vote' }]);
  });

  it('uses the window the server announces in its pings', () => {
    link();
    sockets[0]!.opens();
    sockets[0]!.receives({ type: 'ping', lostAfterMs: 1000 });
    vi.advanceTimersByTime(999);
    expect(events).toEqual(['opened']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['opened', 'lost']);
  });

  it('gives up on a connection that never opens after the same window', () => {
    link({ lostAfterMs: 3000 });
    vi.advanceTimersByTime(3000);
    expect(events).toEqual(['lost']);
    expect(sockets[0]!.closedWith).toBe(4000);
    vi.advanceTimersByTime(1000);
    sockets[1]!.opens();
    expect(events).toEqual(['lost', 'opened']);
  });

  it('tries again every second while the server is down, and says lost each time', () => {
    link();
    sockets[0]!.opens();
    sockets[0]!.closes();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      vi.advanceTimersByTime(1000);
      expect(sockets).toHaveLength(attempt + 1);
      sockets[attempt]!.closes();
    }
    expect(events).toEqual(['opened', 'lost', 'lost', 'lost', 'lost']);
  });

  it('stops for good: no loss reported, no new connection, no timer left', () => {
    const kept = link();
    sockets[0]!.opens();
    kept.stop();
    expect(sockets[0]!.closedWith).toBeUndefined();
    sockets[0]!.closes();
    vi.advanceTimersByTime(10 * HEARTBEAT.lostAfterMs);
    expect(events).toEqual(['opened']);
    expect(sockets).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the window a browser takes from a ping', () => {
  it('is the server’s, within half a second and two minutes; anything else keeps the current', () => {
    expect(lostAfterFrom(1000, 25_000)).toBe(1000);
    expect(lostAfterFrom(10, 25_000)).toBe(500);
    expect(lostAfterFrom(10_000_000, 25_000)).toBe(120_000);
    expect(lostAfterFrom('1000', 25_000)).toBe(25_000);
    expect(lostAfterFrom(Number.NaN, 25_000)).toBe(25_000);
    expect(lostAfterFrom(undefined, 25_000)).toBe(25_000);
  });
});
