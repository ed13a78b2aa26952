/**
 * The scenario library as the game sees it: the catalogue (metadata only,
 * loaded with the menu and the classroom screens) and a loader per story,
 * each its own chunk (scenario-loader.ts).
 */
import catalogue from 'virtual:scenario-catalogue';
import type { ScenarioMeta } from './sim/story/scenario.ts';

export { loadScenario } from './scenario-loader.ts';

export interface CatalogueEntry {
  readonly id: string;
  readonly meta: ScenarioMeta;
}

export const CATALOGUE: readonly CatalogueEntry[] = catalogue;
