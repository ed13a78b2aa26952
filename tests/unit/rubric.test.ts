import { describe, expect, it } from 'vitest';
import {
  BAND_LABELS,
  BANDS,
  bandFor,
  DIMENSION_IDS,
  isDimensionId,
  position,
} from '../../src/sim/scoring/rubric.ts';
import { JUSTICE, RECOVERY_PARADOX, RUBRIC } from '../../src/sim/scoring/rubric-texts.ts';

describe('the recovery rubric', () => {
  it('has eight dimensions, each under its own id', () => {
    expect(DIMENSION_IDS).toHaveLength(8);
    expect(Object.keys(RUBRIC).sort()).toEqual([...DIMENSION_IDS].sort());
    for (const id of DIMENSION_IDS) expect(RUBRIC[id].id).toBe(id);
  });

  it.each(DIMENSION_IDS)(
    'describes "%s" with a name, definition, principle, and strong and weak practice',
    (id) => {
      const dimension = RUBRIC[id];
      for (const field of ['name', 'definition', 'principle', 'strong', 'weak'] as const) {
        expect(dimension[field].trim().length, `${id}.${field}`).toBeGreaterThan(3);
      }
      expect(dimension.strong).not.toBe(dimension.weak);
    },
  );

  it('gives every dimension a different name', () => {
    expect(new Set(DIMENSION_IDS.map((id) => RUBRIC[id].name)).size).toBe(DIMENSION_IDS.length);
  });

  it('recognises dimension ids and nothing else', () => {
    for (const id of DIMENSION_IDS) expect(isDimensionId(id)).toBe(true);
    for (const other of ['', 'empathy', 'Listening', 'follow_through', 'toString', '__proto__']) {
      expect(isDimensionId(other)).toBe(false);
    }
  });

  it('labels every band, from "Not yet" to "Strong"', () => {
    expect(BANDS).toEqual(['not-yet', 'developing', 'secure', 'strong']);
    expect(BANDS.map((band) => BAND_LABELS[band])).toEqual([
      'Not yet',
      'Developing',
      'Secure',
      'Strong',
    ]);
  });

  describe('position within the reachable range', () => {
    it('runs from 0 at the lowest score to 1 at the highest', () => {
      const range = { min: -4, max: 4 };
      expect(position(-4, range)).toBe(0);
      expect(position(0, range)).toBe(0.5);
      expect(position(4, range)).toBe(1);
    });

    it('is kept within 0 and 1 for a score outside the range', () => {
      expect(position(-10, { min: -2, max: 2 })).toBe(0);
      expect(position(10, { min: -2, max: 2 })).toBe(1);
    });

    it('is 1 for a range with no spread when the score reaches it (nothing better was possible)', () => {
      expect(position(2, { min: 2, max: 2 })).toBe(1);
      expect(position(3, { min: 2, max: 2 })).toBe(1);
      expect(position(1, { min: 2, max: 2 })).toBe(0);
    });
  });

  describe('bands at the 25, 50 and 75% boundaries', () => {
    const range = { min: -4, max: 4 };
    it.each([
      [-4, 'not-yet'],
      [-3, 'not-yet'],
      [-2, 'developing'],
      [-1, 'developing'],
      [0, 'secure'],
      [1, 'secure'],
      [2, 'strong'],
      [4, 'strong'],
    ] as const)('places %i in -4..4 as %s', (score, band) => {
      expect(bandFor(score, range)).toBe(band);
    });

    it('puts a score exactly on a boundary in the higher band', () => {
      const hundred = { min: 0, max: 100 };
      expect(bandFor(24.999, hundred)).toBe('not-yet');
      expect(bandFor(25, hundred)).toBe('developing');
      expect(bandFor(49.999, hundred)).toBe('developing');
      expect(bandFor(50, hundred)).toBe('secure');
      expect(bandFor(74.999, hundred)).toBe('secure');
      expect(bandFor(75, hundred)).toBe('strong');
    });

    it('handles a range of odd width, e.g. -1..2', () => {
      const odd = { min: -1, max: 2 };
      expect(bandFor(-1, odd)).toBe('not-yet');
      expect(bandFor(0, odd)).toBe('developing');
      expect(bandFor(1, odd)).toBe('secure');
      expect(bandFor(2, odd)).toBe('strong');
    });

    it('calls a score in a range with no spread strong, and one below it not yet', () => {
      expect(bandFor(-2, { min: -2, max: -2 })).toBe('strong');
      expect(bandFor(-3, { min: -2, max: -2 })).toBe('not-yet');
    });
  });
});

describe('justice theory in the rubric', () => {
  it('places the outcome, the process and the treatment under the dimensions that judge them', () => {
    const under = (kind: string) =>
      Object.values(RUBRIC)
        .filter((d) => d.justice === kind)
        .map((d) => d.id)
        .sort();
    expect(Object.keys(JUSTICE).sort()).toEqual(['distributive', 'interactional', 'procedural']);
    expect(under('distributive')).toEqual(['remedy']);
    expect(under('procedural')).toEqual(['escalation', 'follow-through']);
    expect(under('interactional')).toEqual(['listening', 'partner-communication']);
  });

  it('tells the recovery paradox as rare and fragile, never as a plan', () => {
    expect(RECOVERY_PARADOX).toMatch(/rare and fragile/);
    expect(RECOVERY_PARADOX).toMatch(/second failure/);
  });
});
