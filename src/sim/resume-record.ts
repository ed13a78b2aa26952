/**
 * A save written compactly for an LMS's resume field (SCORM 1.2's
 * `cmi.suspend_data`, at most 4,096 characters): the save's own fields
 * joined by `|`, and the path of Ink choice indices in base 36 joined by `.`.
 * It carries only what replays the attempt exactly (path, seed, story
 * version, times); everything else is rebuilt by the replay. Reflections and
 * self-ratings are not in it: they stay on the device (see README).
 *
 * The longest possible record fits: a save's path has at most 1,000 steps,
 * each index at most 50 ("1e" in base 36), so the path takes at most 2,999
 * characters and the rest under 120.
 */
import { loadSave, SAVE_VERSION, type LoadedSave, type Save } from './save.ts';

export const SUSPEND_DATA_LIMIT = 4096;

export function encodeResume(save: Save): string {
  return [
    `r${save.version}`,
    save.scenarioId,
    save.storyVersion,
    save.seed.toString(36),
    save.startedAt,
    save.savedAt,
    save.path.map((index) => index.toString(36)).join('.'),
  ].join('|');
}

export function decodeResume(text: string): LoadedSave {
  const fields = text.split('|');
  const [version, scenarioId, storyVersion, seed, startedAt, savedAt, path] = fields;
  if (fields.length !== 7 || version !== `r${SAVE_VERSION}` || path === undefined)
    return {
      ok: false,
      error: 'the progress kept by your LMS is not a saved game this version reads',
    };
  const steps = path === '' ? [] : path.split('.').map((step) => parseInt(step, 36));
  // loadSave validates every field exactly as it does for a save kept on the device.
  return loadSave(
    JSON.stringify({
      version: SAVE_VERSION,
      scenarioId,
      storyVersion,
      path: steps,
      seed: parseInt(seed ?? '', 36),
      startedAt,
      savedAt,
    }),
  );
}
