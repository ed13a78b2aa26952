/** What the app needs from the illustrated stage; Phaser stays behind this. */
import type { SessionView } from '../sim/session.ts';

export interface Stage {
  show(view: SessionView): void;
  clear(): void;
  destroy(): void;
}
