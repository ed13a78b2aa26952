/**
 * Work that can wait for the browser's idle time: code loaded ahead of need,
 * the report's search a slice at a time, the stage's picture after a choice's
 * line. One place decides how, so every piece of deferred work, in src/ui and
 * src/stage alike, yields to a learner's key press the same way (issue 17:
 * first choice usable, choice latency).
 */

/** What an idle period has left: as the browser's IdleDeadline says. */
export interface IdleTime {
  /** Milliseconds of the idle period left (unbounded where the browser cannot say). */
  timeRemaining(): number;
}

export interface IdleOptions {
  /** Run by this many milliseconds after asking, even if the browser is never idle. */
  readonly timeout: number;
  /** Wait this many milliseconds before asking for idle time at all. */
  readonly delay?: number;
}

/** Stops work not yet run; nothing happens if it has run (or been cancelled) already. */
export type Cancel = () => void;

/** Where the browser has no idle callbacks (Safari before 2025): a zero timeout, with no bound. */
const UNBOUNDED: IdleTime = { timeRemaining: () => Infinity };

/** Run `work` once in the browser's idle time, at the latest `timeout` ms after asking. */
export function whenIdle(work: (idle: IdleTime) => void, options: IdleOptions): Cancel {
  let cancel: Cancel;
  const ask = (): void => {
    // Looked up on each call, not at load, so a test can stand in for the browser.
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(work, { timeout: options.timeout });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => work(UNBOUNDED), 0);
      cancel = () => clearTimeout(id);
    }
  };
  if (options.delay === undefined) ask();
  else {
    const id = setTimeout(ask, options.delay);
    cancel = () => clearTimeout(id);
  }
  return () => cancel();
}

/** Resolves in the browser's idle time, at the latest `timeout` ms from now. */
export const idle = (timeout: number): Promise<void> =>
  new Promise((resolve) => {
    whenIdle(() => resolve(), { timeout });
  });
