/**
 * Story files as the build and the checker find them: a story's id is its
 * file name, so a name that is not a valid scenario id is refused here,
 * before it could become a save or a result that is later rejected.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isScenarioId, SCENARIO_ID_RULE } from '../sim/story/scenario-id.ts';

export function storyId(file: string): string {
  return basename(file, '.ink');
}

/** A valid id close to a file name: lower case, hyphens for spaces and underscores. */
function suggestedId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 64);
}

/** Why a story's file name cannot be its scenario id, or null when it can. */
export function storyNameProblem(file: string): string | null {
  const id = storyId(file);
  if (isScenarioId(id)) return null;
  const suggestion = suggestedId(id);
  const rename = suggestion ? `; rename it to "${suggestion}.ink"` : '';
  return `the file name "${basename(file)}" cannot be a scenario id: ${SCENARIO_ID_RULE}${rename}`;
}

/** Why a command-line argument is not a story file to check, or null when it is one. */
export function storyArgumentProblem(file: string): string | null {
  if (!existsSync(file)) return `no such file: ${file}`;
  if (statSync(file).isDirectory())
    return `${file} is a folder: name story files (stories/<id>.ink), or nothing to check every story in stories/`;
  if (!file.endsWith('.ink')) return `${file} is not an Ink story (a .ink file)`;
  return null;
}
