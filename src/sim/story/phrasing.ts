/**
 * Small phrasing helpers for what the learner reads back after play: times
 * that stay unambiguous across a week, and choices turned into first-person
 * sentences for the reflection.
 */
import { clockLabel, DEFAULT_START, type ClockStart } from './clock.ts';

const START_MINUTE = 9 * 60;
const DAY = 24 * 60;

/**
 * "Tue 09:43", and past the first week "Mon 09:08 (day 8)", since weekday names
 * repeat; a dated story's times carry their date: "Wed 5 Mar 09:30".
 */
export function whenLabel(minutes: number, start: ClockStart = DEFAULT_START): string {
  if (start.dated) return clockLabel(minutes, start);
  const day = Math.floor((START_MINUTE + minutes) / DAY);
  return day >= 7 ? `${clockLabel(minutes)} (day ${day + 1})` : clockLabel(minutes);
}

/** Choice and speech texts often carry their own quotation marks; the page adds its own. */
export function unquote(text: string): string {
  const match = /^\s*["“]([\s\S]*)["”]\s*$/.exec(text);
  return match?.[1] ?? text;
}

/** Words an option can open with that are not something the learner does ("The fault is…", "Pennine's…"). */
const NOT_A_VERB = new Set(
  "a an the this that these those it its her his their our my your he he's she she's they we i yes no not with without by before after if when once while until as first everyone four customer warehouse pennine pennine's clearline clearline's northway northway's daniel".split(
    ' ',
  ),
);

/**
 * A choice as the learner would tell it: "I said: “…”", "I chose to ring
 * Graham…", or, where the option is not an instruction to the learner or
 * speaks to them as "you", "I chose the option “…”", which always reads as English.
 */
export function firstPerson(choice: string): string {
  const said = unquote(choice);
  if (said !== choice) return `I said: “${said}”`;
  // "Don't wait: ring now" is a choice not to do something.
  const dont = /^(?:Don't|Do not) (?=[a-z])/.exec(choice);
  if (dont) return `I chose not to ${choice.slice(dont[0].length)}`;
  // "Partner: a specialist…" is a label, not an instruction.
  if (/^[A-Za-z']+:/.test(choice)) return `I chose the option “${choice}”`;
  const first = /^[A-Z][a-z][a-z']*(?![A-Za-z])/.exec(choice)?.[0];
  const secondPerson = /\byou(?:r|rs|rself|'[a-z]+)?\b/i.test(choice);
  if (first && !NOT_A_VERB.has(first.toLowerCase()) && !secondPerson)
    return `I chose to ${choice[0]?.toLowerCase() ?? ''}${choice.slice(1)}`;
  return `I chose the option “${choice}”`;
}
