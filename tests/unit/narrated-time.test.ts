/**
 * The story's own dates and times against the scenario clock: a narration line
 * that opens with a day, a date or a time says when it is now, and a deadline's
 * words say when it falls due. The checker fails a story where they disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClockStart } from '../../src/sim/story/clock.ts';
import {
  datelineProblem,
  deadlineProblem,
  readDateline,
} from '../../src/sim/story/narrated-time.ts';

/** Tuesday 4 March 2025, 13:10, as picking-error opens. */
const tuesday: ClockStart = { at: Date.UTC(2025, 2, 4, 13, 10) / 60000, dated: true };
const HOUR = 60;
const DAY = 24 * HOUR;

describe('a dateline at the start of a narration line', () => {
  it('is read as a day, a date and a time, whichever it states', () => {
    expect(readDateline('Tuesday 4 March, 13:10. A call is transferred to you.')).toEqual({
      weekday: 1,
      day: 4,
      month: 2,
      minute: 13 * 60 + 10,
    });
    expect(readDateline('13:30. The courier has confirmed the window.')).toEqual({ minute: 810 });
    expect(readDateline('Friday 28 November.')).toEqual({ weekday: 4, day: 28, month: 10 });
    expect(readDateline('Monday, 11:00. Before going further…')).toEqual({
      weekday: 0,
      minute: 660,
    });
    expect(readDateline('Thursday 10 July, in the morning window.')).toEqual({
      weekday: 3,
      day: 10,
      month: 6,
    });
  });

  it('is not read from the middle of a line, from a table row, or from other words', () => {
    expect(readDateline('CRM: delivered Monday 3 March at 11:20.')).toBeNull();
    expect(readDateline('Monday | 1,240 | 71%')).toBeNull();
    expect(readDateline('Mid-afternoon. The window has not arrived.')).toBeNull();
    expect(readDateline('Mondays are busy.')).toBeNull();
  });

  it('agrees with the clock when the day, date and time are the clock’s', () => {
    expect(datelineProblem('Tuesday 4 March, 13:10. A call.', 0, tuesday)).toBeNull();
    expect(datelineProblem('Wednesday 5 March, 09:30.', DAY - 220, tuesday)).toBeNull();
    expect(datelineProblem('Tuesday 1 April. Four weeks on.', 28 * DAY + 5, tuesday)).toBeNull();
  });

  it('is a problem when it disagrees, naming what disagrees and what the clock says', () => {
    // picking-error before the fix: "Wednesday 5 March, 09:30." shown at Wed 08:46.
    expect(datelineProblem('Wednesday 5 March, 09:30.', DAY - 264, tuesday)).toBe(
      'the narration says "Wednesday 5 March, 09:30." but the scenario clock says Wed 5 Mar 08:46 (the time disagrees): set the clock with "# time:" on the line above',
    );
    expect(datelineProblem('Thursday 6 March.', DAY, tuesday)).toMatch(
      /clock says Wed 5 Mar 13:10 \(the day and the date disagree\)/,
    );
  });

  it('checks only the day and the time in an undated story', () => {
    const undated: ClockStart = { ...tuesday, dated: false };
    expect(datelineProblem('Tuesday 9 December, 13:10.', 0, undated)).toBeNull();
    expect(datelineProblem('Wednesday.', 0, undated)).toMatch(/the day disagrees/);
  });
});

describe("a deadline's own words", () => {
  it('agree with the deadline when they name its time and day', () => {
    expect(deadlineProblem('Ring her back by 3pm', 30, 110, tuesday)).toBeNull();
    expect(deadlineProblem('Email her by 16:00 today', 0, 170, tuesday)).toBeNull();
    expect(deadlineProblem('Send the window by 10:00 tomorrow', 0, DAY - 190, tuesday)).toBeNull();
    expect(deadlineProblem('Chairs delivered by Friday 7 March', 0, 3 * DAY, tuesday)).toBeNull();
    expect(deadlineProblem('Deliver on Thursday morning', 0, 2 * DAY, tuesday)).toBeNull();
  });

  it('are a problem when the tag sets another time ("ring back by 3pm" due at 15:10)', () => {
    expect(deadlineProblem('Ring her back by 3pm', 0, 2 * HOUR, tuesday)).toBe(
      'the deadline "Ring her back by 3pm" falls due Tue 4 Mar 15:10 (the time disagrees): write it as "by 15:00", "by Thursday 09:00" or "+2 working days"',
    );
    expect(deadlineProblem('Chairs delivered by Friday 7 March', 0, 4 * DAY, tuesday)).toMatch(
      /the day and the date disagree/,
    );
    expect(deadlineProblem('Send it by 10:00 tomorrow', 0, 2 * DAY - 190, tuesday)).toMatch(
      /the day disagrees/,
    );
  });
});

describe('the library', () => {
  const dir = fileURLToPath(new URL('../../stories/', import.meta.url));
  const stories = readdirSync(dir).filter((name) => name.endsWith('.ink'));

  it.each(stories)('%s states when it starts, so its dashboard shows dates', (name) => {
    const source = readFileSync(`${dir}${name}`, 'utf8');
    expect(source).toMatch(/^# start: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m);
  });

  it.each(stories)(
    '%s does not open a log entry or an agreement with a name: the records show who beside it',
    (name) => {
      const source = readFileSync(`${dir}${name}`, 'utf8');
      const named = source
        .split('\n')
        .filter((line) =>
          /#\s*(?:log|agree):[^;]+;[^;]+;\s*(?:M(?:r|s|rs) [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+):/.test(
            line,
          ),
        );
      expect(named).toEqual([]);
    },
  );
});
