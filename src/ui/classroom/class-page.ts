/**
 * One class's results for one scenario, as a printable page: the bands of
 * each rubric dimension, every decision with the share taking each option
 * (the stronger one marked, with its reason and the discussion questions),
 * misconceptions, self-rating calibration, each learner's first, best and
 * latest attempt (each opens that attempt's full report), and the marking
 * points. Every chart is an SVG bar in a table row, with the same numbers in
 * the cells beside it.
 */
import type {
  ClassSummary,
  AttemptLine,
  DecisionSummary,
} from '../../sim/classroom/class-summary.ts';
import { BAND_LABELS, BANDS } from '../../sim/scoring/rubric.ts';
import { h } from '../shell/dom.ts';
import { bandKey, bar, barCell, part, percent, row, table } from './class-page-parts.ts';

function dimensions(summary: ClassSummary): HTMLElement {
  return part(
    'dimensions',
    'Rubric dimensions: how the class is spread over the bands',
    h(
      'p',
      { className: 'part-intro' },
      'Each row is one principle. The bar shows the class from Not yet (left) to Strong; the numbers of attempts in each band are beside it.',
    ),
    bandKey(),
    table(
      'Attempts in each band, per rubric dimension',
      ['Dimension and principle', 'Spread', ...BANDS.map((b) => BAND_LABELS[b]), 'No evidence'],
      summary.dimensions.map((d) =>
        h(
          'tr',
          { 'data-dimension': d.id },
          h(
            'th',
            { scope: 'row' },
            h('strong', {}, d.name),
            h('span', { className: 'principle' }, d.principle),
          ),
          barCell(
            bar([
              ...BANDS.map((b) => ({ value: d.bands[b], className: `band-${b}` })),
              { value: d.bands.none, className: 'band-none' },
            ]),
          ),
          ...BANDS.map((b) => h('td', { className: 'number' }, String(d.bands[b]))),
          h('td', { className: 'number' }, String(d.bands.none)),
        ),
      ),
    ),
  );
}

function decision(d: DecisionSummary): HTMLElement {
  return h(
    'article',
    { className: 'class-decision', 'data-decision': d.number },
    h('h4', {}, `Decision ${d.number}: ${d.wentWrong} of ${d.reached} went wrong`),
    d.question
      ? h('p', { className: 'question' }, h('strong', {}, 'Ask before: '), d.question.before)
      : null,
    table(
      `Options at decision ${d.number}, as taken by the class`,
      ['Option', 'Share', 'Taken', 'Per cent'],
      d.options.map((o) =>
        h(
          'tr',
          { className: o.stronger ? 'stronger-option' : '' },
          h(
            'th',
            { scope: 'row' },
            o.stronger ? h('span', { className: 'stronger-mark' }, 'Stronger choice: ') : null,
            o.text,
          ),
          barCell(
            bar([
              { value: o.count, className: o.stronger ? 'option-stronger' : 'option' },
              { value: d.reached - o.count, className: 'option-rest' },
            ]),
          ),
          h('td', { className: 'number' }, String(o.count)),
          h('td', { className: 'number' }, percent(o.count, d.reached)),
        ),
      ),
    ),
    d.reason
      ? h('p', { className: 'reason' }, h('strong', {}, 'Why it is stronger: '), d.reason)
      : null,
    d.question
      ? h('p', { className: 'question' }, h('strong', {}, 'Ask after: '), d.question.after)
      : null,
  );
}

function misconceptions(summary: ClassSummary): HTMLElement {
  if (summary.misconceptions.length === 0)
    return part('misconceptions', 'Misconceptions', h('p', {}, 'No attempt hit a misconception.'));
  return part(
    'misconceptions',
    'Misconceptions, most common first',
    table(
      'Misconceptions hit, and the options that led to them',
      ['Misconception', 'Attempts', 'Options that led to it'],
      summary.misconceptions.map((m) =>
        row(
          m.label,
          String(m.attempts),
          h('ul', {}, ...m.options.map((o) => h('li', {}, `${o.text} (${o.count})`))),
        ),
      ),
    ),
  );
}

function calibration(summary: ClassSummary): HTMLElement {
  const c = summary.calibration;
  if (!c)
    return part('calibration', 'Self-rating', h('p', {}, 'No attempt here has a self-rating.'));
  return part(
    'calibration',
    `Self-rating calibration (${c.rated} of ${summary.attempts} attempts rated)`,
    table(
      'Learners who rated themselves above, at or below the evidence',
      ['Dimension', 'Over-rated', 'Matched', 'Under-rated'],
      c.dimensions.map((d) => row(d.name, String(d.over), String(d.matched), String(d.under))),
    ),
  );
}

const OUTCOMES = {
  strong: 'Strong recovery',
  partial: 'Partial recovery',
  failed: 'Failed recovery',
} as const;

function attempts(summary: ClassSummary, open: (attemptId: string) => void): HTMLElement {
  const cell = (line: AttemptLine, which: string, learner: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'link-button',
        onclick: () => open(line.attemptId),
      },
      // Heard as "Latest attempt of Asha: Partial recovery · …"; the column says it to the eye.
      h('span', { className: 'visually-hidden' }, `${which} attempt of ${learner}: `),
      `${line.outcome ? OUTCOMES[line.outcome] : line.ending} · ${line.secure} of ${line.evidenced} Secure or Strong`,
    );
  return part(
    'attempts',
    'Attempts per learner: first, best and latest',
    table(
      'Each learner’s first, best and latest attempt (open one for the full report)',
      ['Learner', 'Attempts', 'First', 'Best', 'Latest'],
      summary.learnerAttempts.map((l) =>
        row(
          l.learner,
          String(l.attempts),
          cell(l.first, 'First', l.learner),
          cell(l.best, 'Best', l.learner),
          cell(l.latest, 'Latest', l.learner),
        ),
      ),
    ),
  );
}

function points(summary: ClassSummary): HTMLElement {
  const names = (list: readonly string[]) =>
    list.length === 0 ? '—' : `${list.length}: ${list.join(', ')}`;
  return part(
    'points',
    'Marking points: evidenced and not yet',
    table(
      'Which learners have evidence for each point, and who had the chance but not yet',
      ['Marking point or topic', 'Evidenced', 'Not yet'],
      summary.markingPoints.map((p) =>
        row(
          `${p.kind === 'marking-point' ? 'Marking point' : 'Topic'}: ${p.label}`,
          names(p.evidenced),
          names(p.notYet),
        ),
      ),
    ),
  );
}

export interface ClassPageEvents {
  back(): void;
  csv(): void;
  openAttempt(attemptId: string): void;
}

export function renderClassPage(
  title: string,
  group: string,
  summary: ClassSummary,
  events: ClassPageEvents,
): HTMLElement {
  return h(
    'section',
    { className: 'class-page', 'aria-labelledby': 'class-page-heading' },
    h('h2', { id: 'class-page-heading', tabindex: '-1' }, `${group}: ${title}`),
    h(
      'p',
      { className: 'class-count' },
      `${summary.attempts} ${summary.attempts === 1 ? 'attempt' : 'attempts'} by ${summary.learners} ${summary.learners === 1 ? 'learner' : 'learners'}.`,
    ),
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'button', onclick: () => events.back() }, 'Back to class results'),
      h('button', { type: 'button', onclick: () => events.csv() }, 'Download CSV'),
      h('button', { type: 'button', onclick: () => window.print() }, 'Print or save as PDF'),
    ),
    dimensions(summary),
    part('decisions', 'Decisions, most gone wrong first', ...summary.decisions.map(decision)),
    misconceptions(summary),
    calibration(summary),
    attempts(summary, (id) => events.openAttempt(id)),
    points(summary),
  );
}
