/**
 * The discussion timer on the projector: counts down once a second, can be
 * paused, resumed and extended by a minute, and says "Time is up" without
 * moving on by itself (the tutor decides when the vote opens). It updates its
 * own text in place, so focus stays where the tutor left it.
 */
import { h } from '../shell/dom.ts';

const mmss = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export class DiscussionTimer {
  remaining: number | null = null;
  running = false;
  private handle: ReturnType<typeof setInterval> | null = null;
  private readonly text = h('span', { className: 'timer-text', role: 'timer' });
  private readonly pauseButton = h('button', { type: 'button', onclick: () => this.toggle() });
  private readonly element = h(
    'span',
    { className: 'class-timer' },
    this.text,
    this.pauseButton,
    h('button', { type: 'button', onclick: () => this.extend(60) }, 'Add a minute'),
  );

  start(seconds: number): void {
    this.stop();
    this.remaining = seconds;
    this.resume();
  }

  private resume(): void {
    if (this.remaining === null || this.remaining <= 0) return;
    this.running = true;
    this.handle = setInterval(() => this.tick(), 1000);
    this.update();
  }

  private pause(): void {
    if (this.handle !== null) clearInterval(this.handle);
    this.handle = null;
    this.running = false;
    this.update();
  }

  private toggle(): void {
    if (this.running) this.pause();
    else this.resume();
  }

  extend(seconds: number): void {
    if (this.remaining === null) return;
    const wasOver = this.remaining <= 0;
    this.remaining = Math.max(0, this.remaining) + seconds;
    if (wasOver) this.resume();
    this.update();
  }

  private tick(): void {
    if (this.remaining === null) return;
    this.remaining -= 1;
    if (this.remaining <= 0) {
      this.remaining = 0;
      this.pause();
    }
    this.update();
  }

  stop(): void {
    if (this.handle !== null) clearInterval(this.handle);
    this.handle = null;
    this.running = false;
    this.remaining = null;
  }

  private update(): void {
    const left = this.remaining ?? 0;
    this.text.textContent =
      left <= 0 ? 'Time is up' : `${mmss(left)} left${this.running ? '' : ' (paused)'}`;
    this.pauseButton.textContent = this.running ? 'Pause' : 'Resume';
    this.pauseButton.hidden = left <= 0;
  }

  render(): HTMLElement {
    this.update();
    return this.element;
  }
}
