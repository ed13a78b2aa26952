import { describe, expect, it } from 'vitest';
import type { ScoredMoment } from '../../src/sim/session/records.ts';
import { DIMENSION_IDS, type DimensionId } from '../../src/sim/scoring/rubric.ts';
import { summariseScores } from '../../src/sim/scoring/scoring.ts';

let nextId = 1;
function moment(
  dimension: DimensionId,
  delta: number,
  overrides: Partial<ScoredMoment> = {},
): ScoredMoment {
  const id = nextId++;
  return {
    id,
    dimension,
    delta,
    why: `reason ${id}`,
    choice: { decision: id, text: `choice ${id}`, transcriptId: id * 10 },
    at: id * 5,
    ...overrides,
  };
}

const find = (summary: ReturnType<typeof summariseScores>, id: DimensionId) => {
  const row = summary.find((entry) => entry.dimension === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('summariseScores', () => {
  it('gives one row per rubric dimension, in rubric order', () => {
    const summary = summariseScores([], {});
    expect(summary.map((row) => row.dimension)).toEqual([...DIMENSION_IDS]);
  });

  it('sums the moments of each dimension and keeps them, in order, behind the total', () => {
    const moments = [
      moment('listening', 2),
      moment('ownership', -2),
      moment('listening', -1),
      moment('listening', 3),
    ];
    const summary = summariseScores(moments, {
      listening: { min: -3, max: 5 },
      ownership: { min: -2, max: 2 },
    });
    const listening = find(summary, 'listening');
    expect(listening.score).toBe(4);
    expect(listening.moments).toEqual([moments[0], moments[2], moments[3]]);
    expect(listening.range).toEqual({ min: -3, max: 5 });
    expect(listening.band).toBe('strong');
    const ownership = find(summary, 'ownership');
    expect(ownership.score).toBe(-2);
    expect(ownership.moments).toEqual([moments[1]]);
    expect(ownership.band).toBe('not-yet');
  });

  it('keeps each moment whole: the choice text, explanation and time behind the score', () => {
    const scored = moment('remedy', 1, {
      why: 'A refund within 14 days meets her rights.',
      choice: { decision: 2, text: 'Offer a full refund.', transcriptId: 17 },
    });
    const [row] = summariseScores([scored], { remedy: { min: -1, max: 1 } }).filter(
      (r) => r.dimension === 'remedy',
    );
    expect(row?.moments[0]).toEqual(scored);
  });

  it('gives band null, score 0 and no moments for a dimension the path never touched', () => {
    const summary = summariseScores([moment('listening', 1)], { compliance: { min: -2, max: 2 } });
    const compliance = find(summary, 'compliance');
    expect(compliance).toMatchObject({
      score: 0,
      band: null,
      moments: [],
      range: { min: -2, max: 2 },
    });
    const escalation = find(summary, 'escalation');
    expect(escalation).toMatchObject({ score: 0, band: null, moments: [], range: null });
  });

  it('bands a dimension that was evidenced even when its moments cancel out to 0', () => {
    const summary = summariseScores([moment('ownership', 2), moment('ownership', -2)], {
      ownership: { min: -4, max: 4 },
    });
    expect(find(summary, 'ownership')).toMatchObject({ score: 0, band: 'secure' });
  });

  it('places the score within the reachable range at the 25, 50 and 75% boundaries', () => {
    const range = { investigation: { min: 0, max: 4 } };
    const bandAt = (score: number) =>
      find(summariseScores([moment('investigation', score)], range), 'investigation').band;
    expect(bandAt(0.99)).toBe('not-yet');
    expect(bandAt(1)).toBe('developing');
    expect(bandAt(2)).toBe('secure');
    expect(bandAt(3)).toBe('strong');
  });

  it('treats a dimension with no known range as having no spread', () => {
    const row = find(summariseScores([moment('escalation', -1)], {}), 'escalation');
    expect(row.range).toBeNull();
    expect(row.band).toBe('strong');
  });

  it('is deterministic: the same moments give the same summary', () => {
    const moments = DIMENSION_IDS.map((id, index) => moment(id, (index % 3) - 1 || 1));
    const ranges = { listening: { min: -2, max: 2 } };
    expect(summariseScores(moments, ranges)).toEqual(summariseScores([...moments], ranges));
  });
});
