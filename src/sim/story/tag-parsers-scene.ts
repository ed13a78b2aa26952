/**
 * Parsers for the tags that set a line's scene and its effect on people: who speaks, where,
 * how far the clock moves, how a customer feels or a partner trusts, what it scores, the syllabus
 * evidence and misconceptions it shows, and the date and time a story starts (a time, like
 * `# time:`). The table of every tag is in tag-parser.ts.
 */
import { isDimensionId } from '../scoring/rubric.ts';
import { MISCONCEPTION_IDS, SYLLABUS_IDS } from '../scoring/syllabus-ids.ts';
import { parseWhen } from './clock.ts';
import { MOOD_EVENTS, TRUST_EVENTS } from './tags.ts';
import {
  fail,
  fields,
  id,
  location,
  oneOf,
  parseDuration,
  words,
  type TagParsers,
} from './tag-fields.ts';

export const SCENE_PARSERS = {
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
    point: oneOf(args.trim(), SYLLABUS_IDS, 'syllabus point'),
  }),
  misconception: (args) => ({
    kind: 'misconception',
    id: oneOf(args.trim(), MISCONCEPTION_IDS, 'misconception'),
  }),
} satisfies TagParsers;
