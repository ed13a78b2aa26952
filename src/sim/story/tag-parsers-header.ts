/**
 * Parsers for the tags a story says about itself, above its first line: its header (title,
 * duration, cast, partners, start), the tutor notes, and the discussion questions written above
 * a decision. The table of every tag is in tag-parser.ts.
 */
import { MARKING_POINT_IDS, SYLLABUS_IDS } from '../scoring/syllabus-ids.ts';
import { DIFFICULTIES } from './tags.ts';
import { fail, fields, id, location, oneOf, text, type TagParsers } from './tag-fields.ts';

export const HEADER_PARSERS = {
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
    point: oneOf(args.trim(), SYLLABUS_IDS, 'syllabus point'),
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
      point: oneOf(point!, MARKING_POINT_IDS, 'marking point'),
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
} satisfies TagParsers;
