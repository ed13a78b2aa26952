/**
 * Loading a scenario to play: one load per scenario, so a scenario page can start it before the
 * app asks (src/main.ts) and the app then finds it done (issue 17).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario-loader.ts';

describe('loadScenario', () => {
  it('gives a second asker the load already under way, and the scenario', async () => {
    const first = loadScenario('late-supplier');
    expect(loadScenario('late-supplier')).toBe(first);
    const loaded = await first;
    expect(loaded.state === 'loaded' && loaded.scenario.id).toBe('late-supplier');
  });

  it('says a scenario that is not in the library is missing', async () => {
    expect(await loadScenario('no-such-scenario')).toEqual({ state: 'missing' });
  });
});
