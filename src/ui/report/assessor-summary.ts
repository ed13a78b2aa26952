/**
 * The assessor summary: one or two A4 pages beside the full report, with who,
 * what and when, the ending, the band on each principle with one quoted
 * moment, the marking points evidenced or not yet, and a declaration for the
 * learner and the assessor to sign. Printing from here prints this alone.
 */
import './assessor-summary.css';
import {
  markingLines,
  principleLines,
  type QuotedMoment,
} from '../../sim/evidence/assessor-summary.ts';
import type { EvidenceExport } from '../../sim/evidence/evidence.ts';
import { BAND_LABELS } from '../../sim/scoring/rubric.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { unquote } from '../../sim/story/phrasing.ts';
import { h, tableHead } from '../shell/dom.ts';
import { attemptDate, OUTCOME_WORDS } from './report-words.ts';

export interface AssessorSummaryOptions {
  readonly view: SessionView;
  readonly evidence: EvidenceExport;
  readonly learner: string | null;
  /** When the attempt finished (ISO). */
  readonly playedAt: string;
  back(): void;
}

const MOMENT_WORDS = { gained: 'Earned marks', lost: 'Lost marks', missed: 'Missed chance' };

function quoted(moment: QuotedMoment | null): HTMLElement | string {
  if (!moment) return 'Not tested on this path.';
  return h(
    'span',
    {},
    h('strong', {}, `${MOMENT_WORDS[moment.kind]}, decision ${moment.decision}: `),
    h('q', {}, unquote(moment.chose)),
    ` ${moment.why}`,
  );
}

const table = (caption: string, heads: readonly string[], rows: readonly HTMLElement[]) =>
  h(
    'table',
    { className: 'summary-table' },
    h('caption', {}, caption),
    tableHead(...heads),
    h('tbody', {}, ...rows),
  );

function facts(options: AssessorSummaryOptions): HTMLElement {
  const { view, learner, playedAt } = options;
  const ending = view.state.ending;
  const fact = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  return h(
    'dl',
    { className: 'summary-facts' },
    ...fact('Learner', learner ?? 'No name given'),
    ...fact('Scenario', view.scenario.meta.title),
    ...fact('Date of the attempt', attemptDate(playedAt)),
    ...fact('Ending', ending ? `${OUTCOME_WORDS[ending.outcome]}: ${ending.title}` : 'None'),
  );
}

function declaration(): HTMLElement {
  const line = (who: string) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, who),
      h('td', { className: 'sign-line' }, 'Signature:'),
      h('td', { className: 'sign-line' }, 'Date:'),
    );
  return h(
    'section',
    { className: 'summary-declaration', 'aria-labelledby': 'declaration-heading' },
    h('h3', { id: 'declaration-heading' }, 'Declaration'),
    h(
      'p',
      {},
      'I confirm that this attempt and the reflection with it are my own work. (Learner)',
      h('br'),
      'I have reviewed this evidence against the marking points above. (Assessor)',
    ),
    h('table', { className: 'sign-table' }, h('tbody', {}, line('Learner'), line('Assessor'))),
  );
}

export function renderAssessorSummary(options: AssessorSummaryOptions): HTMLElement {
  const { view, evidence } = options;
  const principles = principleLines(view.scores).map((line) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, line.name),
      h('td', { className: 'summary-band' }, line.band ? BAND_LABELS[line.band] : 'Not tested'),
      h('td', {}, quoted(line.moment)),
    ),
  );
  const points = markingLines(evidence, view.scenario.meta.syllabus).map((line) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, line.label),
      h('td', { className: 'summary-band' }, line.evidenced ? 'Evidenced' : 'Not yet'),
      h('td', {}, line.where || 'Not offered on this path.'),
    ),
  );
  return h(
    'section',
    { className: 'assessor-summary', 'aria-labelledby': 'assessor-summary-heading' },
    h('h2', { id: 'assessor-summary-heading', tabindex: '-1' }, 'Assessor summary'),
    facts(options),
    table(
      'Band on each recovery principle, with one moment that shows it',
      ['Principle', 'Band', 'Moment'],
      principles,
    ),
    table('Marking points', ['Marking point', 'Status', 'Where'], points),
    declaration(),
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'button', onclick: () => window.print() }, 'Print or save as PDF'),
      h('button', { type: 'button', onclick: () => options.back() }, 'Back to the full report'),
    ),
  );
}

/**
 * The button that shows the summary in place of everything else in `container`
 * (so printing then prints the summary alone) and its way back.
 */
export function assessorSummaryButton(
  container: HTMLElement,
  build: (back: () => void) => HTMLElement,
): HTMLElement {
  const open = h('button', { type: 'button' }, 'Assessor summary (1–2 pages)');
  open.addEventListener('click', () => {
    const hidden = [...container.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && !child.hidden,
    );
    const summary = build(() => {
      summary.remove();
      for (const child of hidden) child.hidden = false;
      open.focus();
    });
    for (const child of hidden) child.hidden = true;
    container.append(summary);
    summary.querySelector<HTMLElement>('h2')?.focus();
  });
  return h(
    'div',
    { className: 'report-actions summary-open' },
    open,
    h(
      'span',
      { className: 'summary-open-hint' },
      'The band on each principle, the marking points and a declaration to sign, on one or two A4 pages.',
    ),
  );
}
