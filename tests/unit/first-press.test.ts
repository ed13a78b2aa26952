/**
 * The wait for a learner's first press (src/scheduling/first-press.ts), on fake timers with a
 * frame every 16 ms: the work it holds starts after a press has been answered and painted, or
 * after the timeout, once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { untilFirstPress } from '../../src/scheduling/first-press.ts';

let page: EventTarget;
let settled: boolean;

function waitOn(timeout: number): Promise<void> {
  settled = false;
  const waiting = untilFirstPress(page, timeout);
  void waiting.then(() => {
    settled = true;
  });
  return waiting;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 16));
  page = new EventTarget();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('untilFirstPress', () => {
  it('resolves after the timeout when nothing is pressed', async () => {
    void waitOn(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it.each(['keydown', 'click'])('resolves after a %s, once its frame has painted', async (type) => {
    void waitOn(1000);
    await vi.advanceTimersByTimeAsync(200);
    page.dispatchEvent(new Event(type));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(17);
    expect(settled).toBe(true);
  });

  it('does not hold up the listeners that answer the press', async () => {
    const order: string[] = [];
    const waiting = waitOn(1000).then(() => order.push('work'));
    page.addEventListener('keydown', () => order.push('page answers'));
    page.dispatchEvent(new Event('keydown'));
    order.push('event done');
    await vi.runAllTimersAsync();
    await waiting;
    expect(order).toEqual(['page answers', 'event done', 'work']);
  });

  it('leaves nothing behind once settled: no timer, and a later press schedules nothing', async () => {
    void waitOn(1000);
    page.dispatchEvent(new Event('click'));
    await vi.advanceTimersByTimeAsync(17);
    expect(settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    page.dispatchEvent(new Event('keydown'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after the timeout, a press schedules nothing', async () => {
    void waitOn(1000);
    await vi.advanceTimersByTimeAsync(1000);
    page.dispatchEvent(new Event('click'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores events that are not presses', async () => {
    void waitOn(1000);
    page.dispatchEvent(new Event('pointermove'));
    page.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).toBe(false);
  });
});
