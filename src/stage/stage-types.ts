/** What the app needs from the illustrated stage; Phaser stays behind this. */
import type { SessionView } from '../sim/session/session.ts';

/** How the stage moves, from the learner's display settings; the app passes them in. */
export interface StageDisplay {
  /** Characters per second the speech bubble types at; Infinity shows each line at once. */
  readonly textSpeed: number;
  /** No fades and no typing: each picture and line appears at once. */
  readonly reducedMotion: boolean;
  /** The learner's text size as a scale (1 at 100 %, 2 at 200 %): the speech bubble's words grow with it. */
  readonly textScale: number;
}

export interface Stage {
  show(view: SessionView): void;
  /** Follow the learner's display settings from now on. */
  setDisplay(display: StageDisplay): void;
  /** Show the title card that sits behind the scenario menu. */
  showTitle(): void;
  /** Fit the canvas to its host again after the host moved or resized. */
  refresh(): void;
  destroy(): void;
}
