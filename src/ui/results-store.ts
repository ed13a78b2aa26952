/** Finished attempts kept on this device, newest last; unreadable entries are skipped, not lost. */
import { resultSchema, type Result } from '../sim/result.ts';

const KEY = 'service-chain:results';

export class ResultsStore {
  constructor(private readonly storage: Storage) {}

  all(): Result[] {
    let raw: unknown;
    try {
      raw = JSON.parse(this.storage.getItem(KEY) ?? '[]');
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item) => {
      const parsed = resultSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  forScenario(scenarioId: string): Result[] {
    return this.all().filter((result) => result.scenarioId === scenarioId);
  }

  add(result: Result): boolean {
    try {
      const text = this.storage.getItem(KEY);
      const existing: unknown = text ? JSON.parse(text) : [];
      const list = Array.isArray(existing) ? existing : [];
      this.storage.setItem(KEY, JSON.stringify([...list, result]));
      return true;
    } catch {
      return false;
    }
  }
}
