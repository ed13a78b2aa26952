/**
 * The choice timer: where a scenario asks for one, a countdown of how long the
 * other person would be waiting. It never chooses for the learner (WCAG 2.2.1),
 * and the settings can hide it. Time comes from an injected ticker, as the
 * scenario clock's does from the story, so a test can drive it second by second.
 */
import { h } from '../shell/dom.ts';

/** Calls `tick` every `ms` milliseconds until the returned function is called. */
export interface Ticker {
  every(ms: number, tick: () => void): () => void;
}

const intervalTicker: Ticker = {
  every(ms, tick) {
    const handle = setInterval(tick, ms);
    return () => clearInterval(handle);
  },
};

/** What the timer says with `left` seconds to go. */
export function waitingWords(left: number): string {
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return left > 0
    ? `They are waiting for your answer: ${clock}`
    : "Time's up: in a live conversation they would still be waiting. Take the time you need.";
}

/** Counts one decision's seconds down to zero, a second at a time, then stops. */
export class ChoiceCountdown {
  private stopTicking: (() => void) | null = null;
  /** The decision (by path length) being timed, so a re-render does not restart it. */
  private decision: number | null = null;

  constructor(
    private readonly ticker: Ticker,
    private readonly show: (left: number) => void,
  ) {}

  get timing(): number | null {
    return this.decision;
  }

  /** Count `seconds` down for `decision`; the same decision again leaves the count running. */
  time(decision: number, seconds: number): void {
    if (this.decision === decision) return;
    this.stop();
    this.decision = decision;
    let left = seconds;
    this.show(left);
    if (left <= 0) return;
    this.stopTicking = this.ticker.every(1000, () => {
      left -= 1;
      this.show(left);
      if (left <= 0) this.halt();
    });
  }

  stop(): void {
    this.halt();
    this.decision = null;
  }

  private halt(): void {
    this.stopTicking?.();
    this.stopTicking = null;
  }
}

/** The timer's words and bar above the choices. */
export class ChoiceTimer {
  readonly element: HTMLElement;
  private readonly words: HTMLElement;
  private bar: HTMLProgressElement;
  /** The bar was drawn by the build for the decision first shown (see the constructor). */
  private drawnBar: boolean;
  private readonly countdown: ChoiceCountdown;

  /**
   * `drawn`: the timer the build drew on the page's first screen, adopted with its words and
   * bar, which the countdown of that first decision goes on with.
   */
  constructor(ticker: Ticker = intervalTicker, drawn?: HTMLElement) {
    this.element = drawn ?? h('div', { className: 'choice-timer', role: 'timer', hidden: true });
    this.words = drawn?.querySelector('span') ?? h('span', {});
    const bar = drawn?.querySelector('progress');
    this.drawnBar = Boolean(bar);
    this.bar = bar ?? h('progress', { 'aria-hidden': 'true' });
    this.countdown = new ChoiceCountdown(ticker, (left) => {
      this.words.textContent = waitingWords(left);
      this.bar.value = Math.max(0, left);
    });
  }

  /** Time `decision` for `seconds`, or hide the timer when `seconds` is null. */
  show(decision: number, seconds: number | null): void {
    if (seconds === null) {
      this.countdown.stop();
      this.element.hidden = true;
      return;
    }
    if (this.countdown.timing === decision) return;
    if (!this.drawnBar || this.bar.max !== seconds) {
      this.bar = h('progress', { max: seconds, value: seconds, 'aria-hidden': 'true' });
      this.element.replaceChildren(this.words, this.bar);
    }
    this.drawnBar = false;
    this.element.hidden = false;
    this.countdown.time(decision, seconds);
  }
}
