/**
 * Parsers for the tags about the chain and the play: a link's status and KPIs, the chain task
 * and the link it traces, a choice's timer and pinned place, and the ending. The table of every
 * tag is in tag-parser.ts.
 */
import { LINK_STATUSES, OPTION_PLACES, OUTCOMES } from './tags.ts';
import { fail, fields, id, oneOf, text, words, type TagParsers } from './tag-fields.ts';

export const PLAY_PARSERS = {
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
} satisfies TagParsers;
