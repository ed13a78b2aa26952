/**
 * The story's datelines against the scenario clock. A narration line that
 * opens with a day, a date or a time ("Tuesday 4 March, 13:10. The call…",
 * "13:30. The courier…", "Friday 28 November.") says when it is now; the
 * checker fails the story when the clock says otherwise. Dates and times
 * later in a line (a delivery booked for Thursday, a call at 16:12 last week)
 * are about other moments and are not read. Pure.
 */
import { clockLabel, type ClockStart } from './clock.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** What a dateline states; each part is absent when the line does not say it. */
export interface Dateline {
  /** 0 = Monday. */
  readonly weekday?: number;
  readonly day?: number;
  /** 0 = January. */
  readonly month?: number;
  readonly year?: number;
  /** Minutes after midnight. */
  readonly minute?: number;
}

const DATELINE = new RegExp(
  '^(?:(' +
    WEEKDAYS.join('|') +
    '),? ?)?' +
    '(?:(\\d{1,2}) (' +
    MONTHS.join('|') +
    ')(?: (\\d{4}))?)?' +
    '(?:,? ?(?:at )?([01]\\d|2[0-3]):([0-5]\\d))?' +
    '(?=[.,;:]|$)',
  'i',
);

/** The dateline a narration line opens with, or null when it opens with none. */
export function readDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text.trim());
  if (!match || match[0].trim() === '') return null;
  const [, weekday, day, month, year, hour, minute] = match;
  return {
    ...(weekday ? { weekday: WEEKDAYS.indexOf(weekday.toLowerCase()) } : {}),
    ...(day && month ? { day: Number(day), month: MONTHS.indexOf(month.toLowerCase()) } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(hour && minute ? { minute: Number(hour) * 60 + Number(minute) } : {}),
  };
}

/**
 * Where a narration line's dateline disagrees with the clock at `now`: a
 * sentence for the author, or null when it agrees (or the line has none).
 */
export function datelineProblem(text: string, now: number, start: ClockStart): string | null {
  const line = readDateline(text);
  if (!line) return null;
  const date = new Date((start.at + now) * 60000);
  const wrong: string[] = [];
  if (line.weekday !== undefined && line.weekday !== (date.getUTCDay() + 6) % 7)
    wrong.push('the day');
  if (start.dated) {
    if (line.day !== undefined && line.day !== date.getUTCDate()) wrong.push('the date');
    else if (line.month !== undefined && line.month !== date.getUTCMonth()) wrong.push('the month');
    if (line.year !== undefined && line.year !== date.getUTCFullYear()) wrong.push('the year');
  }
  if (line.minute !== undefined && line.minute !== date.getUTCHours() * 60 + date.getUTCMinutes())
    wrong.push('the time');
  if (wrong.length === 0) return null;
  const quoted = text.trim().slice(0, 60);
  return `the narration says "${quoted}${text.trim().length > 60 ? '…' : ''}" but the scenario clock says ${clockLabel(now, start)} (${wrong.join(' and ')} ${wrong.length > 1 ? 'disagree' : 'disagrees'}): set the clock with "# time:" on the line above`;
}

const DEADLINE_TIME =
  /\bby (?:(\d{1,2})(?:[:.](\d{2}))? ?(am|pm)|([01]?\d|2[0-3]):([0-5]\d))\b(?: (today|tomorrow))?/i;
const DEADLINE_DAY = new RegExp(
  '\\bby (' + WEEKDAYS.join('|') + ')(?: (\\d{1,2}) (' + MONTHS.join('|') + '))?',
  'i',
);

/**
 * Where a promise's or SLA's own words ("by 3pm", "by 10:00 tomorrow", "by
 * Friday 14 March") disagree with the deadline its tag sets: a sentence for
 * the author, or null.
 */
export function deadlineProblem(
  what: string,
  madeAt: number,
  dueAt: number,
  start: ClockStart,
): string | null {
  const due = new Date((start.at + dueAt) * 60000);
  const dayOf = (minutes: number) => Math.floor((start.at + minutes) / (24 * 60));
  const wrong: string[] = [];
  const time = DEADLINE_TIME.exec(what);
  if (time) {
    const [, h12, m12, half, h24, m24, when] = time;
    const minute =
      h24 !== undefined
        ? Number(h24) * 60 + Number(m24)
        : ((Number(h12) % 12) + (half?.toLowerCase() === 'pm' ? 12 : 0)) * 60 + Number(m12 ?? 0);
    if (minute !== due.getUTCHours() * 60 + due.getUTCMinutes()) wrong.push('the time');
    const days = when?.toLowerCase() === 'tomorrow' ? 1 : when ? 0 : null;
    if (days !== null && dayOf(dueAt) - dayOf(madeAt) !== days) wrong.push('the day');
  }
  const day = DEADLINE_DAY.exec(what);
  if (day) {
    const [, weekday, date, month] = day;
    if (WEEKDAYS.indexOf(weekday!.toLowerCase()) !== (due.getUTCDay() + 6) % 7)
      wrong.push('the day');
    if (
      date &&
      month &&
      (Number(date) !== due.getUTCDate() ||
        MONTHS.indexOf(month.toLowerCase()) !== due.getUTCMonth())
    )
      wrong.push('the date');
  }
  if (wrong.length === 0) return null;
  return `the deadline "${what}" falls due ${clockLabel(dueAt, start)} (${[...new Set(wrong)].join(' and ')} ${wrong.length > 1 ? 'disagree' : 'disagrees'}): write it as "by 15:00", "by Thursday 09:00" or "+2 working days"`;
}
