import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/build/compile-story.ts';
import { decisionKey, missedChances } from '../../src/sim/scoring/chances.ts';
import type { Decision, ScoredMoment } from '../../src/sim/session/records.ts';
import { Session } from '../../src/sim/session/session.ts';
import { fixtureCast } from './casts.ts';

const STORY = `EXTERNAL mood(who)
EXTERNAL trust(who)
# title: Chances
# summary: One decision that offers listening or a quick fix.
# duration: 1-2
# difficulty: foundation
# location: shop-floor
# syllabus: escalation
# character: customer; ann-test
-> opening
=== opening ===
# speaker: customer
"My order is late."
* [Let her finish and name the impact.]
    # score: listening +2; You let her explain.
    -> fix
* [Go straight to a new date.]
    # score: remedy +1; A new date is a start.
    -> fix
* [Read out the delivery policy.]
    # score: listening -1; Policy first.
    -> fix
=== fix ===
* [Offer a refund of the delivery charge.]
    # score: remedy +2; Proportionate.
    # ending: strong; Sorted; She is happy.
    -> END
* [Offer nothing.]
    # score: remedy -2; Nothing put right.
    # ending: failed; Not sorted; She leaves.
    -> END
`;

function scenario() {
  const compiled = compileStory(STORY, 'chances.ink', 'chances', fixtureCast());
  if (!compiled.scenario) throw new Error(compiled.errors.join('\n'));
  return compiled.scenario;
}

function played(path: readonly number[]) {
  const replay = Session.replay(scenario(), path);
  if (!replay.ok) throw new Error(replay.error);
  return replay.session.view;
}

const score = (view: ReturnType<typeof played>, id: string) => {
  const row = view.scores.find((s) => s.dimension === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('what each decision offers, learned at build time', () => {
  it('records the dimensions some option earns marks on, not those it only loses', () => {
    const chances = scenario().chances ?? {};
    const opening = Object.entries(chances).find(([key]) => key.includes('Let her finish'));
    expect(opening?.[1]).toEqual(['listening', 'remedy']);
  });
});

describe('a decision that passes a chance by', () => {
  it('is a missed chance on that dimension, banded "not yet" instead of "not evidenced"', () => {
    const view = played([1, 0]);
    const listening = score(view, 'listening');
    expect(listening.moments).toEqual([]);
    expect(listening.missed).toMatchObject([
      { dimension: 'listening', decision: 0, chose: 'Go straight to a new date.' },
    ]);
    expect(listening.band).toBe('not-yet');
  });

  it('is not missed when the chosen option scored the dimension, even by losing marks', () => {
    const view = played([2, 0]);
    expect(score(view, 'listening').missed).toEqual([]);
    expect(score(view, 'listening').moments).toHaveLength(1);
    expect(score(view, 'remedy').missed).toMatchObject([{ decision: 0 }]);
  });

  it('leaves a dimension no decision offered as not evidenced', () => {
    expect(score(played([0, 0]), 'escalation')).toMatchObject({ band: null, missed: [] });
  });
});

describe('missedChances', () => {
  const decision = (index: number, options: string[], chosen: number): Decision => ({
    index,
    options,
    chosen,
    evidence: [],
    transcriptId: index * 10,
    misconceptions: [],
    at: index * 5,
  });
  const moment = (decision: number, dimension: 'listening' | 'remedy'): ScoredMoment => ({
    id: decision,
    dimension,
    delta: 1,
    why: 'why',
    choice: { decision, text: 'text', transcriptId: decision * 10 },
    at: 0,
  });

  it('finds nothing without what the build learned (a story compiled before it was kept)', () => {
    expect(missedChances([decision(0, ['a', 'b'], 0)], [], undefined)).toEqual([]);
  });

  it('names each decision and dimension passed by, in decision order', () => {
    const decisions = [decision(0, ['a', 'b'], 1), decision(1, ['c', 'd'], 0)];
    const chances = {
      [decisionKey(['a', 'b'])]: ['listening', 'remedy'] as const,
      [decisionKey(['c', 'd'])]: ['remedy'] as const,
    };
    expect(missedChances(decisions, [moment(0, 'remedy')], chances)).toEqual([
      { dimension: 'listening', decision: 0, chose: 'b', transcriptId: 0, at: 0 },
      { dimension: 'remedy', decision: 1, chose: 'c', transcriptId: 10, at: 5 },
    ]);
  });
});
