/**
 * Work that can wait for a learner's first press, but not for ever: the app's start over a
 * scenario page's first screen (src/main.ts). That screen takes a press without the app, so
 * the app's start need not take the main thread at the moment its options appear, when a quick
 * press is most likely (issue 17, first choice usable).
 */

/** Resolves in a task after the browser's next paint: what the page has just changed is on screen. */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** What counts as a press: a key, or a click (a tap, or a screen reader's activation, which sends no key). */
const PRESSES = ['keydown', 'click'] as const;

/**
 * Resolves after the first key press or click on `target`, once the frame that shows the page's
 * own answer to it has painted, or after `timeout` ms, whichever comes first.
 */
export function untilFirstPress(target: EventTarget, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    const heard = new AbortController();
    const timer = setTimeout(() => {
      heard.abort();
      resolve();
    }, timeout);
    const onPress = (): void => {
      heard.abort();
      clearTimeout(timer);
      // Heard first (capture), before the page's own listeners answer the press: its work waits
      // for their answer to be painted, not just for them to run.
      void afterNextPaint().then(resolve);
    };
    for (const type of PRESSES)
      target.addEventListener(type, onPress, {
        capture: true,
        passive: true,
        signal: heard.signal,
      });
  });
}
