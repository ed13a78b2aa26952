/**
 * Tag protocol v1: the one place where Ink tags become typed simulation events.
 * Authors' documentation: docs/authoring.md. Every function here is pure; a
 * bad tag gives a message that says what is wrong and what was expected.
 */
import { isDimensionId, type DimensionId } from '../scoring/rubric.ts';
import { parseWhen, type Due, type When } from './clock.ts';
import { isLocation, type Location } from './locations.ts';
import {
  MISCONCEPTIONS,
  SYLLABUS_POINTS,
  type MisconceptionId,
  type SyllabusId,
} from '../scoring/syllabus.ts';

export const MOOD_EVENTS = [
  'listen',
  'apologise',
  'reassure',
  'resolve',
  'exceed',
  'dismiss',
  'blame-partner',
  'fail',
  'keep-promise',
  'break-promise',
] as const;
export type MoodEventName = (typeof MOOD_EVENTS)[number];

export const TRUST_EVENTS = [
  'consult',
  'share',
  'agree-written',
  'agree-verbal',
  'support',
  'thank',
  'pressure',
  'blame',
  'bypass',
  'ignore',
] as const;
export type TrustEventName = (typeof TRUST_EVENTS)[number];

export const CHARACTER_KINDS = ['customer', 'partner', 'department', 'colleague'] as const;
export type CharacterKind = (typeof CHARACTER_KINDS)[number];

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const CHANNELS = ['phone', 'email', 'in-person', 'chat', 'meeting', 'system'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LINK_STATUSES = ['on-track', 'at-risk', 'breached'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const OUTCOMES = ['strong', 'partial', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where an author pins an option whose place carries meaning (e.g. "Something else…" last). */
export const OPTION_PLACES = ['first', 'last'] as const;
export type OptionPlace = (typeof OPTION_PLACES)[number];

export type HeaderTag =
  | { kind: 'title'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'duration'; min: number; max: number }
  | { kind: 'difficulty'; difficulty: Difficulty }
  | { kind: 'location'; location: Location }
  | { kind: 'syllabus'; point: SyllabusId }
  /** A story's part for a person in the cast (`stories/cast.json`): story id and cast id. */
  | { kind: 'character'; id: string; person: string }
  /** Makes a character a link in the chain; the agreement comes from the cast (a named one, or the organisation's own). */
  | { kind: 'partner'; id: string; agreement: string | null }
  | { kind: 'start'; at: number }
  // Tutor notes (shown to a tutor only; see src/sim/story/tutor-notes.ts).
  | { kind: 'tutor-outcome'; text: string }
  | { kind: 'tutor-marking'; point: SyllabusId; how: string }
  | { kind: 'tutor-model'; text: string }
  | { kind: 'tutor-wrong-turn'; text: string };

/**
 * Tutor notes written above a decision's options: the discussion question to
 * ask before the class votes, and the one to ask once the consequence is on
 * screen. The simulation ignores them; the build gathers them per decision.
 */
export type DecisionNoteTag =
  { kind: 'ask-before'; question: string } | { kind: 'ask-after'; question: string };

export type LineTag =
  | { kind: 'speaker'; who: string }
  | { kind: 'scene'; location: Location }
  | { kind: 'clock'; minutes: number }
  | { kind: 'time'; when: When }
  | { kind: 'mood'; who: string; event: MoodEventName }
  | { kind: 'trust'; who: string; event: TrustEventName }
  | { kind: 'score'; dimension: DimensionId; delta: number; why: string }
  | { kind: 'evidence'; point: SyllabusId }
  | { kind: 'misconception'; id: MisconceptionId }
  | { kind: 'log'; who: string; channel: Channel; summary: string }
  /** `confirmed`: written, and it replaces the latest verbal agreement with the same person. */
  | { kind: 'agree'; who: string; written: boolean; confirms: boolean; what: string }
  | { kind: 'promise'; id: string; to: string; due: Due; what: string }
  | { kind: 'kept'; id: string }
  | { kind: 'sla'; id: string; partner: string; due: Due; what: string }
  | { kind: 'sla-met'; id: string }
  | { kind: 'sla-breached'; id: string }
  | { kind: 'status'; who: string; status: LinkStatus }
  | { kind: 'ending'; outcome: Outcome; title: string; meaning: string }
  | { kind: 'timer'; seconds: number }
  | { kind: 'pin'; place: OptionPlace }
  | { kind: 'chain-task'; question: string }
  | { kind: 'chain-link'; who: string }
  | {
      kind: 'kpi';
      who: string;
      label: string;
      value: number;
      target: number;
      unit: string;
      better: 'higher' | 'lower';
    };

export type Tag = HeaderTag | LineTag | DecisionNoteTag;
export type TagKind = Tag['kind'];

export const HEADER_TAG_KINDS: readonly HeaderTag['kind'][] = [
  'title',
  'summary',
  'duration',
  'difficulty',
  'location',
  'syllabus',
  'character',
  'partner',
  'start',
  'tutor-outcome',
  'tutor-marking',
  'tutor-model',
  'tutor-wrong-turn',
];

const DECISION_NOTE_TAG_KINDS: readonly DecisionNoteTag['kind'][] = ['ask-before', 'ask-after'];

export const isHeaderTag = (tag: Tag): tag is HeaderTag =>
  (HEADER_TAG_KINDS as readonly string[]).includes(tag.kind);

export const isDecisionNoteTag = (tag: Tag): tag is DecisionNoteTag =>
  (DECISION_NOTE_TAG_KINDS as readonly string[]).includes(tag.kind);

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

const ID = /^[a-z][a-z0-9-]*$/;

class TagError extends Error {}

function fail(message: string): never {
  throw new TagError(message);
}

/** Split `a; b; rest` into exactly `count` fields; the last keeps any further `;`. */
function fields(args: string, count: number, shape: string): string[] {
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

function words(args: string, count: number, shape: string): string[] {
  const parts = args.trim().split(/\s+/);
  if (parts.length !== count || parts[0] === '') fail(`expected ${shape}`);
  return parts;
}

function id(value: string, what: string): string {
  if (!ID.test(value)) fail(`${what} "${value}" must be lower-case letters, digits and hyphens`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    fail(`unknown ${what} "${value}"; expected one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function text(value: string, what: string): string {
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

const syllabusIds = SYLLABUS_POINTS.map((point) => point.id);
const markingPointIds = SYLLABUS_POINTS.filter((point) => point.kind === 'marking-point').map(
  (point) => point.id,
);
const misconceptionIds = MISCONCEPTIONS.map((item) => item.id);

type Parser = (args: string) => Tag;

const PARSERS: Record<TagKind, Parser> = {
  title: (args) => ({ kind: 'title', text: text(args, 'title') }),
  summary: (args) => ({ kind: 'summary', text: text(args, 'summary') }),
  duration: (args) => {
    const match = /^(\d+)\s*-\s*(\d+)$/.exec(args.trim());
    if (!match) fail(`duration "${args.trim()}" must be minutes like 12-18`);
    const min = Number(match[1]);
    const max = Number(match[2]);
    if (min > max) fail(`duration ${min}-${max} has its minimum above its maximum`);
    return { kind: 'duration', min, max };
  },
  difficulty: (args) => ({
    kind: 'difficulty',
    difficulty: oneOf(args.trim(), DIFFICULTIES, 'difficulty'),
  }),
  location: (args) => ({ kind: 'location', location: location(args.trim()) }),
  syllabus: (args) => ({
    kind: 'syllabus',
    point: oneOf(args.trim(), syllabusIds, 'syllabus point'),
  }),
  character: (args) => {
    const parts = args.split(';').map((part) => part.trim());
    if (parts.length >= 5) {
      fail(
        `people are defined once, in the cast: add ${parts[1] ? `"${parts[1]}"` : 'this person'} to stories/cast.json (id, name, role, kind, look), then write "# character: ${parts[0] || '<story id>'}; <cast id>" (see docs/authoring.md)`,
      );
    }
    if (parts.length !== 2 || parts.some((part) => part === '')) {
      fail('expected "<story id>; <cast id>", e.g. "customer; okafor-janet"');
    }
    const [who, person] = parts;
    if (who === 'you') fail('the character id "you" is reserved for the learner');
    return {
      kind: 'character',
      id: id(who!, 'character id'),
      person: id(person!, 'cast id'),
    };
  },
  partner: (args) => {
    const parts = args.split(';').map((part) => part.trim());
    if (parts.length >= 3 || (parts[1] !== undefined && /^(in)?formal$/.test(parts[1]))) {
      fail(
        'agreements are defined once, in the cast: write the contract or arrangement in stories/cast.json under the organisation, then write "# partner: <story id>" (see docs/authoring.md)',
      );
    }
    const [who, agreement] = parts;
    if (agreement === '') fail('the agreement id after ";" is empty');
    return {
      kind: 'partner',
      id: id(who!, 'partner id'),
      agreement: agreement === undefined ? null : id(agreement, 'agreement id'),
    };
  },
  'tutor-outcome': (args) => ({ kind: 'tutor-outcome', text: text(args, 'the learning outcome') }),
  'tutor-marking': (args) => {
    const [point, how] = fields(args, 2, 'marking point id; how this scenario evidences it');
    return {
      kind: 'tutor-marking',
      point: oneOf(point!, markingPointIds, 'marking point'),
      how: how!,
    };
  },
  'tutor-model': (args) => ({ kind: 'tutor-model', text: text(args, 'the model path') }),
  'tutor-wrong-turn': (args) => ({
    kind: 'tutor-wrong-turn',
    text: text(args, 'the wrong turn'),
  }),
  'ask-before': (args) => ({ kind: 'ask-before', question: text(args, 'the question') }),
  'ask-after': (args) => ({ kind: 'ask-after', question: text(args, 'the question') }),
  speaker: (args) => ({ kind: 'speaker', who: id(args.trim(), 'speaker') }),
  scene: (args) => ({ kind: 'scene', location: location(args.trim()) }),
  clock: (args) => ({ kind: 'clock', minutes: parseDuration(args) }),
  time: (args) => {
    const when = parseWhen(args);
    if (!when)
      fail(
        `"${args.trim()}" is not a time like 15:00, tomorrow 09:30, Wednesday 09:30 or 2025-03-05 09:30`,
      );
    return { kind: 'time', when };
  },
  start: (args) => {
    const when = parseWhen(args);
    if (when?.kind !== 'date')
      fail(`"${args.trim()}" is not a date and time like 2025-03-04 13:10`);
    return { kind: 'start', at: when.at };
  },
  mood: (args) => {
    const [who, event] = words(args, 2, 'a character and a mood event, e.g. "customer listen"');
    return {
      kind: 'mood',
      who: id(who!, 'character'),
      event: oneOf(event!, MOOD_EVENTS, 'mood event'),
    };
  },
  trust: (args) => {
    const [who, event] = words(args, 2, 'a partner and a trust event, e.g. "supplier consult"');
    return {
      kind: 'trust',
      who: id(who!, 'partner'),
      event: oneOf(event!, TRUST_EVENTS, 'trust event'),
    };
  },
  score: (args) => {
    const [head, why] = fields(args, 2, 'dimension +n; why');
    const [dimension, delta] = words(
      head!,
      2,
      'a dimension and a signed score, e.g. "listening +2"',
    );
    if (!isDimensionId(dimension!)) {
      fail(`unknown rubric dimension "${dimension}"; see src/sim/scoring/rubric.ts`);
    }
    if (!/^[+-][0-3]$/.test(delta!)) fail(`score "${delta}" must be a signed number from -3 to +3`);
    const value = Number(delta);
    if (value === 0) fail('a score of 0 records nothing; use a signed non-zero number');
    return { kind: 'score', dimension, delta: value, why: why! };
  },
  evidence: (args) => ({
    kind: 'evidence',
    point: oneOf(args.trim(), syllabusIds, 'syllabus point'),
  }),
  misconception: (args) => ({
    kind: 'misconception',
    id: oneOf(args.trim(), misconceptionIds, 'misconception'),
  }),
  log: (args) => {
    const [who, channel, summary] = fields(args, 3, 'with; channel; summary');
    return {
      kind: 'log',
      who: id(who!, 'character'),
      channel: oneOf(channel!, CHANNELS, 'channel'),
      summary: summary!,
    };
  },
  agree: (args) => {
    const [who, form, what] = fields(args, 3, 'with; written, confirmed or verbal; what');
    const kind = oneOf(form!, ['written', 'confirmed', 'verbal'], 'agreement form');
    return {
      kind: 'agree',
      who: id(who!, 'character'),
      written: kind !== 'verbal',
      confirms: kind === 'confirmed',
      what: what!,
    };
  },
  promise: (args) => {
    const [promise, to, due, what] = fields(args, 4, 'id; to; +2h; what');
    return {
      kind: 'promise',
      id: id(promise!, 'promise id'),
      to: id(to!, 'character'),
      due: parseDue(due!),
      what: what!,
    };
  },
  kept: (args) => ({ kind: 'kept', id: id(args.trim(), 'promise id') }),
  sla: (args) => {
    const [sla, partner, due, what] = fields(args, 4, 'id; partner; +24h; what');
    return {
      kind: 'sla',
      id: id(sla!, 'SLA id'),
      partner: id(partner!, 'partner'),
      due: parseDue(due!),
      what: what!,
    };
  },
  'sla-met': (args) => ({ kind: 'sla-met', id: id(args.trim(), 'SLA id') }),
  'sla-breached': (args) => ({ kind: 'sla-breached', id: id(args.trim(), 'SLA id') }),
  status: (args) => {
    const [who, status] = words(args, 2, 'a character and a status, e.g. "supplier at-risk"');
    return {
      kind: 'status',
      who: id(who!, 'character'),
      status: oneOf(status!, LINK_STATUSES, 'status'),
    };
  },
  ending: (args) => {
    const [outcome, title, meaning] = fields(
      args,
      3,
      'strong, partial or failed; title; what it meant',
    );
    return {
      kind: 'ending',
      outcome: oneOf(outcome!, OUTCOMES, 'ending'),
      title: title!,
      meaning: meaning!,
    };
  },
  kpi: (args) => {
    const [who, label, value, target, better] = fields(
      args,
      5,
      'partner; what is measured; value; target; higher or lower',
    );
    const measure = (text: string) => {
      const match = /^(-?\d+(?:\.\d+)?)\s*(%|s|min|h|d)?$/.exec(text);
      if (!match) fail(`"${text}" is not a figure like 62%, 45s or 0.8%`);
      return { amount: Number(match[1]), unit: match[2] ?? '' };
    };
    const actual = measure(value!);
    const goal = measure(target!);
    if (actual.unit !== goal.unit)
      fail(`the value and the target use different units (${value} and ${target})`);
    return {
      kind: 'kpi',
      who: id(who!, 'partner'),
      label: label!,
      value: actual.amount,
      target: goal.amount,
      unit: actual.unit,
      better: oneOf(better!, ['higher', 'lower'], 'direction'),
    };
  },
  pin: (args) => ({ kind: 'pin', place: oneOf(args.trim(), OPTION_PLACES, 'place') }),
  'chain-task': (args) => ({ kind: 'chain-task', question: text(args, 'the chain task question') }),
  'chain-link': (args) => {
    const who = args.trim();
    return { kind: 'chain-link', who: who === 'you' ? who : id(who, 'chain link') };
  },
  timer: (args) => {
    const match = /^(\d+)\s*s$/.exec(args.trim());
    if (!match) fail(`"${args.trim()}" is not a time like 45s`);
    const seconds = Number(match[1]);
    if (seconds < 10 || seconds > 300)
      fail(`a choice timer of ${seconds}s should be between 10s and 300s`);
    return { kind: 'timer', seconds };
  },
};

function location(value: string): Location {
  if (!isLocation(value)) fail(`unknown location "${value}"`);
  return value;
}

export const TAG_KINDS = Object.keys(PARSERS) as TagKind[];

/** Parse one tag's text, e.g. `score: listening +2; Let her finish.` */
export function parseTag(raw: string): TagResult {
  const source = raw.trim();
  const colon = source.indexOf(':');
  const name = (colon === -1 ? source : source.slice(0, colon)).trim();
  const args = colon === -1 ? '' : source.slice(colon + 1);
  if (!Object.hasOwn(PARSERS, name)) {
    return { ok: false, error: `unknown tag "${name}"; known tags: ${TAG_KINDS.join(', ')}` };
  }
  if (colon === -1) return { ok: false, error: `tag "${name}" needs ":" and its arguments` };
  try {
    return { ok: true, tag: PARSERS[name as TagKind](args) };
  } catch (error) {
    if (error instanceof TagError) return { ok: false, error: `tag "${name}": ${error.message}` };
    throw error;
  }
}
