/**
 * The in-scenario clock counts minutes from the start of the scenario. A story
 * may say when it starts (`# start: 2025-03-04 13:10`); without that it opens
 * on an undated Monday at 09:00. Pure helpers; the session owns the value.
 */
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 24 * 60;

/** When minute 0 of a scenario is, in minutes since 1970 (UTC, no time zones), and whether the story dated it. */
export interface ClockStart {
  readonly at: number;
  readonly dated: boolean;
}

/** Monday 3 March 2025, 09:00: the undated Monday every story without `# start:` opens on. */
export const DEFAULT_START: ClockStart = { at: Date.UTC(2025, 2, 3, 9, 0) / 60000, dated: false };

const dateOf = (start: ClockStart, minutes: number) => new Date((start.at + minutes) * 60000);
const dayNumber = (start: ClockStart, minutes: number) => Math.floor((start.at + minutes) / DAY);
const hhmm = (date: Date) =>
  `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
const weekday = (date: Date) => DAYS[(date.getUTCDay() + 6) % 7] ?? 'Mon';

/** "Tue 13:10", or for a dated story "Tue 4 Mar 13:10". */
export function clockLabel(minutes: number, start: ClockStart = DEFAULT_START): string {
  const date = dateOf(start, minutes);
  const day = start.dated
    ? `${weekday(date)} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`
    : weekday(date);
  return `${day} ${hhmm(date)}`;
}

/** A deadline as seen at `now`: "15:00 today", else the day (and date, for a dated story) too. */
export function dueLabel(due: number, now: number, start: ClockStart = DEFAULT_START): string {
  if (dayNumber(start, due) === dayNumber(start, now)) return `${hhmm(dateOf(start, due))} today`;
  return clockLabel(due, start);
}

/** A point in time an author writes: `15:00`, `tomorrow 09:30`, `Thursday 09:00`, `2025-03-05 09:30`. */
export type When =
  | { readonly kind: 'today' | 'tomorrow'; readonly minute: number }
  | { readonly kind: 'weekday'; readonly day: number; readonly minute: number }
  | { readonly kind: 'date'; readonly at: number };

/** A deadline: a duration, a stated time, or a number of working days (Mon–Fri). */
export type Due =
  | { readonly kind: 'in'; readonly minutes: number }
  | { readonly kind: 'by'; readonly when: When }
  | { readonly kind: 'working-days'; readonly days: number };

const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Parse a `When`, or null when the text is not one. */
export function parseWhen(text: string): When | null {
  const value = text.trim().toLowerCase();
  const time = (raw: string) => {
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw);
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  };
  const dated = /^(\d{4})-(\d{2})-(\d{2})[ t]+(\S+)$/.exec(value);
  if (dated) {
    const minute = time(dated[4]!);
    const [y, m, d] = [Number(dated[1]), Number(dated[2]), Number(dated[3])];
    const at = Date.UTC(y, m - 1, d) / 60000;
    const check = new Date(at * 60000);
    if (minute === null || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
    return { kind: 'date', at: at + minute };
  }
  const [first = '', second = '', ...rest] = value.split(/\s+/);
  if (rest.length > 0) return null;
  if (second === '') {
    const minute = time(first);
    return minute === null ? null : { kind: 'today', minute };
  }
  const minute = time(second);
  if (minute === null) return null;
  if (first === 'today' || first === 'tomorrow') return { kind: first, minute };
  const day = FULL_DAYS.findIndex((name) => name === first || name.slice(0, 3) === first);
  return day === -1 ? null : { kind: 'weekday', day, minute };
}

/** The scenario minute a `When` names, seen from `now`: the next such time, today included. */
export function resolveWhen(when: When, now: number, start: ClockStart = DEFAULT_START): number {
  const today = dayNumber(start, now) * DAY - start.at;
  if (when.kind === 'date') return when.at - start.at;
  if (when.kind !== 'weekday') return today + (when.kind === 'tomorrow' ? DAY : 0) + when.minute;
  const current = (dateOf(start, now).getUTCDay() + 6) % 7;
  let ahead = (when.day - current + 7) % 7;
  if (ahead === 0 && today + when.minute < now) ahead = 7;
  return today + ahead * DAY + when.minute;
}

/** The scenario minute a deadline set at `now` falls due. */
export function resolveDue(due: Due, now: number, start: ClockStart = DEFAULT_START): number {
  if (due.kind === 'in') return now + due.minutes;
  if (due.kind === 'by') return resolveWhen(due.when, now, start);
  let at = now;
  for (let left = due.days; left > 0;) {
    at += DAY;
    const day = (dateOf(start, at).getUTCDay() + 6) % 7;
    if (day < 5) left -= 1;
  }
  return at;
}

export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** Status of a running deadline: at risk once less than a quarter of its window remains. */
export function deadlineStatus(
  now: number,
  startedAt: number,
  dueAt: number,
): 'on-track' | 'at-risk' | 'breached' {
  if (now > dueAt) return 'breached';
  const window = dueAt - startedAt;
  return dueAt - now < window / 4 ? 'at-risk' : 'on-track';
}
