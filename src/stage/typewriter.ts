/**
 * The speech bubble's typing: a line revealed a few letters at a time at the
 * learner's text speed. The DOM already holds the whole line, so this is only
 * the picture catching up.
 */

/**
 * Typing a line never takes longer than this, whatever its length and the
 * text speed: the picture keeps pace with the transcript, which shows the
 * whole line at once.
 */
const TYPING_AT_MOST_MS = 4000;
/**
 * How often typing shows more letters, each time drawing one frame. The loop
 * used to run all through the typing, redrawing the whole canvas every frame;
 * on a slow machine that kept the main thread busy for seconds after every
 * line, and a key press waited behind it. Twelve still reads as typing
 * (three or four letters a tick at the normal speed).
 */
const TYPING_TICK_MS = 1000 / 12;

export class Typewriter {
  private timer: ReturnType<typeof setInterval> | undefined;

  get typing(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Type `words` at `speed` letters a second through `show`, then call `done`.
   * Paced by the wall clock, not by frames: on a slow machine a frame can take
   * half a second, and frame-paced typing kept the canvas redrawing for a minute.
   */
  start(words: string, speed: number, show: (text: string) => void, done: () => void): void {
    this.stop();
    const perSecond = Math.max(speed, words.length / (TYPING_AT_MOST_MS / 1000));
    const started = performance.now();
    show('');
    this.timer = setInterval(() => {
      const due = Math.ceil(((performance.now() - started) / 1000) * perSecond);
      if (due >= words.length) done();
      else show(words.slice(0, due));
    }, TYPING_TICK_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
