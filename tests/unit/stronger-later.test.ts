/**
 * The report's stronger choices searched in idle time (src/ui/report/stronger-later.ts):
 * the same suggestions as the search run in one go, also when each decision was tried
 * during play, and a search that fails says so instead of leaving the report "trying".
 */
import { describe, expect, it, vi } from 'vitest';
import { strongerChoices, type StrongerChoice } from '../../src/sim/scoring/alternatives.ts';
import { Session } from '../../src/sim/session/session.ts';
import { followPlay, strongerInIdleTime } from '../../src/ui/report/stronger-later.ts';
import { pathTo } from '../story-paths.ts';
import { libraryScenario } from './casts.ts';

function failedView() {
  const scenario = libraryScenario('late-supplier.ink');
  if (!scenario) throw new Error('late-supplier.ink does not compile');
  return Session.replay(scenario, pathTo(scenario, 'failed')).session.view;
}

describe('stronger choices found in idle time', () => {
  it('finds the same suggestions as the search run in one go', async () => {
    const view = failedView();
    const later = strongerInIdleTime(view);
    expect(later.found).toBeNull();
    await later.done;
    expect(later.failed).toBeNull();
    expect(later.found).toEqual(strongerChoices(view));
    expect(later.found?.length).toBeGreaterThan(0);
  });

  it('tried decision by decision during play, then finished, finds the same suggestions', async () => {
    const scenario = libraryScenario('late-supplier.ink');
    if (!scenario) throw new Error('late-supplier.ink does not compile');
    const session = Session.start(scenario, 5);
    const search = followPlay(session.view);
    for (const taken of pathTo(scenario, 'failed')) {
      // The learner reads for a moment: idle slices run.
      await new Promise((resolve) => setTimeout(resolve, 5));
      session.choose(taken);
      if (!session.view.finished) search.seen(session.view);
    }
    const later = search.finish(session.view);
    await later.done;
    expect(later.found).toEqual(strongerChoices(session.view));
  });

  it('says the search failed, and still settles, when it throws part way', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function* failing(): Generator<void, StrongerChoice[]> {
      yield;
      throw new Error('the story could not be restored');
    }
    const later = strongerInIdleTime(failedView(), failing());
    await later.done;
    expect(later.found).toBeNull();
    expect(later.failed?.message).toBe('the story could not be restored');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
