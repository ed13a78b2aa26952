/** The casts tests compile stories with: the fixtures' own, and the library's; and a library story. */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { castFromText, loadCast } from '../../src/build/cast-file.ts';
import { compileInk } from '../../src/build/compile-story.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import type { Cast } from '../../src/sim/people/cast.ts';
import { metaFromGlobalTags, type Scenario } from '../../src/sim/story/scenario.ts';

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

/** A library story compiled without exploring it (its ranges are not needed to play it), or null. */
export function libraryScenario(name: string): Scenario | null {
  const source = readFileSync(
    fileURLToPath(new URL(`../../stories/${name}`, import.meta.url)),
    'utf8',
  );
  const compiled = compileInk(source);
  const cast = libraryCast();
  const meta = metaFromGlobalTags(scanSource(source, cast).headerTags, cast);
  if (!compiled.json || !meta.ok) return null;
  return { id: name, version: 'test', meta: meta.meta, story: compiled.json, ranges: {} };
}
