import { describe, expect, it } from 'vitest';
import { checkXml } from './xml-check.ts';

// The checker guards every other art test, so check that it really catches mistakes.
describe('checkXml', () => {
  it('accepts a well-formed document', () => {
    const result = checkXml('<svg a="1"><g><path d="M0 0"/></g><text>A &amp; B</text></svg>');
    expect(result.problems).toEqual([]);
    expect(result.elements.map((e) => e.name)).toEqual(['svg', 'g', 'path', 'text']);
  });

  it.each([
    ['<svg><g></svg>', 'mis-nested tags'],
    ['<svg><g>', 'unclosed tags'],
    ['<svg a=1/>', 'unquoted attribute'],
    ['<svg a="1" a="2"/>', 'duplicate attribute'],
    ['<svg a="<"/>', '< in an attribute'],
    ['<svg>AT&T</svg>', 'a bare ampersand'],
    ['<svg/><svg/>', 'two roots'],
    ['<svg/>trailing', 'text after the root'],
    ['<svg a="1"b="2"/>', 'attributes run together'],
  ])('rejects %s (%s)', (src) => {
    expect(checkXml(src).problems.length).toBeGreaterThan(0);
  });
});
