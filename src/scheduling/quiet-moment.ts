/**
 * Heavy one-off work that cannot be cut into slices (evaluating Phaser's chunk,
 * booting the stage, starting Web Audio) waits for a moment when a learner is
 * not pressing keys (issue 17, choice latency): a key press that met such a
 * task waited for all of it, 100-460 ms with the CPU slowed 4×.
 *
 * The best moment is just after a choice's line has painted: the new options
 * then settle for SETTLE_MS (src/ui/play/choice-gate.ts), and a press in that
 * time is not taken anyway. Without choices (a learner reading, the menu), the
 * work goes ahead in idle time once no input has come for QUIET_MS and none is
 * pending. One job per moment, first come first served.
 *
 * Built on idle-time.ts's whenIdle, as the other deferred work is.
 */
import { whenIdle } from './idle-time.ts';

/** How long without a key press or pointer press before idle time counts as quiet, ms. */
const QUIET_MS = 1000;
/** The longest a quiet moment waits for idle time once due, ms. */
const IDLE_WAIT_MS = 200;

const waiting: (() => void)[] = [];
let lastInput = -Infinity;
let checking: ReturnType<typeof setTimeout> | undefined;

// Heard from the start, so presses made before the first job asks are counted too.
for (const type of ['keydown', 'pointerdown'])
  document.addEventListener(
    type,
    () => {
      lastInput = performance.now();
    },
    { capture: true, passive: true },
  );

/** Input the browser has and the page has not yet seen (Chromium only). */
function inputPending(): boolean {
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } })
    .scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/** In idle time, behind the tasks already queued. */
const inIdleTime = (then: () => void): void => {
  whenIdle(then, { timeout: IDLE_WAIT_MS });
};

function releaseOne(): void {
  waiting.shift()?.();
  if (waiting.length > 0) check();
}

/** With nothing chosen for QUIET_MS, the next job goes ahead in idle time. */
function check(): void {
  clearTimeout(checking);
  const wait = lastInput + QUIET_MS - performance.now();
  checking = setTimeout(
    () => {
      checking = undefined;
      if (waiting.length === 0) return;
      if (performance.now() - lastInput < QUIET_MS) return check();
      inIdleTime(() => {
        if (inputPending() || performance.now() - lastInput < QUIET_MS) check();
        else releaseOne();
      });
    },
    Math.max(0, wait),
  );
}

/** Resolves at the next quiet moment (see above). */
export function quietMoment(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (checking === undefined) check();
  });
}

/** A choice's line has just entered the page: the moment after its paint is a quiet one. */
export function choiceShown(): void {
  if (waiting.length === 0) return;
  // Idle time after the frame: behind the tasks that frame queued, the stage's drawing first.
  // (after-paint.ts's whenIdleAfterPaint, written out: it would cost the first screen bytes.)
  requestAnimationFrame(() => inIdleTime(releaseOne));
}
