import { describe, expect, it } from 'vitest';
import { CAST } from '../../../src/art/cast.ts';
import { EXPRESSIONS, learnerSvg, portraitSvg } from '../../../src/art/portraits.ts';
import { LOOKS, type LookId } from '../../../src/sim/people/looks.ts';
import { checkXml } from './xml-check.ts';

const LOOK_IDS = Object.keys(LOOKS) as LookId[];

/**
 * Budget for one portrait; the whole set is reported below so growth is visible in test output.
 * The set grows with the cast (every person has their own look), but a scenario only draws
 * the handful of people it names.
 */
const MAX_PORTRAIT_BYTES = 16_000;
const MAX_ALL_PORTRAITS_BYTES = 2_600_000;

function expectWellFormedPortrait(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const { problems, elements } = checkXml(svg);
  expect(problems).toEqual([]);
  expect(elements[0]?.attributes.get('viewBox')).toBe('0 0 240 300');
  // Ids would clash when several portraits are inlined on one page; numbers must all be finite.
  expect(elements.some((e) => e.attributes.has('id'))).toBe(false);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
}

describe('portraits', () => {
  it('has nine distinct expressions', () => {
    expect(EXPRESSIONS).toHaveLength(9);
    expect(new Set(EXPRESSIONS).size).toBe(9);
  });

  it('draws every look in the sim, and only those', () => {
    expect(Object.keys(CAST).sort()).toEqual([...LOOK_IDS].sort());
  });

  describe.each(LOOK_IDS)('%s', (look) => {
    it.each(EXPRESSIONS)('is a well-formed 240x300 SVG when %s', (expression) => {
      expectWellFormedPortrait(portraitSvg(look, expression));
    });

    it('looks different for every expression', () => {
      const all = EXPRESSIONS.map((e) => portraitSvg(look, e));
      expect(new Set(all).size).toBe(EXPRESSIONS.length);
    });

    it('is deterministic', () => {
      for (const e of EXPRESSIONS) expect(portraitSvg(look, e)).toBe(portraitSvg(look, e));
    });

    it('stays small', () => {
      for (const e of EXPRESSIONS)
        expect(portraitSvg(look, e).length).toBeLessThan(MAX_PORTRAIT_BYTES);
    });
  });

  it('keeps the whole set within budget', () => {
    let total = 0;
    for (const look of LOOK_IDS) for (const e of EXPRESSIONS) total += portraitSvg(look, e).length;
    console.info(`art: ${LOOK_IDS.length * EXPRESSIONS.length} portraits, ${total} bytes in total`);
    expect(total).toBeLessThan(MAX_ALL_PORTRAITS_BYTES);
  });

  it('draws each look distinctly from the others', () => {
    const neutral = LOOK_IDS.map((l) => portraitSvg(l, 'neutral'));
    expect(new Set(neutral).size).toBe(LOOK_IDS.length);
  });
});

describe('learner badge', () => {
  it('is a small, well-formed, deterministic 240x300 SVG', () => {
    const svg = learnerSvg();
    expectWellFormedPortrait(svg);
    expect(svg).toBe(learnerSvg());
    expect(svg.length).toBeLessThan(4_000);
  });
});
