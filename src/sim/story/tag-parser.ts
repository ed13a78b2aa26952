/**
 * Tag protocol v1: the one place where Ink tags become typed simulation events (the tags
 * themselves are listed in tags.ts). Every function here is pure; a bad tag gives a message that
 * says what is wrong and what was expected.
 */
import { isDimensionId } from '../scoring/rubric.ts';
import { parseWhen } from './clock.ts';
import { MISCONCEPTIONS, SYLLABUS_POINTS } from '../scoring/syllabus.ts';
import {
  CHANNELS,
  DIFFICULTIES,
  LINK_STATUSES,
  MOOD_EVENTS,
  OPTION_PLACES,
  OUTCOMES,
  TRUST_EVENTS,
  type Tag,
  type TagKind,
} from './tags.ts';
import {
  fail,
  fields,
  id,
  location,
  oneOf,
  parseDue,
  parseDuration,
  TagError,
  text,
  words,
} from './tag-fields.ts';

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

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
  broken: (args) => {
    const [promise, ...why] = args.split(';');
    const reason = why.join(';').trim();
    if (why.length > 0 && reason === '') fail('the reason after ";" is empty');
    return {
      kind: 'broken',
      id: id(promise!.trim(), 'promise id'),
      why: why.length > 0 ? reason : null,
    };
  },
  withdrawn: (args) => ({ kind: 'withdrawn', id: id(args.trim(), 'promise id') }),
  revised: (args) => {
    const [promise, due, what] = fields(args, 3, 'id; new deadline; what is promised now');
    return {
      kind: 'revised',
      id: id(promise!, 'promise id'),
      due: parseDue(due!),
      what: what!,
    };
  },
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
