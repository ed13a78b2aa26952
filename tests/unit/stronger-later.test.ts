/**
 * The report's stronger choices searched in idle time (src/ui/report/stronger-later.ts):
 * the same suggestions as the search run in one go, also when each decision was tried
 * during play, a search that fails says so instead of leaving the report "trying", and a
 * search whose screen is left stops, so it keeps nothing of that screen alive.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('once its screen is left', () => {
    // Slices on fake timers (the helper's zero timeout, as in a browser without idle
    // callbacks), with the real clock, so each slice still stops after its few milliseconds.
    const slicesOnFakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('takes no further step, and settles with nothing found and no failure', async () => {
      slicesOnFakeTimers();
      let onScreen = true;
      let steps = 0;
      function* endless(): Generator<void, StrongerChoice[]> {
        for (;;) {
          steps += 1;
          yield;
        }
      }
      const later = strongerInIdleTime(failedView(), endless(), () => onScreen);
      vi.advanceTimersByTime(0);
      const before = steps;
      expect(before).toBeGreaterThan(0);
      onScreen = false;
      await vi.advanceTimersByTimeAsync(1000);
      await later.done;
      expect(steps).toBe(before);
      expect(later.found).toBeNull();
      expect(later.failed).toBeNull();
    });

    it("a play's search finished and then left stops too", async () => {
      slicesOnFakeTimers();
      const scenario = libraryScenario('late-supplier.ink');
      if (!scenario) throw new Error('late-supplier.ink does not compile');
      let onScreen = true;
      const session = Session.start(scenario, 5);
      const search = followPlay(session.view, () => onScreen);
      // Played straight through, with no idle time between decisions: all is left to the end.
      for (const taken of pathTo(scenario, 'failed')) session.choose(taken);
      const later = search.finish(session.view);
      onScreen = false;
      await vi.advanceTimersByTimeAsync(1000);
      await later.done;
      expect(later.found).toBeNull();
      expect(later.failed).toBeNull();
    });
  });
});
