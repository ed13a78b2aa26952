/**
 * Small phrasing helpers for what the learner reads back after play: times
 * that stay unambiguous across a week, and choices turned into first-person
 * sentences for the reflection.
 */
import { clockLabel } from './clock.ts';

const START_MINUTE = 9 * 60;
const DAY = 24 * 60;

/** "Tue 09:43", and past the first week "Mon 09:08 (day 8)", since weekday names repeat. */
export function whenLabel(minutes: number): string {
  const day = Math.floor((START_MINUTE + minutes) / DAY);
  return day >= 7 ? `${clockLabel(minutes)} (day ${day + 1})` : clockLabel(minutes);
}

/** Choice and speech texts often carry their own quotation marks; the page adds its own. */
export function unquote(text: string): string {
  const match = /^\s*["“]([\s\S]*)["”]\s*$/.exec(text);
  return match?.[1] ?? text;
}

/** A choice as the learner would tell it: "I said: “…”" or "I chose to ring Graham…". */
export function firstPerson(choice: string): string {
  const said = unquote(choice);
  if (said !== choice) return `I said: “${said}”`;
  if (/^[A-Z][a-z]/.test(choice))
    return `I chose to ${choice[0]?.toLowerCase() ?? ''}${choice.slice(1)}`;
  return `I chose: ${choice}`;
}
