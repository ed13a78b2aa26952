/**
 * A pause between two steps of the app's start (src/scheduling/yield-to-input.ts): the steps
 * after it run in a later task, so input the browser holds is handled between them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToInput } from '../../src/scheduling/yield-to-input.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('yieldToInput', () => {
  it("uses the browser's scheduler.yield where it has one", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToInput();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('elsewhere resolves in a task of its own: after the microtasks and a task queued before it', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    // A task queued first (as a key press the browser holds): it runs before the work resumes.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      order.push('task queued before');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
    const resumed = yieldToInput().then(() => order.push('resumed'));
    void Promise.resolve().then(() => order.push('microtask'));
    await resumed;
    expect(order).toEqual(['microtask', 'task queued before', 'resumed']);
  });
});
