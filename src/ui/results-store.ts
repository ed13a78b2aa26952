/**
 * Finished attempts kept on this device, newest last; unreadable entries are
 * skipped, not lost. Beside each result, keyed by its finishedAt and
 * scenarioId, the learner's self-rating and reflection, each validated on
 * read so one damaged piece never hides the rest.
 */
import { resultSchema, type Result } from '../sim/result.ts';
import { parseReflection, type Reflection } from '../sim/reflection.ts';
import { parseSelfRating, type SelfRating } from '../sim/self-rating.ts';

const KEY = 'service-chain:results';
const NOTES_KEY = 'service-chain:attempt-notes';

export interface AttemptNotes {
  readonly selfRating: SelfRating | null;
  readonly reflection: Reflection | null;
  /** What was stored but failed validation, in plain words, for the app to tell the learner. */
  readonly problems: readonly string[];
}

type Identifies = Pick<Result, 'finishedAt' | 'scenarioId'>;

/** Two attempts of one scenario never finish in the same millisecond, so this is unique. */
export const attemptKey = (result: Identifies): string =>
  `${result.finishedAt}|${result.scenarioId}`;

type StoredNotes = Record<string, { selfRating?: unknown; reflection?: unknown }>;

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
      const list: unknown[] = Array.isArray(existing) ? existing : [];
      this.storage.setItem(KEY, JSON.stringify([...list, result]));
      return true;
    } catch {
      return false;
    }
  }

  notesFor(result: Identifies): AttemptNotes {
    const stored = this.readNotes()[attemptKey(result)];
    const problems: string[] = [];
    const selfRating = stored?.selfRating === undefined ? null : parseSelfRating(stored.selfRating);
    if (stored?.selfRating !== undefined && !selfRating)
      problems.push('your saved self-rating could not be read');
    const reflection = stored?.reflection === undefined ? null : parseReflection(stored.reflection);
    if (stored?.reflection !== undefined && !reflection)
      problems.push('your saved reflection could not be read');
    return { selfRating, reflection, problems };
  }

  saveSelfRating(result: Identifies, selfRating: SelfRating): boolean {
    return this.writeNotes(result, { selfRating });
  }

  saveReflection(result: Identifies, reflection: Reflection): boolean {
    return this.writeNotes(result, { reflection });
  }

  private readNotes(): StoredNotes {
    try {
      const raw: unknown = JSON.parse(this.storage.getItem(NOTES_KEY) ?? '{}');
      return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as StoredNotes) : {};
    } catch {
      return {};
    }
  }

  private writeNotes(result: Identifies, change: StoredNotes[string]): boolean {
    try {
      const text = this.storage.getItem(NOTES_KEY);
      const notes = this.readNotes();
      // A notes record that is not an object is kept aside rather than overwritten.
      if (text && Object.keys(notes).length === 0 && text.trim() !== '{}')
        this.storage.setItem(`${NOTES_KEY}:damaged:${Date.now()}`, text);
      const key = attemptKey(result);
      notes[key] = { ...notes[key], ...change };
      this.storage.setItem(NOTES_KEY, JSON.stringify(notes));
      return true;
    } catch {
      return false;
    }
  }
}
