/** Figures a story writes as "a | b" lines are read as table cells; other lines are not. */
import { describe, expect, it } from 'vitest';
import { tableCells } from '../../src/sim/story/figures.ts';

describe('figures written as a table', () => {
  it('splits a line on " | " into trimmed cells', () => {
    expect(tableCells('Monday | 1,240 | 71%')).toEqual(['Monday', '1,240', '71%']);
  });
  it('leaves ordinary narration alone', () => {
    expect(tableCells('She waits by the phone.')).toBeNull();
    expect(tableCells('a|b')).toBeNull();
    expect(tableCells('Monday |  | 71%')).toBeNull();
  });
});
