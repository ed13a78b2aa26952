/**
 * Saves in the browser's localStorage. A save that cannot be read is moved
 * aside under a quarantine key, never deleted, so a tutor can still recover it.
 */
import { loadSave, serialiseSave, type LoadedSave, type Save } from '../sim/save.ts';

const saveKey = (scenarioId: string) => `service-chain:save:${scenarioId}`;
const quarantineKey = (scenarioId: string, when: string) =>
  `service-chain:quarantine:${scenarioId}:${when}`;

export type StoredSave =
  | { state: 'none' }
  | { state: 'loaded'; save: Save; repairs: readonly string[] }
  | { state: 'damaged'; error: string; keptAs: string };

export class SaveStore {
  constructor(private readonly storage: Storage) {}

  read(scenarioId: string): StoredSave {
    let text: string | null;
    try {
      text = this.storage.getItem(saveKey(scenarioId));
    } catch {
      return { state: 'none' };
    }
    if (text === null) return { state: 'none' };
    const loaded: LoadedSave = loadSave(text);
    if (loaded.ok) return { state: 'loaded', save: loaded.save, repairs: loaded.repairs };
    return { state: 'damaged', error: loaded.error, keptAs: this.quarantine(scenarioId, text) };
  }

  /** Move a save that no longer fits aside, and say where it was kept. */
  quarantine(scenarioId: string, text?: string): string {
    const key = quarantineKey(scenarioId, new Date().toISOString());
    const body = text ?? this.storage.getItem(saveKey(scenarioId));
    try {
      if (body !== null) this.storage.setItem(key, body);
      this.storage.removeItem(saveKey(scenarioId));
    } catch {
      // Storage full or blocked: the original stays where it was, which still loses nothing.
    }
    return key;
  }

  write(save: Save): boolean {
    try {
      this.storage.setItem(saveKey(save.scenarioId), serialiseSave(save));
      return true;
    } catch {
      return false;
    }
  }

  clear(scenarioId: string): void {
    try {
      this.storage.removeItem(saveKey(scenarioId));
    } catch {
      // Nothing to clear if storage is unavailable.
    }
  }
}
