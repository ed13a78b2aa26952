/**
 * The scenarios as the production build ships them, and (from
 * tests/story-paths.ts) paths through them that a browser test plays with the
 * keyboard as a strong or a weak learner would.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { DIST } from './harness.ts';

export { pathTo } from '../story-paths.ts';

/** The compiled scenario exactly as the production build (or another build folder) ships it. */
export async function builtScenario(id: string, root: string = DIST): Promise<Scenario> {
  const file = readdirSync(join(root, 'assets')).find(
    (name) => name.startsWith(`${id}-`) && name.endsWith('.js'),
  );
  if (!file) throw new Error(`no built chunk for ${id}`);
  const module = (await import(pathToFileURL(join(root, 'assets', file)).href)) as {
    default: Scenario;
  };
  return module.default;
}
