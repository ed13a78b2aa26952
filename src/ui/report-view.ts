/**
 * The end report: a region headed "Scenario report" with one row per rubric
 * dimension (name, score, band) and, for each, the transcript moments behind
 * the score with their explanations.
 */
import { BAND_LABELS } from '../sim/rubric.ts';
import type { SessionView } from '../sim/session.ts';
import { MISCONCEPTIONS } from '../sim/syllabus.ts';
import { h } from './dom.ts';

export interface ReportEvents {
  replay(): void;
  menu(): void;
}

const OUTCOME_WORDS = {
  strong: 'Strong recovery',
  partial: 'Partial recovery',
  failed: 'Failed recovery',
} as const;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function renderReport(view: SessionView, events: ReportEvents): HTMLElement {
  const { state } = view;
  const ending = state.ending;
  const evidenced = view.scores.filter((score) => score.band !== null);
  const misconceptions = state.decisions.flatMap((decision) =>
    decision.misconceptions.map((id) => ({
      label: MISCONCEPTIONS.find((m) => m.id === id)?.label ?? id,
      choice: decision.options[decision.chosen] ?? '',
    })),
  );
  return h(
    'section',
    { className: 'report', 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading', tabindex: '-1' }, 'Scenario report'),
    h('p', { className: 'report-scenario' }, view.scenario.meta.title),
    ending
      ? h(
          'div',
          { className: `ending ending-${ending.outcome}` },
          h('h3', {}, `${OUTCOME_WORDS[ending.outcome]}: ${ending.title}`),
          h('p', {}, ending.meaning),
        )
      : null,
    h(
      'table',
      { className: 'scores' },
      h('caption', {}, 'Your score on each recovery principle'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Dimension'),
          h('th', { scope: 'col' }, 'Score'),
          h('th', { scope: 'col' }, 'Band'),
        ),
      ),
      h(
        'tbody',
        {},
        ...view.scores.map((score) =>
          h(
            'tr',
            { 'data-dimension': score.dimension.id },
            h('th', { scope: 'row' }, score.dimension.name),
            h(
              'td',
              {},
              score.band === null
                ? '—'
                : `${signed(score.score)}${score.range ? ` (range ${score.range.min} to ${score.range.max})` : ''}`,
            ),
            h(
              'td',
              { className: `band band-${score.band ?? 'none'}` },
              score.band === null ? 'Not evidenced' : BAND_LABELS[score.band],
            ),
          ),
        ),
      ),
    ),
    h('h3', {}, 'The moments behind each score'),
    ...evidenced.map((score) =>
      h(
        'details',
        { className: 'dimension-detail' },
        h('summary', {}, `${score.dimension.name}: ${BAND_LABELS[score.band!]}`),
        h(
          'p',
          { className: 'principle' },
          h('strong', {}, 'Why it matters: '),
          score.dimension.principle,
        ),
        h(
          'ul',
          {},
          ...score.moments.map((moment) =>
            h(
              'li',
              { className: moment.delta > 0 ? 'moment gained' : 'moment lost' },
              h('span', { className: 'delta' }, `${signed(moment.delta)} `),
              moment.choice
                ? h('q', {}, moment.choice.text)
                : h('em', {}, 'Something you did not do in time'),
              ' — ',
              moment.why,
            ),
          ),
        ),
      ),
    ),
    misconceptions.length > 0
      ? h(
          'div',
          { className: 'misconceptions' },
          h('h3', {}, 'Common misconceptions in your choices'),
          h(
            'ul',
            {},
            ...misconceptions.map((m) =>
              h('li', {}, h('strong', {}, m.label), ': ', h('q', {}, m.choice)),
            ),
          ),
        )
      : null,
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'button', onclick: () => events.replay() }, 'Play this scenario again'),
      h('button', { type: 'button', onclick: () => events.menu() }, 'Choose another scenario'),
    ),
  );
}
