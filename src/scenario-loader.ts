/**
 * Loading one scenario: each story is its own chunk. Apart from the
 * catalogue (scenarios.ts), so that playing a scenario does not first
 * download the whole library's metadata (issue 17). The tutor notes are
 * not in it: playing and its report never read them (scenarios.ts adds them
 * for a class's screens).
 */
import type { Scenario } from './sim/story/scenario.ts';

const loaders = import.meta.glob<{ default: Scenario }>('../stories/*.ink');

export type ScenarioLoad =
  | { state: 'loaded'; scenario: Scenario }
  | { state: 'missing' }
  | { state: 'error'; error: string };

/** A scenario to play: everything but its tutor notes. */
export async function loadScenario(id: string): Promise<ScenarioLoad> {
  const loader = loaders[`../stories/${id}.ink`];
  if (!loader) return { state: 'missing' };
  try {
    return { state: 'loaded', scenario: (await loader()).default };
  } catch (error) {
    return { state: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
