/**
 * A save's stored text read and checked: loaded, with any repairs to an older
 * version noted, or damaged, with the reason. Its own chunk (it brings zod),
 * loaded only when there is a save to read (issue 17).
 */
import { decodeResume } from '../../sim/session/resume-record.ts';
import type { LoadedSave, Save } from '../../sim/session/save.ts';
import { loadSave } from '../../sim/session/save-load.ts';

export type StoredSave =
  | { state: 'none' }
  | { state: 'loaded'; save: Save; repairs: readonly string[]; text: string }
  | { state: 'damaged'; error: string; text: string };

function stored(loaded: LoadedSave, text: string): StoredSave {
  if (loaded.ok) return { state: 'loaded', save: loaded.save, repairs: loaded.repairs, text };
  return { state: 'damaged', error: loaded.error, text };
}

/** A save kept on the device, from its stored text. */
export const storedSave = (text: string): StoredSave => stored(loadSave(text), text);

/** A resume record an LMS kept, read as a save on the device is (src/sim/session/resume-record.ts). */
export const storedRecord = (text: string): StoredSave => stored(decodeResume(text), text);
