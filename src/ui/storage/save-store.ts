/**
 * Saves in the browser's localStorage. A save that cannot be used is moved
 * aside under a quarantine key, never deleted; the move is checked, and when
 * the copy cannot be written (storage full) the original stays in place, for
 * the app to keep until the learner has downloaded or discarded it.
 */
import { serialiseSave, type Save } from '../../sim/session/save.ts';
import type { StoredSave } from './stored-save.ts';

export const saveKey = (scenarioId: string) => `service-chain:save:${scenarioId}`;
const quarantineKey = (scenarioId: string, when: string) =>
  `service-chain:quarantine:${scenarioId}:${when}`;

export type KeptAside = { ok: true; keptAs: string } | { ok: false };

export class SaveStore {
  constructor(private readonly storage: Storage) {}

  /** The scenario's save, read and checked; the reader (with zod) is loaded only if there is one. */
  async read(scenarioId: string): Promise<StoredSave> {
    let text: string | null;
    try {
      text = this.storage.getItem(saveKey(scenarioId));
    } catch {
      return { state: 'none' };
    }
    if (text === null) return { state: 'none' };
    const { storedSave } = await import('./stored-save.ts');
    return storedSave(text);
  }

  /**
   * Copy a save that cannot be used aside and remove the original, only once
   * the copy reads back whole. Otherwise nothing is removed and it says so.
   */
  quarantine(scenarioId: string, text: string, when = new Date().toISOString()): KeptAside {
    const key = quarantineKey(scenarioId, when);
    try {
      this.storage.setItem(key, text);
      if (this.storage.getItem(key) !== text) throw new Error('the copy did not read back');
    } catch {
      try {
        this.storage.removeItem(key);
      } catch {
        // Nothing more can be done; the original is untouched either way.
      }
      return { ok: false };
    }
    this.discard(scenarioId);
    return { ok: true, keptAs: key };
  }

  write(save: Save): boolean {
    try {
      this.storage.setItem(saveKey(save.scenarioId), serialiseSave(save));
      return true;
    } catch {
      return false;
    }
  }

  /** Remove the scenario's save (finished, restarted, or discarded by the learner). */
  discard(scenarioId: string): void {
    try {
      this.storage.removeItem(saveKey(scenarioId));
    } catch {
      // Nothing to clear if storage is unavailable.
    }
  }

  clear(scenarioId: string): void {
    this.discard(scenarioId);
  }
}
