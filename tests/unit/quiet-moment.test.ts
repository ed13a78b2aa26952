/**
 * Quiet moments (src/scheduling/quiet-moment.ts) against a stand-in browser on fake timers:
 * a frame every 16 ms, idle callbacks as soon as asked, a document that hears key presses,
 * and input the browser may say is pending.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as QuietMomentModule from '../../src/scheduling/quiet-moment.ts';

type QuietMoment = typeof QuietMomentModule;

let pending = false;
const page = new EventTarget();

/** The module afresh (it keeps its waiting jobs), in a stand-in browser. */
async function fresh(): Promise<QuietMoment> {
  vi.resetModules();
  vi.stubGlobal('document', page);
  vi.stubGlobal('navigator', { scheduling: { isInputPending: () => pending } });
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => setTimeout(frame, 16));
  vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
  vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  return import('../../src/scheduling/quiet-moment.ts');
}

const press = (): void => {
  page.dispatchEvent(new Event('keydown'));
};

beforeEach(() => {
  vi.useFakeTimers();
  pending = false;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('quiet moments', () => {
  it('come just after a choice is painted, one job each, first come first served', async () => {
    const { quietMoment, choiceShown } = await fresh();
    press();
    const order: string[] = [];
    void quietMoment().then(() => order.push('first'));
    void quietMoment().then(() => order.push('second'));
    choiceShown();
    await vi.advanceTimersByTimeAsync(20);
    expect(order).toEqual(['first']);
    press();
    choiceShown();
    await vi.advanceTimersByTimeAsync(20);
    expect(order).toEqual(['first', 'second']);
  });

  it('come in idle time once nothing has been pressed for a second', async () => {
    const { quietMoment } = await fresh();
    press();
    const done = vi.fn();
    void quietMoment().then(done);
    await vi.advanceTimersByTimeAsync(600);
    press();
    await vi.advanceTimersByTimeAsync(900);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toHaveBeenCalledOnce();
  });

  it('wait while the browser holds input the page has not seen', async () => {
    const { quietMoment } = await fresh();
    pending = true;
    const done = vi.fn();
    void quietMoment().then(done);
    await vi.advanceTimersByTimeAsync(3000);
    expect(done).not.toHaveBeenCalled();
    pending = false;
    await vi.advanceTimersByTimeAsync(1100);
    expect(done).toHaveBeenCalledOnce();
  });
});
