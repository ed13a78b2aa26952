/**
 * The scenarios as the production build ships them, and (from
 * tests/story-paths.ts) paths through them that a browser test plays with the
 * keyboard as a strong or a weak learner would.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import type { Outcome } from '../../src/sim/story/tags.ts';
import { pathTo } from '../story-paths.ts';
import { choices, chooseOption, DIST } from './harness.ts';

export { pathTo };

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

/**
 * Plays the scenario on the page (already started) with the keyboard along a path to an ending
 * of `outcome`, and waits for the self-rating that follows the ending.
 */
export async function playToSelfRating(
  page: Page,
  id: string,
  outcome: Outcome = 'strong',
): Promise<void> {
  const scenario = await builtScenario(id);
  for (const index of pathTo(scenario, outcome)) {
    await choices(page).first().waitFor();
    await chooseOption(page, index);
  }
  await page.getByRole('heading', { name: /how did you do/ }).waitFor();
}
