/**
 * The report's record parts: the ending and where it left everyone, the
 * misconceptions the learner's choices showed, and the communication log and
 * agreements — the paper trail an assessor asks for as portfolio evidence.
 */
import { traceSentence, tracedLinks } from '../../sim/chain/chain-trace.ts';
import { unquote, whenLabel } from '../../sim/story/phrasing.ts';
import { feelingWords, moodOf } from '../../sim/people/people.ts';
import { RECOVERY_PARADOX } from '../../sim/scoring/rubric-texts.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import type { SimState } from '../../sim/session/sim-state.ts';
import { MISCONCEPTIONS } from '../../sim/scoring/syllabus.ts';
import { h, tableHead } from '../shell/dom.ts';
import { OUTCOME_WORDS, personLabel, personName } from './report-words.ts';

const CHANNEL_WORDS = {
  phone: 'Phone',
  email: 'Email',
  'in-person': 'In person',
  chat: 'Chat',
  meeting: 'Meeting',
  system: 'System note',
} as const;

export function renderEnding(state: SimState, meta: ScenarioMeta): HTMLElement | null {
  const ending = state.ending;
  if (!ending) return null;
  const people = meta.characters.flatMap((c) => {
    const person = state.people[c.id];
    const words = person ? feelingWords(person) : null;
    if (!person || !words) return [];
    const trust =
      person.kind === 'partner' ? `, trust ${person.relationship.context.trust} of 100` : '';
    return [h('li', {}, h('strong', {}, `${personLabel(meta, c.id)}: `), `${words}${trust}`)];
  });
  const promises = state.promises.map((p) =>
    h(
      'li',
      {},
      `Promise to ${personName(meta, p.to)} — ${p.what}, by ${whenLabel(p.dueAt, meta.start)}: `,
      h('strong', {}, p.status),
      p.revised
        ? ` (revised from "${p.revised.what}", by ${whenLabel(p.revised.dueAt, meta.start)})`
        : null,
    ),
  );
  const slas = state.slas.map((s) =>
    h(
      'li',
      {},
      `SLA with ${personName(meta, s.partner)} — ${s.what}, due ${whenLabel(s.dueAt, meta.start)}: `,
      h('strong', {}, s.status),
    ),
  );
  return h(
    'div',
    { className: `ending ending-${ending.outcome}` },
    h('h3', {}, `${OUTCOME_WORDS[ending.outcome]}: ${ending.title}`),
    h('p', {}, ending.meaning),
    people.length > 0 ? h('p', { className: 'ending-lead' }, 'Where it left everyone:') : null,
    people.length > 0 ? h('ul', { className: 'ending-people' }, ...people) : null,
    promises.length + slas.length > 0
      ? h('ul', { className: 'ending-commitments' }, ...promises, ...slas)
      : null,
    Object.values(state.people).some((person) => moodOf(person) === 'advocate')
      ? h('p', { className: 'recovery-paradox' }, RECOVERY_PARADOX)
      : null,
  );
}

export function renderMisconceptions(state: SimState): HTMLElement | null {
  const found = state.decisions.flatMap((decision) =>
    decision.misconceptions.map((id) => ({
      label: MISCONCEPTIONS.find((m) => m.id === id)?.label ?? id,
      choice: decision.options[decision.chosen] ?? '',
      number: decision.index + 1,
    })),
  );
  if (found.length === 0) return null;
  return h(
    'section',
    { className: 'report-part misconceptions', 'aria-labelledby': 'misconceptions-heading' },
    h('h3', { id: 'misconceptions-heading' }, 'Common misconceptions in your choices'),
    h(
      'ul',
      {},
      ...found.map((m) =>
        h(
          'li',
          {},
          h('strong', {}, m.label),
          ` — decision ${m.number}: `,
          h('q', {}, unquote(m.choice)),
        ),
      ),
    ),
  );
}

/** A table whose rows sit directly in it: see report-curves.ts for why there is no tbody. */
function recordTable(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly (string | Node)[])[],
) {
  const table = h(
    'table',
    { className: 'data-table stack-table' },
    h('caption', {}, caption),
    tableHead(...columns),
    ...rows.map(([first, ...rest]) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, first ?? ''),
        ...rest.map((cell, i) => h('td', { 'data-label': columns[i + 1] }, cell)),
      ),
    ),
  );
  return h('div', { className: 'table-scroll' }, table);
}

/** A record table with a row per item, or the sentence `none` when there are no items. */
function tableOrNone<T>(
  caption: string,
  columns: readonly string[],
  items: readonly T[],
  row: (item: T) => readonly (string | Node)[],
  none: string,
): HTMLElement {
  return items.length > 0 ? recordTable(caption, columns, items.map(row)) : h('p', {}, none);
}

/** The links the learner named in a chain-mapping task, in order, and the question each answered. */
function traceRecord(state: SimState, meta: ScenarioMeta): HTMLElement[] {
  const trace = tracedLinks(meta, state.chainTrace);
  if (trace.length === 0) return [];
  return [
    h(
      'p',
      { className: 'trace-summary' },
      h('strong', {}, 'Your trace of the service chain: '),
      traceSentence(trace),
    ),
    recordTable(
      'Your trace of the service chain',
      ['Step', 'Question', 'Link you named', 'Decision'],
      trace.map((link) => [
        String(link.number),
        link.question,
        link.name,
        `Decision ${link.decision + 1}`,
      ]),
    ),
  ];
}

export function renderRecords(state: SimState, meta: ScenarioMeta): HTMLElement {
  const unconfirmed = state.agreements.filter((a) => !a.written).length;
  return h(
    'section',
    { className: 'report-part records', 'aria-labelledby': 'records-heading' },
    h('h3', { id: 'records-heading' }, 'Your communication log and agreements'),
    h(
      'p',
      { className: 'part-intro' },
      'What you recorded with whom. Written records are the trail that shows accountability later.',
    ),
    ...traceRecord(state, meta),
    tableOrNone(
      'Communication log',
      ['When', 'Who', 'How', 'What was said or done'],
      state.log,
      (e) => [
        whenLabel(e.at, meta.start),
        personLabel(meta, e.who),
        CHANNEL_WORDS[e.channel],
        e.summary,
      ],
      'You logged no communication with anyone in this attempt.',
    ),
    tableOrNone(
      'Agreements',
      ['When', 'Who', 'What was agreed', 'Recorded'],
      state.agreements,
      (a) => [
        whenLabel(a.at, meta.start),
        personLabel(meta, a.who),
        a.what,
        a.written ? 'Written' : h('strong', { className: 'verbal' }, 'Verbal only'),
      ],
      'You made no agreements with a partner in this attempt.',
    ),
    unconfirmed > 0
      ? h(
          'p',
          { className: 'warning-note' },
          `${unconfirmed === 1 ? 'One agreement was' : `${unconfirmed} agreements were`} only verbal: with nothing in writing there is no trail for accountability if it slips.`,
        )
      : null,
  );
}
