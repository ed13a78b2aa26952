/**
 * Reads the library's cast, `stories/cast.json`, for the build and the story checker. Every
 * problem comes back as `stories/cast.json:LINE: message`, pointing at the entry it is about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cast } from '../sim/people/cast.ts';
import { parseCast, type CastProblem } from '../sim/people/cast-check.ts';

export const CAST_FILE = join('stories', 'cast.json');

export interface LoadedCast {
  /** Null when the file cannot be read or does not fit the cast's shape. */
  readonly cast: Cast | null;
  /** Formatted `file:line: message`; empty when the cast is sound. */
  readonly errors: readonly string[];
}

/** The line of the entry whose `"id"` is `id`, so a problem points at the right person. */
function lineOfId(source: string, id: string | null): number | null {
  if (id === null) return null;
  const pattern = new RegExp(`"id"\\s*:\\s*"${id.replace(/[^a-z0-9-]/g, '')}"`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? null : index + 1;
}

/** Validate a cast's text; `file` is the name problems are reported under. */
export function castFromText(source: string, file: string): LoadedCast {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { cast: null, errors: [`${file}: not valid JSON: ${message}`] };
  }
  const result = parseCast(data);
  const format = (problem: CastProblem) => {
    const line = lineOfId(source, problem.id);
    return line === null ? `${file}: ${problem.message}` : `${file}:${line}: ${problem.message}`;
  };
  return { cast: result.ok ? result.cast : null, errors: result.problems.map(format) };
}

/** Read `stories/cast.json` under `root`. */
export function loadCast(root: string, file = CAST_FILE): LoadedCast {
  let source: string;
  try {
    source = readFileSync(join(root, file), 'utf8');
  } catch {
    return {
      cast: null,
      errors: [`${file}: cannot read the cast; every story names its people from it`],
    };
  }
  return castFromText(source, file);
}
