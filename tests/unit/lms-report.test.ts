import { describe, expect, it } from 'vitest';
import {
  digest,
  interactionOf,
  lessonStatus,
  PASS_MARK,
  scoreOf,
  timespan,
} from '../../src/sim/evidence/lms-report.ts';
import { tinyScenario } from './fixture-story.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { DimensionScore } from '../../src/sim/scoring/scoring.ts';

const scores = (...rows: [number, number, number][]) =>
  rows.map(([score, min, max]) => ({ score, range: { min, max } }) as unknown as DimensionScore);

describe('what an LMS is told', () => {
  describe('the score: mean position of each movable dimension within its reachable range', () => {
    it('is 100 at the top of every range and 0 at the bottom', () => {
      expect(scoreOf({ scores: scores([4, -2, 4], [3, 0, 3]) })).toBe(100);
      expect(scoreOf({ scores: scores([-2, -2, 4], [0, 0, 3]) })).toBe(0);
    });

    it('averages the positions and rounds', () => {
      // (0.5 + 1/3) / 2 = 0.4166…
      expect(scoreOf({ scores: scores([1, -2, 4], [1, 0, 3]) })).toBe(42);
    });

    it('leaves out dimensions the scenario cannot move', () => {
      expect(scoreOf({ scores: scores([0, 0, 0], [3, 0, 3]) })).toBe(100);
    });
  });

  describe('the lesson status', () => {
    const scenario = tinyScenario();
    it('is incomplete until an ending is reached', () => {
      expect(lessonStatus(Session.start(scenario).view)).toBe('incomplete');
    });

    const ended = (outcome: 'strong' | 'partial' | 'failed', score: number) =>
      ({
        finished: true,
        state: { ending: { outcome, title: 'An ending' } },
        scores: scores([score, 0, 100]),
      }) as unknown as Parameters<typeof lessonStatus>[0];

    it('is failed at a failed ending, whatever the score', () => {
      expect(lessonStatus(ended('failed', 100))).toBe('failed');
    });

    it('is failed under the pass mark, and passed at it or above at any other ending', () => {
      expect(PASS_MARK).toBe(50);
      expect(lessonStatus(ended('partial', 49))).toBe('failed');
      expect(lessonStatus(ended('partial', 50))).toBe('passed');
      expect(lessonStatus(ended('strong', 90))).toBe('passed');
    });
  });

  describe('one interaction per decision', () => {
    it('names the decision stably, the chosen option by Ink’s index, and judges it by its score', () => {
      const scenario = tinyScenario();
      const session = Session.start(scenario);
      session.choose(0);
      const [decision] = session.view.state.decisions;
      if (!decision) throw new Error('no decision made');
      const interaction = interactionOf(session.view, decision);
      expect(interaction.id).toMatch(/^d1-[0-9a-z]+$/);
      expect(interaction.type).toBe('choice');
      expect(interaction.response).toBe('a');
      expect(interaction.result).toBe(
        interaction.net > 0 ? 'correct' : interaction.net < 0 ? 'wrong' : 'neutral',
      );
      // The same decision in another attempt, shown in another order, has the same id.
      const other = Session.start(scenario, 99);
      other.choose(1);
      const [again] = other.view.state.decisions;
      if (!again) throw new Error('no decision made');
      expect(interactionOf(other.view, again).id).toBe(interaction.id);
      expect(interactionOf(other.view, again).response).toBe('b');
    });

    it('digests words into a short identifier', () => {
      expect(digest('abc')).toMatch(/^[0-9a-z]{1,7}$/);
      expect(digest('abc')).not.toBe(digest('abd'));
    });
  });

  it('writes time spans as SCORM 1.2’s HHHH:MM:SS.SS', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_450)).toBe('0001:02:03.45');
    expect(timespan(59_999)).toBe('0000:01:00.00');
  });
});
