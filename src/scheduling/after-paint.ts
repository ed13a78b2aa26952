/**
 * Work that waits for the browser's next paint, then for idle time: the
 * stage's picture after each choice (src/stage/stage.ts). A module of its own,
 * so it goes with the stage's chunk: the first screen's is at its byte limit.
 */
import { whenIdle, type Cancel, type IdleOptions, type IdleTime } from './idle-time.ts';

/** Run `work` in idle time after the browser's next paint, at the latest `timeout` ms after it. */
export function whenIdleAfterPaint(work: (idle: IdleTime) => void, options: IdleOptions): Cancel {
  let cancel: Cancel;
  const frame = requestAnimationFrame(() => {
    cancel = whenIdle(work, options);
  });
  cancel = () => cancelAnimationFrame(frame);
  return () => cancel();
}

/** Jobs of which only the latest given matters, each run by `whenIdleAfterPaint`. */
export interface LatestAfterPaint {
  /** Runs `job` after the next paint in idle time, in place of any job given before it that has not yet run. */
  run(job: () => void): void;
  /** Drops the job not yet run. */
  cancel(): void;
}

/**
 * The stage's picture after a choice: the choice's line is painted first, and
 * a picture overtaken by the next choice before its turn is never drawn.
 */
export function latestAfterPaint(options: IdleOptions): LatestAfterPaint {
  let job: (() => void) | null = null;
  let waiting: Cancel | undefined;
  return {
    run(next) {
      job = next;
      waiting ??= whenIdleAfterPaint(() => {
        waiting = undefined;
        const due = job;
        job = null;
        due?.();
      }, options);
    },
    cancel() {
      job = null;
      waiting?.();
      waiting = undefined;
    },
  };
}
