/**
 * The saved game: a versioned record of the path of choices a learner made.
 * The session replays the path to resume exactly, so a save stays small and
 * cannot disagree with the story. Older versions are migrated field by field
 * with each repair noted; anything that fails validation is reported, never
 * silently dropped.
 */
import { z } from 'zod';

export const SAVE_VERSION = 2;

const saveV1 = z.object({
  version: z.literal(1),
  scenario: z.string().min(1),
  choices: z.array(z.number().int().min(0)),
});

const saveV2 = z.object({
  version: z.literal(2),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/),
  /** The compiled story's content hash when the save was made. */
  storyVersion: z.string(),
  path: z.array(z.number().int().min(0).max(50)).max(1000),
  seed: z.number().int(),
  startedAt: z.string().datetime(),
  savedAt: z.string().datetime(),
});

export type Save = z.infer<typeof saveV2>;

export type LoadedSave =
  { ok: true; save: Save; repairs: readonly string[] } | { ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the save'}: ${issue.message}`,
    )
    .join('; ');
}

function migrateV1(old: z.infer<typeof saveV1>, now: string): { save: Save; repairs: string[] } {
  return {
    save: {
      version: 2,
      scenarioId: old.scenario,
      storyVersion: 'unknown',
      path: old.choices,
      seed: 1,
      startedAt: now,
      savedAt: now,
    },
    repairs: [
      'version 1 save: renamed "scenario" to "scenarioId" and "choices" to "path"',
      'version 1 save: no story version recorded; the path will be checked as it is replayed',
      'version 1 save: no times recorded; set to now',
    ],
  };
}

/** Read a save from its stored text, migrating older versions. */
export function loadSave(text: string, now = new Date().toISOString()): LoadedSave {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the saved game is not readable (it is not valid JSON)' };
  }
  // Not an object, or no version: say so plainly (this used to read "version undefined").
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'the saved game is damaged: it is not a record of a game' };
  }
  const version = (data as { version?: unknown }).version;
  if (version === undefined) {
    return { ok: false, error: 'the saved game is damaged: it has no version number' };
  }
  if (version === 1) {
    const old = saveV1.safeParse(data);
    if (!old.success)
      return { ok: false, error: `the version 1 save is damaged: ${describeIssues(old.error)}` };
    const migrated = migrateV1(old.data, now);
    const checked = saveV2.safeParse(migrated.save);
    if (!checked.success)
      return {
        ok: false,
        error: `the version 1 save could not be upgraded: ${describeIssues(checked.error)}`,
      };
    return { ok: true, save: checked.data, repairs: migrated.repairs };
  }
  if (version !== SAVE_VERSION) {
    return {
      ok: false,
      error: `the save has version ${JSON.stringify(version)}, which this game does not know`,
    };
  }
  const parsed = saveV2.safeParse(data);
  if (!parsed.success)
    return { ok: false, error: `the saved game is damaged: ${describeIssues(parsed.error)}` };
  return { ok: true, save: parsed.data, repairs: [] };
}

/** The stored text of a save; keys in a fixed order so save → load → save is identical. */
export function serialiseSave(save: Save): string {
  const ordered: Save = {
    version: save.version,
    scenarioId: save.scenarioId,
    storyVersion: save.storyVersion,
    path: [...save.path],
    seed: save.seed,
    startedAt: save.startedAt,
    savedAt: save.savedAt,
  };
  return JSON.stringify(ordered);
}
