/**
 * The scenario library as the game sees it: the catalogue (metadata only,
 * loaded with the menu and the classroom screens) and a loader of each whole
 * scenario, its tutor notes included: a story's chunk (scenario-loader.ts)
 * and its notes' chunk (`?tutor`, src/build/vite-plugin-ink.ts).
 */
import catalogue from 'virtual:scenario-catalogue';
import { loadScenario as loadToPlay, type ScenarioLoad } from './scenario-loader.ts';
import type { Scenario, ScenarioMeta } from './sim/story/scenario.ts';
import type { TutorNotes } from './sim/story/tutor-notes.ts';

const tutorNotes = import.meta.glob<TutorNotes | null>('../stories/*.ink', {
  query: '?tutor',
  import: 'default',
});

/** Each whole scenario once, so the screens that load it share one object, as its chunk did. */
const wholes = new Map<string, Scenario>();

/** The whole scenario, tutor notes included (a class's screens read them). */
export async function loadScenario(id: string): Promise<ScenarioLoad> {
  const notes = tutorNotes[`../stories/${id}.ink`];
  if (!notes) return { state: 'missing' };
  const [loaded, tutor] = await Promise.all([
    loadToPlay(id),
    notes().then(
      (found) => ({ found }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    ),
  ]);
  if (loaded.state !== 'loaded') return loaded;
  if ('error' in tutor) return { state: 'error', error: tutor.error };
  const whole = wholes.get(id) ?? { ...loaded.scenario, tutor: tutor.found };
  wholes.set(id, whole);
  return { state: 'loaded', scenario: whole };
}

export interface CatalogueEntry {
  readonly id: string;
  readonly meta: ScenarioMeta;
}

export const CATALOGUE: readonly CatalogueEntry[] = catalogue;
