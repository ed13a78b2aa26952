/**
 * Reading a save from its stored text: validated with zod, older versions
 * migrated field by field with each repair noted (the record itself is
 * described in save.ts). Its own module so that the first screen, which only
 * writes saves, does not load zod.
 */
import { z } from '../zod.ts';
import { SAVE_VERSION, type LoadedSave, type Save } from './save.ts';

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

/** The schema reads exactly a `Save`: the build fails if the two drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.infer<typeof saveV3>, Save> = true;
void matches;

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
