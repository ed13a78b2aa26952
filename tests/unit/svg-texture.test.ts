import { describe, expect, it } from 'vitest';
import { sized } from '../../src/stage/svg-texture.ts';

describe('an SVG picture handed to the renderer', () => {
  it('is given the size it is drawn at, so a 2D canvas does not crop it to 300 px', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><rect/></svg>';
    expect(sized(svg, 1280, 720)).toBe(
      '<svg width="1280" height="720" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><rect/></svg>',
    );
  });

  it('keeps a size the SVG states itself', () => {
    const svg = '<svg width="10" height="20" viewBox="0 0 10 20"><rect width="3"/></svg>';
    expect(sized(svg, 1280, 720)).toBe(svg);
  });

  it('leaves a width on an inner element alone when the root has none', () => {
    const svg = '<svg viewBox="0 0 10 20"><rect width="3"/></svg>';
    expect(sized(svg, 100, 200)).toBe(
      '<svg width="100" height="200" viewBox="0 0 10 20"><rect width="3"/></svg>',
    );
  });
});
