import { describe, expect, it } from 'vitest';
import { backgroundSvg } from '../../../src/art/backgrounds.ts';
import { LOCATIONS } from '../../../src/sim/story/locations.ts';
import { checkXml } from './xml-check.ts';

const MAX_BACKGROUND_BYTES = 30_000;

describe('backgrounds', () => {
  it.each(LOCATIONS)('%s is a well-formed 1280x720 SVG', (location) => {
    const svg = backgroundSvg(location);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(elements[0]?.attributes.get('viewBox')).toBe('0 0 1280 720');
    expect(elements.some((e) => e.attributes.has('id'))).toBe(false);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it.each(LOCATIONS)('%s is deterministic and small', (location) => {
    const svg = backgroundSvg(location);
    expect(backgroundSvg(location)).toBe(svg);
    expect(svg.length).toBeLessThan(MAX_BACKGROUND_BYTES);
  });

  it('gives every location its own picture', () => {
    const all = LOCATIONS.map((l) => backgroundSvg(l));
    expect(new Set(all).size).toBe(LOCATIONS.length);
    console.info(
      `art: ${LOCATIONS.length} backgrounds, ${all.reduce((n, s) => n + s.length, 0)} bytes in total`,
    );
  });
});
