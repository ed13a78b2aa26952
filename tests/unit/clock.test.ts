/**
 * The scenario clock agrees with the story: a stated start, jumps to a stated
 * time (never backwards), deadlines by a stated time or in working days, and
 * dates shown when they are not today.
 */
import { describe, expect, it } from 'vitest';
import {
  clockLabel,
  DEFAULT_START,
  dueLabel,
  parseWhen,
  resolveDue,
  resolveWhen,
  type ClockStart,
} from '../../src/sim/story/clock.ts';
import { parseTag } from '../../src/sim/story/tag-parser.ts';
import { parseDue } from '../../src/sim/story/tag-fields.ts';

/** Tuesday 4 March 2025, 13:10, as picking-error's narration has it. */
const tuesday: ClockStart = { at: Date.UTC(2025, 2, 4, 13, 10) / 60000, dated: true };

describe('the scenario clock', () => {
  it('keeps the old undated Monday 09:00 for stories without a start', () => {
    expect(clockLabel(0)).toBe('Mon 09:00');
    expect(clockLabel(26)).toBe('Mon 09:26');
    expect(clockLabel(24 * 60 + 60)).toBe('Tue 10:00');
    expect(DEFAULT_START.dated).toBe(false);
  });

  it('shows a dated start with its date', () => {
    expect(clockLabel(0, tuesday)).toBe('Tue 4 Mar 13:10');
    expect(parseTag('start: 2025-03-04 13:10')).toEqual({
      ok: true,
      tag: { kind: 'start', at: tuesday.at },
    });
    expect(parseTag('start: 4 March').ok).toBe(false);
  });

  it('jumps to a stated time, the next such time from now', () => {
    const at = (text: string) => {
      const when = parseWhen(text);
      if (!when) throw new Error(`not a time: ${text}`);
      return clockLabel(resolveWhen(when, 0, tuesday), tuesday);
    };
    expect(at('15:00')).toBe('Tue 4 Mar 15:00');
    expect(at('tomorrow 09:30')).toBe('Wed 5 Mar 09:30');
    expect(at('Wednesday 09:30')).toBe('Wed 5 Mar 09:30');
    expect(at('2025-03-05 09:30')).toBe('Wed 5 Mar 09:30');
    expect(at('Tuesday 09:00')).toBe('Tue 11 Mar 09:00');
    // An earlier time today resolves before now: the session refuses it as a backwards jump.
    expect(resolveWhen(parseWhen('12:00')!, 0, tuesday)).toBeLessThan(0);
    expect(parseWhen('half past three')).toBeNull();
    expect(parseWhen('2025-02-30 09:00')).toBeNull();
  });

  it('sets deadlines by a stated time or in working days', () => {
    const due = (text: string, now = 0) =>
      clockLabel(resolveDue(parseDue(text), now, tuesday), tuesday);
    expect(due('by 15:00')).toBe('Tue 4 Mar 15:00');
    expect(due('+2h')).toBe('Tue 4 Mar 15:10');
    expect(due('+2 working days')).toBe('Thu 6 Mar 13:10');
    expect(due('+4wd')).toBe('Mon 10 Mar 13:10');
    expect(() => parseDue('by lunchtime')).toThrow(/not a time/);
  });

  it('says "today" for a deadline today and the date otherwise', () => {
    expect(dueLabel(110, 0, tuesday)).toBe('15:00 today');
    expect(dueLabel(24 * 60, 0, tuesday)).toBe('Wed 5 Mar 13:10');
    expect(dueLabel(24 * 60, 0)).toBe('Tue 09:00');
  });
});
