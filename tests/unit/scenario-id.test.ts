import { describe, expect, it } from 'vitest';
import { excerpt, isScenarioId } from '../../src/sim/story/scenario-id.ts';

describe('scenario ids', () => {
  it.each(['late-supplier', 'data-incident-2', 'a'])('accepts %s', (id) => {
    expect(isScenarioId(id)).toBe(true);
  });

  it.each([
    ['an inherited property name', '__proto__'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['capitals', 'Late-Supplier'],
    ['a space', 'late supplier'],
    ['a path', '../main'],
    ['nothing', ''],
    ['10,000 characters', 'a'.repeat(10_000)],
  ])('refuses %s', (_name, id) => {
    expect(isScenarioId(id)).toBe(false);
  });

  it('quotes long text as a short excerpt, marked as cut', () => {
    expect(excerpt('x'.repeat(10_000))).toBe(`${'x'.repeat(40)}…`);
    expect(excerpt('short')).toBe('short');
  });
});
