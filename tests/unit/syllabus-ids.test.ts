import { describe, expect, it } from 'vitest';
import { MISCONCEPTIONS, SYLLABUS_POINTS } from '../../src/sim/scoring/syllabus.ts';
import {
  MARKING_POINT_IDS,
  MISCONCEPTION_IDS,
  SYLLABUS_IDS,
} from '../../src/sim/scoring/syllabus-ids.ts';

describe('the syllabus ids the tag parser checks (kept apart from their labels, issue 17)', () => {
  it('are the syllabus points, in order, each once', () => {
    expect(SYLLABUS_POINTS.map((point) => point.id)).toEqual(SYLLABUS_IDS);
    expect(new Set(SYLLABUS_IDS).size).toBe(SYLLABUS_IDS.length);
  });

  it('name as marking points exactly those of that kind', () => {
    expect(
      SYLLABUS_POINTS.filter((point) => point.kind === 'marking-point').map((point) => point.id),
    ).toEqual(MARKING_POINT_IDS);
  });

  it('are the misconceptions, in order, each once', () => {
    expect(MISCONCEPTIONS.map((item) => item.id)).toEqual(MISCONCEPTION_IDS);
    expect(new Set(MISCONCEPTION_IDS).size).toBe(MISCONCEPTION_IDS.length);
  });
});
