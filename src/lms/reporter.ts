/**
 * What the app tells a learning platform, and asks of it, as a game is
 * played. The app calls these at the edges of a decision; an adapter (SCORM
 * 1.2 today) turns them into the platform's own calls.
 */
import type { Result } from '../sim/evidence/result.ts';
import type { Save } from '../sim/session/save.ts';
import type { SessionView } from '../sim/session/session.ts';

export interface Reporter {
  /**
   * The resume record the platform kept (src/sim/session/resume-record.ts), as it
   * was stored; null when none. The app reads and checks it as it does a save
   * kept on the device: its scenario, its story version, what its choices mean.
   */
  resume(): string | null;
  /** An attempt is on screen (fresh, resumed or replayed). */
  began(view: SessionView): void;
  /** The attempt was saved after a choice: report the decision and the resume record. */
  saved(view: SessionView, save: Save): void;
  /** The attempt reached an ending. */
  finished(view: SessionView, result: Result): void;
  /** Where to tell the learner, in plain words, when the platform cannot be reached. */
  listen(tell: (message: string) => void): void;
}
