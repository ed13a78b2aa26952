/**
 * Finished attempts kept on this device, newest last: each attempt under its
 * own key, so one damaged record loses that attempt only, and the store says
 * which (`problems`). The single list older versions kept
 * (`service-chain:results`) is split into those keys the first time it is
 * read; anything in it that cannot be read is copied aside, never dropped.
 * Beside each result, keyed by its finishedAt and scenarioId, the learner's
 * self-rating and reflection, each validated on read so one damaged piece
 * never hides the rest.
 */
import type { Result } from '../../sim/evidence/result.ts';
import { resultSchema } from '../../sim/evidence/result-schema.ts';
import { parseReflection, type Reflection } from '../../sim/scoring/reflection.ts';
import { parseSelfRating, type SelfRating } from '../../sim/scoring/self-rating.ts';
import { storageKeys } from './device-storage.ts';
import { attemptKey, keepResult, RESULT_PREFIX } from './result-keeper.ts';

export { attemptKey } from './result-keeper.ts';

const LEGACY_KEY = 'service-chain:results';
const NOTES_KEY = 'service-chain:attempt-notes';
const NAME_KEY = 'service-chain:learner-name';
/** As long as the evidence file's schema allows. */
const NAME_LENGTH = 200;

export interface AttemptNotes {
  readonly selfRating: SelfRating | null;
  readonly reflection: Reflection | null;
  /** What was stored but failed validation, in plain words, for the app to tell the learner. */
  readonly problems: readonly string[];
}

type Identifies = Pick<Result, 'finishedAt' | 'scenarioId'>;

type StoredNotes = Record<string, { selfRating?: unknown; reflection?: unknown }>;

/** "the attempt at late-supplier finished 2026-03-01T09:12:30.000Z", from a result's key. */
function describeKey(key: string): string {
  const [finishedAt, scenarioId] = key.slice(RESULT_PREFIX.length).split('|');
  return `your attempt at "${(scenarioId ?? '?').slice(0, 64)}" finished ${(finishedAt ?? '?').slice(0, 30)}`;
}

export class ResultsStore {
  private migrated = false;
  private readonly migrationProblems: string[] = [];

  constructor(private readonly storage: Storage) {}

  /** Every readable attempt, oldest first. */
  all(): Result[] {
    return this.read().results;
  }

  /** Every readable attempt, and one plain sentence for each record that could not be read. */
  read(): { results: Result[]; problems: string[] } {
    this.migrate();
    const results: Result[] = [];
    const problems = [...this.migrationProblems];
    for (const key of storageKeys(this.storage).filter((k) => k.startsWith(RESULT_PREFIX))) {
      let parsed: ReturnType<typeof resultSchema.safeParse> | null;
      try {
        parsed = resultSchema.safeParse(JSON.parse(this.storage.getItem(key) ?? 'null'));
      } catch {
        parsed = null;
      }
      if (parsed?.success) results.push(parsed.data);
      else problems.push(`${describeKey(key)} could not be read; it is left as it was`);
    }
    results.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    return { results, problems };
  }

  /** Split the list older versions kept into one key per attempt, once. */
  private migrate(): void {
    if (this.migrated) return;
    this.migrated = true;
    let text: string | null;
    try {
      text = this.storage.getItem(LEGACY_KEY);
    } catch {
      return;
    }
    if (text === null) return;
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      list = null;
    }
    const when = new Date().toISOString();
    try {
      if (!Array.isArray(list)) {
        const aside = `${LEGACY_KEY}:damaged:${when}`;
        this.storage.setItem(aside, text);
        this.migrationProblems.push(
          `the record of your earlier results could not be read; it has been kept aside as "${aside}"`,
        );
      } else {
        list.forEach((item, n) => {
          const parsed = resultSchema.safeParse(item);
          if (parsed.success) {
            this.storage.setItem(
              `${RESULT_PREFIX}${attemptKey(parsed.data)}`,
              JSON.stringify(item),
            );
          } else {
            const aside = `${LEGACY_KEY}:damaged:${when}:${n}`;
            this.storage.setItem(aside, JSON.stringify(item) ?? String(item));
            this.migrationProblems.push(
              `earlier attempt number ${n + 1} could not be read; it has been kept aside as "${aside}"`,
            );
          }
        });
      }
      this.storage.removeItem(LEGACY_KEY);
    } catch {
      // Storage full: the old list stays as it is, and is tried again next time.
      this.migrated = false;
    }
  }

  forScenario(scenarioId: string): Result[] {
    return this.all().filter((result) => result.scenarioId === scenarioId);
  }

  /** Keep a finished attempt under its own key; false if storage is full or blocked. */
  add(result: Result): boolean {
    this.migrate();
    return keepResult(this.storage, result);
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

  /** The name the learner gave for their exports, or null when they have not given one. */
  learnerName(): string | null {
    try {
      const name = this.storage.getItem(NAME_KEY)?.trim().slice(0, NAME_LENGTH);
      return name ? name : null;
    } catch {
      return null;
    }
  }

  /** Keep the learner's name on this device (an empty name forgets it); false when it would not store. */
  saveLearnerName(name: string): boolean {
    const kept = name.trim().slice(0, NAME_LENGTH);
    try {
      if (kept) this.storage.setItem(NAME_KEY, kept);
      else this.storage.removeItem(NAME_KEY);
      return true;
    } catch {
      return false;
    }
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
