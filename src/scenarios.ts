/**
 * The scenario library as the game sees it: the catalogue (metadata only, in
 * the first download) and a loader per story, each its own chunk.
 */
import catalogue from 'virtual:scenario-catalogue';
import type { Scenario, ScenarioMeta } from './sim/story/scenario.ts';

export interface CatalogueEntry {
  readonly id: string;
  readonly meta: ScenarioMeta;
}

export const CATALOGUE: readonly CatalogueEntry[] = catalogue;

const loaders = import.meta.glob<{ default: Scenario }>('../stories/*.ink');

export type ScenarioLoad =
  | { state: 'loaded'; scenario: Scenario }
  | { state: 'missing' }
  | { state: 'error'; error: string };

export async function loadScenario(id: string): Promise<ScenarioLoad> {
  const loader = loaders[`../stories/${id}.ink`];
  if (!loader) return { state: 'missing' };
  try {
    return { state: 'loaded', scenario: (await loader()).default };
  } catch (error) {
    return { state: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
