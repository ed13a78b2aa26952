/** The casts tests compile stories with: the fixtures' own, and the library's. */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { castFromText, loadCast } from '../../src/build/cast-file.ts';
import type { Cast } from '../../src/sim/people/cast.ts';

function sound(loaded: { cast: Cast | null; errors: readonly string[] }): Cast {
  if (!loaded.cast || loaded.errors.length > 0) throw new Error(loaded.errors.join('\n'));
  return loaded.cast;
}

/** Ann Test (customer) and Test Supplies (a formal partner): tests/fixtures/cast.json. */
export function fixtureCast(): Cast {
  const file = fileURLToPath(new URL('../fixtures/cast.json', import.meta.url));
  return sound(castFromText(readFileSync(file, 'utf8'), 'tests/fixtures/cast.json'));
}

/** The library's cast, stories/cast.json. */
export function libraryCast(): Cast {
  return sound(loadCast(fileURLToPath(new URL('../..', import.meta.url))));
}
