/**
 * Work the first screen does not need (the canvas stage with Phaser, sound,
 * the offline worker) waits until that screen has been on show a moment: on a
 * slow machine its loading and evaluating would otherwise take the main
 * thread just when a learner presses 1 (issue 17, "first choice usable").
 */
import { whenIdle } from '../../scheduling/idle-time.ts';

/** How long after the first screen the deferred work starts (then in idle time). */
const DEFER_MS = 1000;

let shown: () => void = () => undefined;
const settled = new Promise<void>((resolve) => {
  shown = resolve;
});
let noted = false;

/** Resolves a moment after the first screen (a scenario's first choice, or the menu) is shown. */
export const afterFirstScreen = (): Promise<void> => settled;

/** The first screen is on show: deferred work starts after DEFER_MS, in idle time if it can. */
export function firstScreenShown(): void {
  if (noted) return;
  noted = true;
  whenIdle(() => shown(), { delay: DEFER_MS, timeout: DEFER_MS });
}
