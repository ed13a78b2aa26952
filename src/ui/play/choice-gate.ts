/**
 * Which presses and clicks may answer a decision. An input belongs to the
 * decision it was shown for: once that decision is answered, anything still
 * aimed at it is ignored. A decision also takes no answer until it has been
 * on screen for SETTLE_MS, less than anyone needs to read it but longer than
 * the gap inside a double-click, a double tap or a bouncing key; and a held
 * key's auto-repeat and the second click of a double-click never count.
 * Pure: the caller passes the clock.
 */

/** How long a new decision waits before it accepts an answer, in milliseconds. */
export const SETTLE_MS = 300;

export interface ChoiceInput {
  /** The decision (count of choices made before it) the input was aimed at. */
  readonly decision: number;
  readonly now: number;
  /** A key held down (KeyboardEvent.repeat). */
  readonly repeat?: boolean;
  /** MouseEvent.detail: 2 or more for the later clicks of a double-click; 0 for a key. */
  readonly clicks?: number;
}

export class ChoiceGate {
  private decision = -1;
  private shownAt = Number.NEGATIVE_INFINITY;

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

  accepts(input: ChoiceInput): boolean {
    if (input.decision !== this.decision) return false;
    if (input.repeat === true) return false;
    if ((input.clicks ?? 1) > 1) return false;
    return input.now >= this.readyAt;
  }
}
