/**
 * Figures a story writes as "a | b" lines are read as table cells; other lines
 * are not. A stretch of lines cut from the story keeps each table's header.
 */
import { describe, expect, it } from 'vitest';
import { tableCells, tableStart } from '../../src/sim/story/figures.ts';

describe('figures written as a table', () => {
  it('splits a line on " | " into trimmed cells', () => {
    expect(tableCells('Monday | 1,240 | 71%')).toEqual(['Monday', '1,240', '71%']);
  });
  it('leaves ordinary narration alone', () => {
    expect(tableCells('She waits by the phone.')).toBeNull();
    expect(tableCells('a|b')).toBeNull();
    expect(tableCells('Monday |  | 71%')).toBeNull();
  });
  it('moves the start of a stretch back to the header of a table it would cut', () => {
    const narration = (text: string) => ({ kind: 'narration', text });
    const lines = [
      narration('The weekly figures.'),
      narration('Day | Calls'),
      narration('Monday | 1,240'),
      narration('Tuesday | 1,180'),
      narration('She sighs.'),
    ];
    expect(tableStart(lines, 3)).toBe(1);
    expect(tableStart(lines, 1)).toBe(1);
    expect(tableStart(lines, 4)).toBe(4);
    expect(tableStart(lines, 0)).toBe(0);
  });
  it('treats a spoken line with bars as speech, not a table line', () => {
    const lines = [
      { kind: 'speech', text: 'Day | Calls' },
      { kind: 'narration', text: 'Monday | 1,240' },
    ];
    expect(tableStart(lines, 1)).toBe(1);
  });
});
