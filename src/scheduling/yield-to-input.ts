/**
 * A pause between two steps of one piece of work, so that a key press the
 * browser holds is handled between them rather than after the whole (issue 17,
 * "first choice usable"): on a scenario page, the app's start and its takeover
 * of the page's first screen were one task of 30-50 ms with the CPU slowed 4×,
 * and a press made as the options appeared waited for all of it.
 *
 * Unlike a quiet moment (quiet-moment.ts) or idle time (idle-time.ts), the work
 * carries on at once: it only lets what is waiting, input first, go ahead.
 */

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a task of its own. With `scheduler.yield` (Chromium since 129) the work
 * carries on ahead of other waiting tasks but after input; elsewhere behind what is queued,
 * through a message (a zero timeout can be clamped to 4 ms or more).
 */
export function yieldToInput(): Promise<void> {
  // Looked up on each call, not at load, so a test can stand in for the browser.
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
