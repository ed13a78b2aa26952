/**
 * The saved game: a versioned record of the path of choices a learner made.
 * The session replays the path to resume exactly, so a save stays small and
 * cannot disagree with the story. Beside the path it keeps an identity for
 * each option chosen (a hash of the option's text and its place), so a save
 * made with an earlier version of the story can be checked: does the path
 * still mean the same choices? Older versions are migrated field by field
 * with each repair noted; anything that fails validation is reported, never
 * silently dropped. Reading a save (`loadSave`, with zod) is in save-load.ts,
 * loaded only when there is a save to read, so writing one keeps zod off the
 * first screen (issue 17).
 */
import type { Decision } from './records.ts';

export const SAVE_VERSION = 3;

export interface Save {
  version: typeof SAVE_VERSION;
  scenarioId: string;
  /** The compiled story's content hash when the save was made. */
  storyVersion: string;
  path: number[];
  seed: number;
  startedAt: string;
  savedAt: string;
  /** One identity per step of `path`; null for a save migrated from a version that had none. */
  choices: string[] | null;
}

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
