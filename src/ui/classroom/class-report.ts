/**
 * The class report: the learner's report for the class's path, then how the
 * class voted at each decision beside the stronger choice and its reason, and
 * the questions for the debrief. It prints like the learner's report.
 */
import { strongerChoices } from '../../sim/scoring/alternatives.ts';
import { displayOrder } from '../../sim/story/choice-order.ts';
import { voteWords, type ClassDecision } from '../../sim/classroom/class-record.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { notesForOptions, type TutorNotes } from '../../sim/story/tutor-notes.ts';
import { h } from '../shell/dom.ts';
import { renderReport } from '../report/report-view.ts';

export interface ClassReportEvents {
  readonly menu: () => void;
  readonly again: () => void;
}

function decisionVotes(
  record: ClassDecision,
  order: readonly number[],
  stronger: ReturnType<typeof strongerChoices>[number] | undefined,
): HTMLElement {
  const total = record.votes.reduce((a, b) => a + b, 0);
  const shown = order;
  const how =
    record.majority === null
      ? 'No clear majority; the tutor chose.'
      : record.overridden
        ? `The tutor took another option than the majority, to explore it.`
        : 'The class’s majority choice was taken.';
  return h(
    'li',
    { className: 'class-decision' },
    h('h4', {}, `Decision ${record.decision + 1}`),
    h(
      'table',
      { className: 'vote-table' },
      h('caption', { className: 'visually-hidden' }, `Votes at decision ${record.decision + 1}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Option'),
          h('th', { scope: 'col' }, 'Votes'),
          h('th', { scope: 'col' }, 'Taken'),
        ),
      ),
      h(
        'tbody',
        {},
        ...shown.map((index) =>
          h(
            'tr',
            { className: index === record.chosen ? 'taken' : '' },
            h('td', {}, record.options[index] ?? ''),
            h('td', {}, voteWords(record.votes[index] ?? 0, total)),
            h('td', {}, index === record.chosen ? 'taken' : ''),
          ),
        ),
      ),
    ),
    h('p', {}, how),
    stronger
      ? h(
          'p',
          { className: 'class-stronger' },
          h('strong', {}, 'Stronger choice: '),
          stronger.betterText,
          ' — ',
          stronger.moments.find((m) => m.dimension === stronger.dimension)?.why ??
            stronger.weakMoment.why,
        )
      : h('p', { className: 'class-stronger' }, 'No option here scores higher than the one taken.'),
  );
}

function debrief(
  notes: TutorNotes | null | undefined,
  records: readonly ClassDecision[],
): HTMLElement | null {
  if (!notes) return null;
  const after = records.flatMap((record) => {
    const question = notesForOptions(notes, record.options)?.after;
    return question ? [h('li', {}, `Decision ${record.decision + 1}: ${question}`)] : [];
  });
  return h(
    'section',
    { className: 'report-part debrief', 'aria-labelledby': 'debrief-heading' },
    h('h3', { id: 'debrief-heading' }, 'Questions for the debrief'),
    h('ul', {}, ...after),
    notes.wrongTurns.length > 0 ? h('h4', {}, 'Common wrong turns') : null,
    notes.wrongTurns.length > 0
      ? h('ul', {}, ...notes.wrongTurns.map((t) => h('li', {}, t)))
      : null,
    h('h4', {}, 'The model path'),
    h('p', {}, notes.model),
  );
}

export function renderClassReport(
  view: SessionView,
  records: readonly ClassDecision[],
  events: ClassReportEvents,
): HTMLElement {
  const stronger = strongerChoices(view, { limit: records.length, seed: view.seed });
  const report = renderReport(view, { replay: events.again, menu: events.menu }, { stronger });
  return h(
    'div',
    { className: 'class-report' },
    report,
    h(
      'section',
      { className: 'report-part class-votes', 'aria-labelledby': 'votes-heading' },
      h('h3', { id: 'votes-heading' }, 'How the class voted'),
      h(
        'ol',
        { className: 'class-decisions' },
        ...records.map((record) =>
          decisionVotes(
            record,
            displayOrder(record.options, view.seed, record.decision, view.scenario.pins),
            stronger.find((s) => s.decision === record.decision),
          ),
        ),
      ),
    ),
    debrief(view.scenario.tutor, records),
    h(
      'p',
      { className: 'class-report-actions' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => window.print() },
        'Print or save as PDF',
      ),
      h('button', { type: 'button', onclick: events.menu }, 'Back to the scenarios'),
    ),
  );
}
