// @vitest-environment happy-dom
/**
 * A learner's phone (src/ui/classroom/learner-view.ts) over a fake socket and fake timers:
 * while the server is down the phone says so once and leaves its choices alone (a screen
 * reader is not told again every second, a tap is not lost to a rebuild), and a vote sent
 * but not confirmed when the link dies is kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LearnerView } from '../../src/ui/classroom/learner-view.ts';
import { FakeSocket } from './fake-class-socket.ts';

let sockets: FakeSocket[];
beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

const shown = {
  decision: 0,
  lines: [{ speaker: 'Mrs Okafor', text: 'Where is my sofa?', kind: 'line' }],
  options: [0, 1, 2].map((index) => ({ index, text: `Option ${index}` })),
};

/** A phone that has joined a class whose first vote is open. */
function joinedPhone() {
  const view = new LearnerView(localStorage, 'ABC123', {
    open: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  });
  document.body.replaceChildren(view.element);
  view.element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  const socket = sockets[0]!;
  socket.opens();
  socket.receives({
    type: 'joined',
    learnerToken: 'token',
    shown,
    open: true,
    yourVote: null,
    consequence: null,
    ended: false,
  });
  const status = view.element.querySelector('[role="status"]')!;
  const option = (index: number) =>
    view.element.querySelector<HTMLButtonElement>(`.learner-choices [data-index="${index}"]`)!;
  return { view, socket, status, option };
}

describe('a learner’s phone while the server is down', () => {
  it('says it is reconnecting once, and does not rebuild its choices at each attempt', () => {
    const { status, option } = joinedPhone();
    sockets[0]!.closes();
    // A vote tapped while offline is kept, and shown as chosen.
    option(1).click();
    expect(status.textContent).toMatch(/Your vote for option 2 is kept on this phone/);
    const button = option(1);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.focus();
    const changes: string[] = [];
    new MutationObserver(() => changes.push(String(status.textContent))).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // Five attempts a second apart, each refused.
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      vi.advanceTimersByTime(1000);
      sockets[attempt]!.closes();
    }
    expect(sockets).toHaveLength(6);
    expect(button.isConnected).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(changes).toEqual([]);
  });

  it('keeps the later of two votes in flight when only the first was confirmed', () => {
    const { socket, status, option } = joinedPhone();
    option(0).click();
    option(1).click();
    expect(socket.sent.filter((m) => m.type === 'vote').map((m) => m['option'])).toEqual([0, 1]);
    socket.receives({ type: 'voted', decision: 0, option: 0 });
    // The link dies before the second is confirmed: it is kept, and sent on rejoin.
    socket.closes();
    expect(status.textContent).toMatch(/Your vote for option 2 is kept on this phone/);
    vi.advanceTimersByTime(1000);
    const again = sockets[1]!;
    again.opens();
    again.receives({
      type: 'joined',
      learnerToken: 'token',
      shown,
      open: true,
      yourVote: 0,
      consequence: null,
      ended: false,
    });
    expect(again.sent.at(-1)).toEqual({ type: 'vote', decision: 0, option: 1 });
  });

  it('stops its connection when the screen is left: no timers, no more attempts', () => {
    const { view, socket } = joinedPhone();
    socket.closes();
    expect(vi.getTimerCount()).toBe(1);
    view.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
  });
});
