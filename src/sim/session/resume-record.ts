/**
 * A save written compactly for an LMS's resume field (SCORM 1.2's
 * `cmi.suspend_data`, at most 4,096 characters): the save's own fields
 * joined by `|`, the path of Ink choice indices in base 36 joined by `.`,
 * and the identities of the options chosen joined by `.`. It carries only
 * what replays the attempt exactly and checks it against a changed story;
 * everything else is rebuilt by the replay. Reflections and self-ratings are
 * not in it: they stay on the device (see README).
 *
 * A record is read by the same validation and migration as a save kept on
 * the device, and the app resumes it through the same checks (its scenario,
 * its story version, what its choices mean: src/sim/session/resume.ts).
 *
 * The longest possible record fits: a save's path has at most 1,000 steps,
 * each index at most 50 ("1e" in base 36), so the path takes at most 2,999
 * characters and the rest under 120. The identities (9 characters a step)
 * are written only when the whole record still fits; without them a changed
 * story cannot be checked, and such a record is resumed only in the same
 * version of the story.
 */
import { SAVE_VERSION, type LoadedSave, type Save } from './save.ts';
import { loadSave } from './save-load.ts';

export const SUSPEND_DATA_LIMIT = 4096;

/** Written in place of the identities when there are none, or they would not fit. */
const NO_CHOICES = '-';

export function encodeResume(save: Save): string {
  const fields = [
    `r${save.version}`,
    save.scenarioId,
    save.storyVersion,
    save.seed.toString(36),
    save.startedAt,
    save.savedAt,
    save.path.map((index) => index.toString(36)).join('.'),
  ];
  const choices = save.choices === null ? NO_CHOICES : save.choices.join('.');
  const whole = [...fields, choices].join('|');
  return whole.length <= SUSPEND_DATA_LIMIT ? whole : [...fields, NO_CHOICES].join('|');
}

const UNREADABLE: LoadedSave = {
  ok: false,
  error: 'the progress kept by your LMS is not a saved game this version reads',
};

/** Read a record: this version's (r3), or an r2 record written before saves kept identities. */
export function decodeResume(text: string): LoadedSave {
  const fields = text.split('|');
  const [version, scenarioId, storyVersion, seed, startedAt, savedAt, path, choices] = fields;
  const expected = version === 'r2' ? 7 : version === `r${SAVE_VERSION}` ? 8 : -1;
  if (fields.length !== expected || path === undefined) return UNREADABLE;
  const steps = path === '' ? [] : path.split('.').map((step) => parseInt(step, 36));
  const record = {
    version: Number(version?.slice(1)),
    scenarioId,
    storyVersion,
    path: steps,
    seed: parseInt(seed ?? '', 36),
    startedAt,
    savedAt,
    ...(choices === undefined
      ? {}
      : { choices: choices === NO_CHOICES ? null : choices === '' ? [] : choices.split('.') }),
  };
  // loadSave validates (and migrates) every field exactly as it does for a save kept on the device.
  return loadSave(JSON.stringify(record));
}
