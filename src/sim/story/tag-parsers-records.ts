/**
 * Parsers for the tags that keep a record (src/sim/session/records.ts): the contact log,
 * agreements, promises and how each is kept, broken, withdrawn or revised, and SLAs and whether
 * they are met. The table of every tag is in tag-parser.ts.
 */
import { CHANNELS } from './tags.ts';
import { fail, fields, id, oneOf, parseDue, type TagParsers } from './tag-fields.ts';

export const RECORD_PARSERS = {
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
} satisfies TagParsers;
