/**
 * The one helper for work that waits for idle time (src/scheduling/idle-time.ts), against a
 * stand-in browser on fake timers: the browser is busy until `idleAt` ms, then idle for
 * IDLE_PERIOD_MS at a time, and an idle callback asked with a timeout runs by then regardless.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestAfterPaint, whenIdleAfterPaint } from '../../src/scheduling/after-paint.ts';
import { idle, whenIdle, type IdleTime } from '../../src/scheduling/idle-time.ts';

const IDLE_PERIOD_MS = 50;

/** A browser with idle callbacks, busy for the first `idleAt` ms of the test. */
function browserBusyUntil(idleAt: number): void {
  const start = Date.now();
  vi.stubGlobal(
    'requestIdleCallback',
    (
      work: (idle: IdleTime & { didTimeout: boolean }) => void,
      { timeout }: { timeout: number },
    ) => {
      const idleIn = Math.max(start + idleAt - Date.now(), 0);
      const timedOut = idleIn > timeout;
      return setTimeout(
        () => work({ didTimeout: timedOut, timeRemaining: () => (timedOut ? 0 : IDLE_PERIOD_MS) }),
        Math.min(idleIn, timeout),
      );
    },
  );
  vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
}

/** A browser without idle callbacks (Safari before 2025). */
function browserWithoutIdleCallbacks(): void {
  vi.stubGlobal('requestIdleCallback', undefined);
  vi.stubGlobal('cancelIdleCallback', undefined);
}

/** The browser paints its next frame this many ms after a frame is asked for. */
const FRAME_MS = 16;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, FRAME_MS));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('work that waits for idle time', () => {
  it('runs when the browser is next idle, told how long the idle period has left', () => {
    browserBusyUntil(300);
    const work = vi.fn();
    whenIdle(work, { timeout: 2000 });
    vi.advanceTimersByTime(299);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
    const [time] = work.mock.calls[0] as [IdleTime];
    expect(time.timeRemaining()).toBe(IDLE_PERIOD_MS);
  });

  it('runs by its timeout on a browser that is never idle, with no idle time left', () => {
    browserBusyUntil(Infinity);
    const work = vi.fn();
    whenIdle(work, { timeout: 50 });
    vi.advanceTimersByTime(49);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
    const [time] = work.mock.calls[0] as [IdleTime];
    expect(time.timeRemaining()).toBe(0);
  });

  it('with a delay, asks for idle time only once the delay has passed', () => {
    browserBusyUntil(1200);
    const asked = vi.spyOn(globalThis, 'requestIdleCallback');
    const work = vi.fn();
    whenIdle(work, { delay: 1000, timeout: 1000 });
    vi.advanceTimersByTime(999);
    expect(asked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(asked).toHaveBeenCalledWith(expect.any(Function), { timeout: 1000 });
    vi.advanceTimersByTime(199);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });

  it('with a delay on a busy browser, runs at the latest the delay and the timeout after asking', () => {
    browserBusyUntil(Infinity);
    const work = vi.fn();
    whenIdle(work, { delay: 1000, timeout: 1000 });
    vi.advanceTimersByTime(1999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled while it waits for idle time', () => {
    browserBusyUntil(300);
    const work = vi.fn();
    const cancel = whenIdle(work, { timeout: 2000 });
    vi.advanceTimersByTime(100);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(work).not.toHaveBeenCalled();
  });

  it('never runs once cancelled during its delay, and never asks for idle time', () => {
    browserBusyUntil(0);
    const asked = vi.spyOn(globalThis, 'requestIdleCallback');
    const work = vi.fn();
    const cancel = whenIdle(work, { delay: 1000, timeout: 1000 });
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(asked).not.toHaveBeenCalled();
    expect(work).not.toHaveBeenCalled();
  });

  it('cancelled after it has run, nothing happens', () => {
    browserBusyUntil(0);
    const work = vi.fn();
    const cancel = whenIdle(work, { timeout: 50 });
    vi.advanceTimersByTime(0);
    expect(() => cancel()).not.toThrow();
    expect(work).toHaveBeenCalledOnce();
  });

  it('without idle callbacks, runs after a zero timeout, its time bounded only by the caller', () => {
    browserWithoutIdleCallbacks();
    const work = vi.fn();
    whenIdle(work, { timeout: 2000 });
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
    const [time] = work.mock.calls[0] as [IdleTime];
    expect(time.timeRemaining()).toBe(Infinity);
  });

  it('without idle callbacks, can still be cancelled', () => {
    browserWithoutIdleCallbacks();
    const work = vi.fn();
    whenIdle(work, { timeout: 2000 })();
    vi.advanceTimersByTime(100);
    expect(work).not.toHaveBeenCalled();
  });

  it('as a promise, settles in idle time', async () => {
    browserBusyUntil(300);
    let settled = false;
    void idle(2000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});

describe('work that waits for the next paint, then idle time', () => {
  it('runs only once the next frame is painted and the browser is then idle', () => {
    browserBusyUntil(FRAME_MS + 30);
    const work = vi.fn();
    whenIdleAfterPaint(work, { timeout: 150 });
    vi.advanceTimersByTime(FRAME_MS + 29);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs by its timeout after the paint on a browser that is never idle', () => {
    browserBusyUntil(Infinity);
    const work = vi.fn();
    whenIdleAfterPaint(work, { timeout: 150 });
    vi.advanceTimersByTime(FRAME_MS + 149);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, before the paint or while it waits for idle time', () => {
    browserBusyUntil(100);
    const beforePaint = vi.fn();
    const afterPaint = vi.fn();
    whenIdleAfterPaint(beforePaint, { timeout: 150 })();
    const cancel = whenIdleAfterPaint(afterPaint, { timeout: 150 });
    vi.advanceTimersByTime(FRAME_MS + 10);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(beforePaint).not.toHaveBeenCalled();
    expect(afterPaint).not.toHaveBeenCalled();
  });
});

describe('the latest of a run of jobs, after the paint (the stage after each choice)', () => {
  it('runs only the latest job given before its turn, once', () => {
    browserBusyUntil(0);
    const later = latestAfterPaint({ timeout: 150 });
    const overtaken = vi.fn();
    const latest = vi.fn();
    later.run(overtaken);
    vi.advanceTimersByTime(FRAME_MS - 1);
    later.run(latest);
    vi.advanceTimersByTime(1000);
    expect(overtaken).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
  });

  it('a job given once the last has run waits for the next paint of its own', () => {
    browserBusyUntil(0);
    const later = latestAfterPaint({ timeout: 150 });
    const first = vi.fn();
    later.run(first);
    vi.advanceTimersByTime(100);
    expect(first).toHaveBeenCalledOnce();
    const next = vi.fn();
    later.run(next);
    vi.advanceTimersByTime(FRAME_MS - 1);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(next).toHaveBeenCalledOnce();
  });

  it('cancelled, drops the job not yet run, and runs the next one given', () => {
    browserBusyUntil(0);
    const later = latestAfterPaint({ timeout: 150 });
    const dropped = vi.fn();
    later.run(dropped);
    later.cancel();
    vi.advanceTimersByTime(1000);
    expect(dropped).not.toHaveBeenCalled();
    const next = vi.fn();
    later.run(next);
    vi.advanceTimersByTime(100);
    expect(next).toHaveBeenCalledOnce();
  });
});
