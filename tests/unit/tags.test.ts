import { describe, expect, it } from 'vitest';
import { HEADER_TAG_KINDS, isHeaderTag, type Tag } from '../../src/sim/story/tags.ts';
import { parseTag, TAG_KINDS, type TagResult } from '../../src/sim/story/tag-parser.ts';
import { parseDuration } from '../../src/sim/story/tag-fields.ts';

/** The parsed tag, or a failed expectation that shows the parser's message. */
function parsed(raw: string): Tag {
  const result = parseTag(raw);
  if (!result.ok) throw new Error(`expected "${raw}" to parse, got: ${result.error}`);
  return result.tag;
}

/** The parser's message for a tag that must be rejected. */
function rejected(raw: string): string {
  const result: TagResult = parseTag(raw);
  if (result.ok)
    throw new Error(`expected "${raw}" to be rejected, got ${JSON.stringify(result.tag)}`);
  return result.error;
}

describe('the tag protocol parser', () => {
  describe('reads every kind of tag with good arguments', () => {
    const good: [string, Tag][] = [
      [
        'title: Late supplier: the Harbour sofa',
        { kind: 'title', text: 'Late supplier: the Harbour sofa' },
      ],
      ['summary:  A sofa is late.  ', { kind: 'summary', text: 'A sofa is late.' }],
      ['duration: 12-18', { kind: 'duration', min: 12, max: 18 }],
      ['duration: 5 - 5', { kind: 'duration', min: 5, max: 5 }],
      ['difficulty: advanced', { kind: 'difficulty', difficulty: 'advanced' }],
      ['location: warehouse', { kind: 'location', location: 'warehouse' }],
      ['syllabus: escalation', { kind: 'syllabus', point: 'escalation' }],
      [
        'character: customer; okafor-janet',
        { kind: 'character', id: 'customer', person: 'okafor-janet' },
      ],
      ['partner: supplier', { kind: 'partner', id: 'supplier', agreement: null }],
      [
        'partner: warehouse; with-marketing',
        { kind: 'partner', id: 'warehouse', agreement: 'with-marketing' },
      ],
      ['speaker: customer', { kind: 'speaker', who: 'customer' }],
      ['scene: customer-home', { kind: 'scene', location: 'customer-home' }],
      ['clock: +2m', { kind: 'clock', minutes: 2 }],
      ['clock: +3h', { kind: 'clock', minutes: 180 }],
      ['clock: +1d', { kind: 'clock', minutes: 1440 }],
      ['time: tomorrow 09:30', { kind: 'time', when: { kind: 'tomorrow', minute: 570 } }],
      ['start: 2025-03-04 13:10', { kind: 'start', at: Date.UTC(2025, 2, 4, 13, 10) / 60000 }],
      ['mood: customer blame-partner', { kind: 'mood', who: 'customer', event: 'blame-partner' }],
      [
        'mood:   customer    keep-promise ',
        { kind: 'mood', who: 'customer', event: 'keep-promise' },
      ],
      ['trust: supplier agree-written', { kind: 'trust', who: 'supplier', event: 'agree-written' }],
      [
        'score: listening +2; Letting her finish shows you heard her.',
        {
          kind: 'score',
          dimension: 'listening',
          delta: 2,
          why: 'Letting her finish shows you heard her.',
        },
      ],
      [
        'score: follow-through -3; A broken promise.',
        { kind: 'score', dimension: 'follow-through', delta: -3, why: 'A broken promise.' },
      ],
      [
        'evidence: communication-techniques',
        { kind: 'evidence', point: 'communication-techniques' },
      ],
      [
        'misconception: outsourcing-responsibility',
        { kind: 'misconception', id: 'outsourcing-responsibility' },
      ],
      [
        'log: supplier; phone; Asked about the delay.',
        { kind: 'log', who: 'supplier', channel: 'phone', summary: 'Asked about the delay.' },
      ],
      [
        'agree: supplier; written; Dispatch by Friday.',
        {
          kind: 'agree',
          who: 'supplier',
          written: true,
          confirms: false,
          what: 'Dispatch by Friday.',
        },
      ],
      [
        'agree: supplier; confirmed; Dispatch by Friday, confirmed by email.',
        {
          kind: 'agree',
          who: 'supplier',
          written: true,
          confirms: true,
          what: 'Dispatch by Friday, confirmed by email.',
        },
      ],
      [
        'agree: supplier; verbal; Dispatch by Friday.',
        {
          kind: 'agree',
          who: 'supplier',
          written: false,
          confirms: false,
          what: 'Dispatch by Friday.',
        },
      ],
      [
        'promise: callback; customer; +2h; call you back',
        {
          kind: 'promise',
          id: 'callback',
          to: 'customer',
          due: { kind: 'in', minutes: 120 },
          what: 'call you back',
        },
      ],
      ['kept: callback', { kind: 'kept', id: 'callback' }],
      ['broken: callback', { kind: 'broken', id: 'callback', why: null }],
      [
        'broken: callback; No slot was free; promise only what you have checked.',
        {
          kind: 'broken',
          id: 'callback',
          why: 'No slot was free; promise only what you have checked.',
        },
      ],
      [
        'revised: callback; by tomorrow 10:00; ring you by 10:00 tomorrow',
        {
          kind: 'revised',
          id: 'callback',
          due: { kind: 'by', when: { kind: 'tomorrow', minute: 600 } },
          what: 'ring you by 10:00 tomorrow',
        },
      ],
      ['withdrawn: callback', { kind: 'withdrawn', id: 'callback' }],
      [
        'sla: dispatch-date; supplier; +24h; confirm the dispatch date',
        {
          kind: 'sla',
          id: 'dispatch-date',
          partner: 'supplier',
          due: { kind: 'in', minutes: 1440 },
          what: 'confirm the dispatch date',
        },
      ],
      ['sla-met: dispatch-date', { kind: 'sla-met', id: 'dispatch-date' }],
      ['sla-breached: dispatch-date', { kind: 'sla-breached', id: 'dispatch-date' }],
      ['status: supplier at-risk', { kind: 'status', who: 'supplier', status: 'at-risk' }],
      [
        'ending: partial; Half sorted; She will give you one more chance.',
        {
          kind: 'ending',
          outcome: 'partial',
          title: 'Half sorted',
          meaning: 'She will give you one more chance.',
        },
      ],
      ['timer: 45s', { kind: 'timer', seconds: 45 }],
      ['pin: last', { kind: 'pin', place: 'last' }],
      [
        'chain-task: Where did the order go first?',
        { kind: 'chain-task', question: 'Where did the order go first?' },
      ],
      ['chain-link: warehouse', { kind: 'chain-link', who: 'warehouse' }],
      ['chain-link: you', { kind: 'chain-link', who: 'you' }],
      [
        'tutor-outcome: Apologise specifically and take ownership.',
        { kind: 'tutor-outcome', text: 'Apologise specifically and take ownership.' },
      ],
      [
        'tutor-marking: proactive-communication; Ringing the fitter before the day.',
        {
          kind: 'tutor-marking',
          point: 'proactive-communication',
          how: 'Ringing the fitter before the day.',
        },
      ],
      [
        'tutor-model: Listen, apologise, check, then call the supplier.',
        { kind: 'tutor-model', text: 'Listen, apologise, check, then call the supplier.' },
      ],
      [
        'tutor-wrong-turn: Blaming the supplier in front of her.',
        { kind: 'tutor-wrong-turn', text: 'Blaming the supplier in front of her.' },
      ],
      ['ask-before: What does she need?', { kind: 'ask-before', question: 'What does she need?' }],
      [
        'ask-after: Why did she calm down?',
        { kind: 'ask-after', question: 'Why did she calm down?' },
      ],
      [
        'kpi: courier; Damage rate; 0.8%; 0.5%; lower',
        {
          kind: 'kpi',
          who: 'courier',
          label: 'Damage rate',
          value: 0.8,
          target: 0.5,
          unit: '%',
          better: 'lower',
        },
      ],
    ];

    it.each(good)('parses "%s"', (raw, expected) => {
      expect(parsed(raw)).toEqual(expected);
    });

    it('has a good example above for every tag kind it knows', () => {
      const covered = new Set(good.map(([, tag]) => tag.kind));
      expect([...TAG_KINDS].sort()).toEqual([...covered].sort());
    });
  });

  it('tells header tags from line tags', () => {
    for (const kind of HEADER_TAG_KINDS) expect(TAG_KINDS).toContain(kind);
    expect(isHeaderTag(parsed('title: A'))).toBe(true);
    expect(isHeaderTag(parsed('character: a; chen-amy'))).toBe(true);
    expect(isHeaderTag(parsed('speaker: a'))).toBe(false);
    expect(isHeaderTag(parsed('ending: failed; T; M'))).toBe(false);
  });

  it('ignores whitespace around the tag name and its arguments', () => {
    expect(parsed('  speaker :   customer  ')).toEqual({ kind: 'speaker', who: 'customer' });
  });

  describe('rejects unknown tags', () => {
    it('names the unknown tag and lists the tags it knows', () => {
      const error = rejected('colour: red');
      expect(error).toContain('unknown tag "colour"');
      for (const kind of TAG_KINDS) expect(error).toContain(kind);
    });

    it('is case-sensitive about tag names', () => {
      expect(rejected('Title: A')).toContain('unknown tag "Title"');
    });

    it('does not mistake built-in object properties for tags', () => {
      expect(rejected('constructor: x')).toContain('unknown tag "constructor"');
      expect(rejected('__proto__: x')).toContain('unknown tag "__proto__"');
      expect(rejected('toString: x')).toContain('unknown tag "toString"');
    });

    it('rejects an empty tag', () => {
      expect(rejected('')).toContain('unknown tag ""');
    });

    it('says a known tag without a colon needs one', () => {
      expect(rejected('title')).toBe('tag "title" needs ":" and its arguments');
    });
  });

  describe('gives a clear message naming the problem for bad arguments', () => {
    const bad: [string, string][] = [
      ['title:   ', 'tag "title": title is empty'],
      ['summary:', 'tag "summary": summary is empty'],
      ['duration: 12', 'tag "duration": duration "12" must be minutes like 12-18'],
      ['duration: 18-12', 'tag "duration": duration 18-12 has its minimum above its maximum'],
      [
        'difficulty: easy',
        'tag "difficulty": unknown difficulty "easy"; expected one of: foundation, intermediate, advanced',
      ],
      ['location: moon', 'tag "location": unknown location "moon"'],
      ['syllabus: knitting', 'tag "syllabus": unknown syllabus point "knitting"'],
      [
        'character: customer; Mrs Janet Okafor; Customer; customer; okafor',
        'people are defined once, in the cast: add "Mrs Janet Okafor" to stories/cast.json (id, name, role, kind, look), then write "# character: customer; <cast id>"',
      ],
      ['character: customer', 'expected "<story id>; <cast id>", e.g. "customer; okafor-janet"'],
      ['character: customer; okafor-janet; Customer', 'expected "<story id>; <cast id>"'],
      ['character: you; okafor-janet', 'the character id "you" is reserved for the learner'],
      [
        'character: Customer; okafor-janet',
        'character id "Customer" must be lower-case letters, digits and hyphens',
      ],
      [
        'character: customer; Mrs Okafor',
        'cast id "Mrs Okafor" must be lower-case letters, digits and hyphens',
      ],
      [
        'partner: supplier; formal; SLA: reply within 24 hours',
        'agreements are defined once, in the cast: write the contract or arrangement in stories/cast.json',
      ],
      ['partner: supplier; informal', 'agreements are defined once, in the cast'],
      ['partner: supplier;', 'the agreement id after ";" is empty'],
      [
        'speaker: Mrs Okafor',
        'speaker "Mrs Okafor" must be lower-case letters, digits and hyphens',
      ],
      ['scene: beach', 'unknown location "beach"'],
      ['clock: 2 hours', '"2 hours" is not a duration like +30m, +2h or +1d'],
      ['clock: +0m', 'duration "+0m" must be more than zero'],
      ['clock: -5m', 'is not a duration'],
      ['mood: customer', 'expected a character and a mood event, e.g. "customer listen"'],
      ['mood: customer listen now', 'expected a character and a mood event'],
      ['mood: customer shout', 'unknown mood event "shout"; expected one of: listen, apologise'],
      ['trust: supplier hug', 'unknown trust event "hug"; expected one of: consult, share'],
      ['trust: supplier', 'expected a partner and a trust event, e.g. "supplier consult"'],
      ['score: listening +2', 'expected 2 fields separated by ";": dimension +n; why'],
      ['score: listening +2;   ', 'field 2 is empty in: dimension +n; why'],
      [
        'score: empathy +2; Why.',
        'unknown rubric dimension "empathy"; see src/sim/scoring/rubric.ts',
      ],
      ['score: listening 2; Why.', 'score "2" must be a signed number from -3 to +3'],
      ['score: listening +4; Why.', 'score "+4" must be a signed number from -3 to +3'],
      ['score: listening -10; Why.', 'score "-10" must be a signed number from -3 to +3'],
      ['score: listening +0; Why.', 'a score of 0 records nothing; use a signed non-zero number'],
      ['score: listening -0; Why.', 'a score of 0 records nothing'],
      ['score: listening; Why.', 'expected a dimension and a signed score, e.g. "listening +2"'],
      ['evidence: nothing', 'unknown syllabus point "nothing"'],
      ['misconception: optimism', 'unknown misconception "optimism"'],
      [
        'log: supplier; fax; Sent a fax.',
        'unknown channel "fax"; expected one of: phone, email, in-person, chat, meeting, system',
      ],
      ['log: supplier; phone', 'expected 3 fields separated by ";": with; channel; summary'],
      [
        'agree: supplier; handshake; Friday.',
        'unknown agreement form "handshake"; expected one of: written, confirmed, verbal',
      ],
      [
        'promise: callback; customer; soon; call back',
        '"soon" is not a duration like +30m, +2h or +1d',
      ],
      [
        'promise: Call Back; customer; +1h; call back',
        'promise id "Call Back" must be lower-case letters, digits and hyphens',
      ],
      ['promise: callback; customer; +1h', 'expected 4 fields separated by ";": id; to; +2h; what'],
      ['kept: ', 'promise id "" must be lower-case letters, digits and hyphens'],
      ['broken: callback;  ', 'the reason after ";" is empty'],
      [
        'broken: Call Back',
        'promise id "Call Back" must be lower-case letters, digits and hyphens',
      ],
      [
        'revised: callback; +1h',
        'expected 3 fields separated by ";": id; new deadline; what is promised now',
      ],
      ['revised: callback; later; ring back', '"later" is not a duration'],
      ['withdrawn: a b', 'promise id "a b" must be lower-case'],
      ['sla: dispatch; supplier; +1w; confirm', '"+1w" is not a duration'],
      ['sla-met: Dispatch', 'SLA id "Dispatch" must be lower-case'],
      ['sla-breached: a b', 'SLA id "a b" must be lower-case'],
      [
        'status: supplier late',
        'unknown status "late"; expected one of: on-track, at-risk, breached',
      ],
      [
        'ending: great; Title; Meaning',
        'unknown ending "great"; expected one of: strong, partial, failed',
      ],
      [
        'ending: strong; Title',
        'expected 3 fields separated by ";": strong, partial or failed; title; what it meant',
      ],
    ];

    it.each(bad)('rejects "%s" saying: %s', (raw, message) => {
      const error = rejected(raw);
      const name = raw.slice(0, raw.indexOf(':')).trim();
      expect(error.startsWith(`tag "${name}": `)).toBe(true);
      expect(error).toContain(message);
    });
  });

  describe('splits fields at ";"', () => {
    it('keeps every further ";" in the last field', () => {
      expect(parsed('ending: strong; Sorted; She is happy; and says so; twice.')).toEqual({
        kind: 'ending',
        outcome: 'strong',
        title: 'Sorted',
        meaning: 'She is happy; and says so; twice.',
      });
      expect(parsed('score: listening +1; Good; but late.')).toMatchObject({
        why: 'Good; but late.',
      });
      expect(parsed('log: supplier; email; Sent: dates; prices; terms')).toMatchObject({
        summary: 'Sent: dates; prices; terms',
      });
      expect(parsed('promise: p1; customer; +1h; call back; then email')).toMatchObject({
        what: 'call back; then email',
      });
    });

    it('trims each field', () => {
      expect(parsed('agree:   supplier ;  written ;   Friday.  ')).toEqual({
        kind: 'agree',
        who: 'supplier',
        written: true,
        confirms: false,
        what: 'Friday.',
      });
    });

    it('keeps a ":" in the text after the first one', () => {
      expect(parsed('title: Part 2: the return')).toEqual({
        kind: 'title',
        text: 'Part 2: the return',
      });
    });
  });

  describe('parseDuration', () => {
    it.each([
      ['+30m', 30],
      ['30m', 30],
      ['+2h', 120],
      ['+1d', 1440],
      ['  +90m ', 90],
      ['+3 h', 180],
      ['+2d', 2880],
    ])('reads "%s" as %i minutes', (text, minutes) => {
      expect(parseDuration(text)).toBe(minutes);
    });

    it.each(['', '+', '30', '+1.5h', '-1h', '+1w', 'h', '+2hours', '++2h', '+0h', '+0d'])(
      'throws a clear error for "%s"',
      (text) => {
        expect(() => parseDuration(text)).toThrow(/duration/);
      },
    );
  });
});
