import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeResume,
  encodeResume,
  SUSPEND_DATA_LIMIT,
} from '../../src/sim/session/resume-record.ts';
import type { Save } from '../../src/sim/session/save.ts';

const SAVE: Save = {
  version: 3,
  scenarioId: 'late-supplier',
  storyVersion: '3f2a9c01d4e5',
  path: [0, 1, 2, 0, 13],
  seed: 1_234_567_890,
  startedAt: '2026-03-01T09:00:00.000Z',
  savedAt: '2026-03-01T09:12:30.000Z',
  choices: ['0a1b2c3d', '11111111', 'deadbeef', '00000000', 'ffffffff'],
};

describe('the resume record an LMS keeps (cmi.suspend_data)', () => {
  it('reads back exactly the save it was written from', () => {
    const decoded = decodeResume(encodeResume(SAVE));
    expect(decoded).toEqual({ ok: true, save: SAVE, repairs: [] });
  });

  it('is compact: the path costs two characters a step or less, an identity nine', () => {
    expect(encodeResume(SAVE)).toBe(
      'r3|late-supplier|3f2a9c01d4e5|kf12oi|2026-03-01T09:00:00.000Z|2026-03-01T09:12:30.000Z|0.1.2.0.d|0a1b2c3d.11111111.deadbeef.00000000.ffffffff',
    );
  });

  it('fits SCORM 1.2’s 4,096 characters for the longest save the game accepts', () => {
    // A save holds at most 1,000 steps, each at most index 50; the story checker
    // rejects any story with a path of 200 decisions, so real saves are far shorter.
    const longest: Save = {
      ...SAVE,
      scenarioId: 'a'.repeat(60),
      path: Array<number>(1000).fill(50),
      choices: Array<string>(1000).fill('0a1b2c3d'),
    };
    const text = encodeResume(longest);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // Too long with its identities: it keeps the path, and a changed story cannot be checked.
    expect(decodeResume(text)).toMatchObject({ ok: true, save: { ...longest, choices: null } });
  });

  it('keeps the identities of a path of 300 decisions, longer than any story allows', () => {
    const long: Save = {
      ...SAVE,
      path: Array<number>(300).fill(50),
      choices: Array<string>(300).fill('0a1b2c3d'),
    };
    expect(decodeResume(encodeResume(long))).toEqual({ ok: true, save: long, repairs: [] });
  });

  it('round-trips any valid path and seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 1000 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (path, seed) => {
          const save = { ...SAVE, path, seed, choices: null };
          expect(decodeResume(encodeResume(save))).toMatchObject({ ok: true, save });
        },
      ),
    );
  });

  it('reads a record written before saves kept identities, and says what it lacks', () => {
    const decoded = decodeResume(
      'r2|late-supplier|3f2a9c01d4e5|kf12oi|2026-03-01T09:00:00.000Z|2026-03-01T09:12:30.000Z|0.1.2.0.d',
    );
    expect(decoded).toMatchObject({ ok: true, save: { ...SAVE, choices: null } });
    if (decoded.ok) expect(decoded.repairs.join(' ')).toMatch(/no record of which options/);
  });

  it('reports, in words, a record it cannot read instead of guessing', () => {
    for (const text of [
      '',
      'hello',
      'r1|x|y|1|a|b|0',
      'r3|x|y|1|a|b|0',
      `${encodeResume(SAVE)}|extra`,
      encodeResume(SAVE).replace('deadbeef', 'DEADBEEF'),
      encodeResume(SAVE).replace('.ffffffff', ''),
      encodeResume(SAVE).replace('|kf12oi|', '||'),
    ]) {
      const decoded = decodeResume(text);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.error).toMatch(/^the /);
    }
  });
});
