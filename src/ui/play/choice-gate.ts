/**
 * Which presses and clicks may answer a decision. An input belongs to the
 * decision it was shown for: once that decision is answered, anything still
 * aimed at it is ignored. A decision also takes no answer until it has been
 * on screen for SETTLE_MS, less than anyone needs to read it but longer than
 * the gap inside a double-click, a double tap or a bouncing key; and a held
 * key's auto-repeat never counts.
 *
 * After that a learner's tap counts, even one the browser numbers as the
 * second click of a double-click: Chromium does so for a tap on the same spot
 * within about 400 ms (500 ms for a mouse), which is also where a learner who
 * knows the answer taps next. What tells the rest of a double-click (or a
 * triple-click) apart is its pace: each of its clicks follows the one before
 * at the same spot within MULTI_CLICK_GAP_MS, and every click is remembered,
 * so a third click that lands just after the wait is still known for what it
 * is; so is a click numbered 2+ when no option was clicked before it (its
 * first click went to something else, a menu's button, say). A click the
 * browser numbers 1, a click elsewhere or later and a key press are never
 * taken for part of one. Pure: the caller passes the clock.
 */

/** How long a new decision waits before it accepts an answer, in milliseconds. */
export const SETTLE_MS = 300;

/**
 * The widest gap between two clicks of one double-click the gate assumes, in
 * milliseconds: people double-click at 100 to 250 ms. A slower "double-click"
 * is taken as two taps, as a fast learner's are.
 */
export const MULTI_CLICK_GAP_MS = 250;

/** How far apart (CSS pixels) two clicks may be and still be one double-click (Chromium's tap slop). */
export const SAME_SPOT_PX = 24;

export interface ChoiceInput {
  /** The decision (count of choices made before it) the input was aimed at. */
  readonly decision: number;
  readonly now: number;
  /** A key held down (KeyboardEvent.repeat). */
  readonly repeat?: boolean;
  /** MouseEvent.detail: 2 or more for the later clicks of a double-click; 0 for a key. */
  readonly clicks?: number;
  /** Where a click landed (MouseEvent.clientX/Y); none for a key. */
  readonly at?: { readonly x: number; readonly y: number };
}

interface SeenClick {
  readonly now: number;
  readonly at: { readonly x: number; readonly y: number };
}

export class ChoiceGate {
  private decision = -1;
  private shownAt = Number.NEGATIVE_INFINITY;
  private lastClick: SeenClick | null = null;

  /** A decision is on screen (again: showing the same decision twice keeps its first time). */
  show(decision: number, now: number): void {
    if (decision === this.decision) return;
    this.decision = decision;
    this.shownAt = now;
  }

  /** When the current decision starts taking answers. */
  get readyAt(): number {
    return this.shownAt + SETTLE_MS;
  }

  /** Whether `input` answers the decision on screen. Every click is remembered, taken or not. */
  accepts(input: ChoiceInput): boolean {
    const continuesClicks = this.continuesClicks(input);
    if (input.at && (input.clicks ?? 0) > 0) this.lastClick = { now: input.now, at: input.at };
    if (input.decision !== this.decision) return false;
    if (input.repeat === true) return false;
    if (continuesClicks) return false;
    return input.now >= this.readyAt;
  }

  /** A later click of the double- or triple-click the last click seen began (or continued). */
  private continuesClicks(input: ChoiceInput): boolean {
    if ((input.clicks ?? 0) < 2) return false;
    const last = this.lastClick;
    // Its first click went to something other than an option (a menu's button, say).
    if (!last) return true;
    if (input.now - last.now >= MULTI_CLICK_GAP_MS) return false;
    return !input.at || Math.hypot(input.at.x - last.at.x, input.at.y - last.at.y) <= SAME_SPOT_PX;
  }
}
