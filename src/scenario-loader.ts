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

/**
 * Loads under way or done, so that a scenario page can start its story's evaluation before the
 * app asks for it (main.ts); a load that failed is tried afresh.
 */
const loads = new Map<string, Promise<ScenarioLoad>>();

/** A scenario to play: everything but its tutor notes. */
export function loadScenario(id: string): Promise<ScenarioLoad> {
  let load = loads.get(id);
  if (!load) {
    load = importScenario(id);
    loads.set(id, load);
    void load.then(({ state }) => {
      if (state === 'error') loads.delete(id);
    });
  }
  return load;
}

async function importScenario(id: string): Promise<ScenarioLoad> {
  const loader = loaders[`../stories/${id}.ink`];
  if (!loader) return { state: 'missing' };
  try {
    return { state: 'loaded', scenario: (await loader()).default };
  } catch (error) {
    return { state: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
