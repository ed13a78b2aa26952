/**
 * The saved game: a versioned record of the path of choices a learner made.
 * The session replays the path to resume exactly, so a save stays small and
 * cannot disagree with the story. Beside the path it keeps an identity for
 * each option chosen (a hash of the option's text and its place), so a save
 * made with an earlier version of the story can be checked: does the path
 * still mean the same choices? Older versions are migrated field by field
 * with each repair noted; anything that fails validation is reported, never
 * silently dropped.
 */
import { z } from 'zod';
import type { Decision } from './records.ts';

export const SAVE_VERSION = 3;

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

/** What version 3 adds: the identity of each option chosen, one per step of the path. */
const choiceIdentity = z.string().regex(/^[0-9a-f]{8}$/);

const saveV3 = saveV2
  .extend({
    version: z.literal(3),
    /** One identity per step of `path`; null for a save migrated from a version that had none. */
    choices: z.array(choiceIdentity).max(1000).nullable(),
  })
  .refine((save) => save.choices === null || save.choices.length === save.path.length, {
    message: 'the record of the options chosen does not match the path',
    path: ['choices'],
  });

export type Save = z.infer<typeof saveV3>;

/**
 * An option's identity: a short hash (32-bit FNV-1a) of its place among the
 * decision's options in Ink's order and its text. Stable across versions of
 * a story while that option is written the same and stays in its place.
 */
export function optionIdentity(index: number, text: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${index}\u0000${text}`) {
    const code = char.codePointAt(0) ?? 0;
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The identities of the options chosen at each decision, in order. */
export function chosenIdentities(decisions: readonly Decision[]): string[] {
  return decisions.map((decision) =>
    optionIdentity(decision.chosen, decision.options[decision.chosen] ?? ''),
  );
}

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

type SaveV2 = z.infer<typeof saveV2>;

function migrateV1(old: z.infer<typeof saveV1>, now: string): { save: SaveV2; repairs: string[] } {
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
      'version 1 save: no story version recorded, so it cannot be checked against a changed story',
      'version 1 save: no times recorded; set to now',
    ],
  };
}

function migrateV2(old: SaveV2): { save: Save; repairs: string[] } {
  return {
    save: { ...old, version: 3, choices: null },
    repairs: [
      'version 2 save: no record of which options were chosen, so it can be resumed only in the same version of the story',
    ],
  };
}

/** Upgrade a valid version 2 save (or a migrated version 1), or say why it cannot be. */
function fromV2(data: SaveV2, repairs: string[], what: string): LoadedSave {
  const migrated = migrateV2(data);
  const checked = saveV3.safeParse(migrated.save);
  if (!checked.success)
    return { ok: false, error: `${what} could not be upgraded: ${describeIssues(checked.error)}` };
  return { ok: true, save: checked.data, repairs: [...repairs, ...migrated.repairs] };
}

/** Read a save from its stored text, migrating older versions. */
export function loadSave(text: string, now = new Date().toISOString()): LoadedSave {
  let data: unknown;
  try {
    // "-0" reads as a number equal to 0 that would not survive a round trip: read it as 0.
    data = JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value));
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
    return fromV2(checked.data, migrated.repairs, 'the version 1 save');
  }
  if (version === 2) {
    const old = saveV2.safeParse(data);
    if (!old.success)
      return { ok: false, error: `the saved game is damaged: ${describeIssues(old.error)}` };
    return fromV2(old.data, [], 'the version 2 save');
  }
  if (version !== SAVE_VERSION) {
    return {
      ok: false,
      error: `the save has version ${JSON.stringify(version)}, which this game does not know`,
    };
  }
  const parsed = saveV3.safeParse(data);
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
    choices: save.choices === null ? null : [...save.choices],
  };
  return JSON.stringify(ordered);
}
