/**
 * Reading a tag's arguments: fields split by ";", words, ids, one of a list, durations and
 * deadlines. Each throws a TagError whose message says what is wrong and what was expected;
 * tag-parser.ts turns it into the tag's error.
 */
import { parseWhen, type Due } from './clock.ts';
import { isLocation, type Location } from './locations.ts';
import type { Tag, TagKind } from './tags.ts';

export class TagError extends Error {}

/** Some tags' parsers, each turning a tag's arguments (the text after ":") into the tag. */
export type TagParsers = Partial<Record<TagKind, (args: string) => Tag>>;

export function fail(message: string): never {
  throw new TagError(message);
}

const ID = /^[a-z][a-z0-9-]*$/;

/** Split `a; b; rest` into exactly `count` fields; the last keeps any further `;`. */
export function fields(args: string, count: number, shape: string): string[] {
  const parts = args.split(';');
  if (parts.length < count) fail(`expected ${count} fields separated by ";": ${shape}`);
  const head = parts.slice(0, count - 1).map((part) => part.trim());
  const tail = parts
    .slice(count - 1)
    .join(';')
    .trim();
  const all = [...head, tail];
  all.forEach((field, index) => {
    if (field === '') fail(`field ${index + 1} is empty in: ${shape}`);
  });
  return all;
}

export function words(args: string, count: number, shape: string): string[] {
  const parts = args.trim().split(/\s+/);
  if (parts.length !== count || parts[0] === '') fail(`expected ${shape}`);
  return parts;
}

export function id(value: string, what: string): string {
  if (!ID.test(value)) fail(`${what} "${value}" must be lower-case letters, digits and hyphens`);
  return value;
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    fail(`unknown ${what} "${value}"; expected one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

export function text(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') fail(`${what} is empty`);
  return trimmed;
}

/** `+30m`, `+2h`, `+1d` (a leading `+` is optional) as minutes. */
export function parseDuration(raw: string): number {
  // Quote the trimmed text in messages: `clock: 2 hours` used to report `" 2 hours"`.
  const value = raw.trim();
  const match = /^\+?(\d+)\s*([mhd])$/.exec(value);
  if (!match) fail(`"${value}" is not a duration like +30m, +2h or +1d`);
  const amount = Number(match[1]);
  const unit = match[2];
  const minutes = unit === 'd' ? amount * 24 * 60 : unit === 'h' ? amount * 60 : amount;
  if (minutes <= 0) fail(`duration "${value}" must be more than zero`);
  return minutes;
}

/**
 * A deadline: a duration (`+2h`), a stated time (`by 15:00`, `by tomorrow 09:30`,
 * `by Thursday 09:00`, `by 2025-03-18 17:00`) or working days (`+2 working days`, `+2wd`).
 */
export function parseDue(raw: string): Due {
  const value = raw.trim();
  const by = /^by\s+(.+)$/i.exec(value);
  if (by) {
    const when = parseWhen(by[1]!);
    if (!when)
      fail(`"${value}" is not a time like "by 15:00", "by tomorrow 09:30" or "by Thursday 09:00"`);
    return { kind: 'by', when };
  }
  const working = /^\+?(\d+)\s*(?:wd|working days?)$/i.exec(value);
  if (working) {
    const days = Number(working[1]);
    if (days <= 0) fail(`"${value}" must be at least one working day`);
    return { kind: 'working-days', days };
  }
  return { kind: 'in', minutes: parseDuration(value) };
}

export function location(value: string): Location {
  if (!isLocation(value)) fail(`unknown location "${value}"`);
  return value;
}
