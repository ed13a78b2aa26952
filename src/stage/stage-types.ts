/** What the app needs from the illustrated stage; Phaser stays behind this. */
import type { SessionView } from '../sim/session/session.ts';

export interface Stage {
  show(view: SessionView): void;
  /** Show the title card that sits behind the scenario menu. */
  showTitle(): void;
  /** Fit the canvas to its host again after the host moved or resized. */
  refresh(): void;
  destroy(): void;
}
