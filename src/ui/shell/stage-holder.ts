/**
 * The canvas stage (its own chunk, with Phaser), loaded beside the DOM, which
 * never waits for it. The DOM carries everything a learner needs; the canvas
 * is decoration, so when it or its pictures cannot load it is hidden (never a
 * blank box) and the learner is told, with a Try again.
 */
import type { SessionView } from '../../sim/session/session.ts';
import type { Stage } from '../../stage/stage-types.ts';
import { stageTroubleNotice } from './load-trouble.ts';

export class StageHolder {
  /** The stage, once loaded. */
  current: Stage | null = null;
  private loading: Promise<void> | null = null;
  /** Said beside the stage when it or its pictures could not load. */
  private trouble: HTMLElement | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly load: (onTrouble: (error: unknown) => void) => Promise<Stage>,
    /** What is in play now (null on the other screens), to show once the stage has loaded. */
    private readonly showing: () => SessionView | null,
  ) {}

  /** Put the stage (and what is said when it could not load) in a place on the page. */
  place(parent: HTMLElement): void {
    // Where a scenario page's script already put it, it stays: moved, it would be laid out again.
    if (this.host.parentElement !== parent) parent.append(this.host);
    if (this.trouble) parent.append(this.trouble);
  }

  async ensure(): Promise<void> {
    this.loading ??= this.load((error) => this.showTrouble(error))
      .then((stage) => {
        this.current = stage;
      })
      .catch((error: unknown) => this.showTrouble(error));
    await this.loading;
    const view = this.showing();
    if (view) this.current?.show(view);
    else this.current?.showTitle();
  }

  private showTrouble(error: unknown): void {
    console.warn('The illustrated stage could not load:', error);
    const host = this.host;
    host.hidden = true;
    if (this.trouble) return;
    this.trouble = stageTroubleNotice(() => {
      this.trouble?.remove();
      this.trouble = null;
      host.hidden = false;
      // The chunk failed: load it again. Only a picture failed: draw again.
      if (!this.current) this.loading = null;
      void this.ensure();
    });
    host.after(this.trouble);
  }
}
