import { describe, expect, it } from 'vitest';
import { markingLines, principleLines } from '../../src/sim/evidence/assessor-summary.ts';
import { buildEvidence } from '../../src/sim/evidence/evidence.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import { played, tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
const AT = '2025-06-09T09:20:00.000Z';

function attempt(path: number[]) {
  const { view } = played(scenario, path);
  const evidence = buildEvidence({
    result: resultOf(view, AT, AT),
    state: view.state,
    meta: scenario.meta,
    selfRating: null,
    reflection: null,
    exportedAt: AT,
  });
  return { view, evidence };
}

describe('the band on each principle, with one moment', () => {
  it('quotes the gain behind a strong band and the loss behind a weak one', () => {
    const strong = principleLines(attempt([0, 0]).view.scores);
    expect(strong.find((l) => l.dimension === 'listening')).toMatchObject({
      band: 'strong',
      moment: { decision: 1, chose: 'Listen and acknowledge.', kind: 'gained' },
    });
    const weak = principleLines(attempt([1, 1]).view.scores);
    expect(weak.find((l) => l.dimension === 'partner-communication')).toMatchObject({
      band: 'not-yet',
      moment: { decision: 2, chose: 'Tell them they have failed.', kind: 'lost' },
    });
  });

  it('has a line for every principle, without a moment where the path did not test it', () => {
    const lines = principleLines(attempt([0, 0]).view.scores);
    expect(lines).toHaveLength(8);
    expect(lines.find((l) => l.dimension === 'compliance')).toMatchObject({
      band: null,
      moment: null,
    });
  });
});

describe('the marking points', () => {
  it('lists marking points only, evidenced with the pieces that show them', () => {
    const { evidence } = attempt([0, 0]);
    const lines = markingLines(evidence, []);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.evidenced && l.where !== '')).toBe(true);
    expect(lines.map((l) => l.id)).toContain('proactive-communication');
  });

  it('shows a point the scenario covers but this path never offered as not yet', () => {
    const lines = markingLines(attempt([1, 1]).evidence, ['partner-selection']);
    expect(lines.find((l) => l.id === 'partner-selection')).toMatchObject({
      evidenced: false,
      where: '',
    });
  });
});
