/**
 * Work cut into steps and run a slice at a time in idle time (the report's
 * search). A module of its own, so it goes with the report's chunk, not the
 * first screen's.
 */
import type { IdleTime } from './idle-time.ts';

/**
 * Work done in steps within one idle period, keeping the main thread at most
 * `sliceMs`: call `another()` after each step. It says whether one more step
 * as long as the longest so far still fits the slice and the idle period. A
 * check of the time spent alone let a step begin just before the end and run
 * past it (the report's search with the CPU slowed 4×: about a third of its
 * 8 ms slices overran; about a fifth still do, each one step that alone takes
 * longer; issue 17, choice latency).
 */
export function sliceOf(
  idle: IdleTime,
  sliceMs: number,
  now: () => number = () => performance.now(),
): { another(): boolean } {
  const start = now();
  let stepStart = start;
  let longestStep = 0;
  return {
    another() {
      const at = now();
      longestStep = Math.max(longestStep, at - stepStart);
      stepStart = at;
      return at - start + longestStep <= sliceMs && idle.timeRemaining() > longestStep + 1;
    },
  };
}
