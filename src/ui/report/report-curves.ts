/**
 * The mood and trust curves: how the customer's mood and each partner's trust
 * moved decision by decision (from the session's history), as two line charts
 * and, for anyone who cannot use a chart, a table of the same states.
 */
import { MOOD_RANK, MOODS, moodName } from '../../sim/people/customer-mood.ts';
import { ALLIED_AT, COOPERATIVE_AT, STRAINED_AT } from '../../sim/people/partner-relationship.ts';
import type { HistoryPoint } from '../../sim/session/records.ts';
import { characterOf, type ScenarioMeta } from '../../sim/story/scenario.ts';
import { whenLabel } from '../../sim/story/phrasing.ts';
import { h, tableHead } from '../shell/dom.ts';
import { lineChart, swatch, type Series, type Tick } from './line-chart.ts';
import { personName, stateWords } from './report-words.ts';

const xTicks = (history: readonly HistoryPoint[]): Tick[] => {
  // Past a dozen decisions every label would crowd the axis; every other one still reads.
  const step = history.length > 13 ? 2 : 1;
  return history
    .filter((p, i) => i % step === 0 || i === history.length - 1)
    .map((p) => ({ value: p.decision, label: p.decision === 0 ? 'Start' : String(p.decision) }));
};

const seriesFor = (history: readonly HistoryPoint[], who: string, label: string): Series => ({
  label,
  points: history.map((p) => ({ x: p.decision, y: p.people[who]?.level ?? null })),
});

function legend(series: readonly Series[]): HTMLElement {
  return h(
    'ul',
    { className: 'chart-legend' },
    ...series.map((s, i) => h('li', {}, swatch(i), ' ', s.label)),
  );
}

function chartBox(heading: string, chart: SVGSVGElement, series: readonly Series[]): HTMLElement {
  return h(
    'div',
    { className: 'chart-box' },
    h('h4', {}, heading),
    h('div', { className: 'chart-scroll' }, chart),
    legend(series),
  );
}

function historyTable(
  meta: ScenarioMeta,
  history: readonly HistoryPoint[],
  who: readonly string[],
) {
  // Rows go straight into the table, not a tbody: in the report region "tbody tr" is
  // reserved for the one-row-per-dimension score table that tests and tutors rely on.
  return h(
    'table',
    { className: 'data-table stack-table history-table' },
    h('caption', {}, 'Mood and trust after each decision'),
    tableHead('After', 'Time', ...who.map((id) => personName(meta, id))),
    ...history.map((point) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, point.decision === 0 ? 'Start' : `Decision ${point.decision}`),
        h('td', { 'data-label': 'Time' }, whenLabel(point.at, meta.start)),
        ...who.map((id) => {
          const person = point.people[id];
          const isPartner = characterOf(meta, id)?.kind !== 'customer';
          const label = personName(meta, id);
          if (!person) return h('td', { 'data-label': label }, '—');
          const words = stateWords(person.state);
          return h(
            'td',
            { 'data-label': label },
            isPartner ? `${words} (trust ${person.level})` : words,
          );
        }),
      ),
    ),
  );
}

export function renderCurves(
  meta: ScenarioMeta,
  history: readonly HistoryPoint[],
): HTMLElement | null {
  if (history.length < 2) return null;
  const customers = meta.characters.filter((c) => c.kind === 'customer');
  const partners = meta.characters.filter((c) => c.kind === 'partner' || c.kind === 'department');
  const ticks = xTicks(history);
  const moodSeries = customers.map((c) => seriesFor(history, c.id, c.name));
  const trustSeries = partners.map((c) => seriesFor(history, c.id, `${c.name} (${c.role})`));
  const moodTicks = MOODS.map((m) => ({ value: MOOD_RANK[m], label: moodName(m) }));
  const trustTicks: Tick[] = [
    { value: 0, label: '0' },
    { value: STRAINED_AT, label: `${STRAINED_AT} strained` },
    { value: COOPERATIVE_AT, label: `${COOPERATIVE_AT} cooperative` },
    { value: ALLIED_AT, label: `${ALLIED_AT} allied` },
    { value: 100, label: '100' },
  ];
  const charts = [
    moodSeries.length > 0
      ? chartBox(
          'Customer mood',
          lineChart({
            title: `Customer mood after each decision, from lost (bottom) to advocate (top)`,
            xLabel: 'Decision',
            yLabel: 'Mood',
            xTicks: ticks,
            yTicks: moodTicks,
            y: { min: 0, max: Math.max(...moodTicks.map((t) => t.value)) },
            series: moodSeries,
            labelWidth: 96,
          }),
          moodSeries,
        )
      : null,
    trustSeries.length > 0
      ? chartBox(
          'Partner trust',
          lineChart({
            title: 'Trust of each partner and department after each decision, from 0 to 100',
            xLabel: 'Decision',
            yLabel: 'Trust',
            xTicks: ticks,
            yTicks: trustTicks,
            y: { min: 0, max: 100 },
            series: trustSeries,
            labelWidth: 128,
          }),
          trustSeries,
        )
      : null,
  ];
  const who = [...customers, ...partners].map((c) => c.id);
  return h(
    'section',
    { className: 'report-part curves', 'aria-labelledby': 'curves-heading' },
    h('h3', { id: 'curves-heading' }, 'How the customer and partners felt along the way'),
    h(
      'p',
      { className: 'part-intro' },
      'Each point is the state after one of your decisions. Look for the steep drops: they are the moments to reflect on.',
    ),
    h('div', { className: 'charts' }, ...charts),
    h(
      'details',
      { className: 'as-table' },
      h('summary', {}, 'Show the same as a table'),
      h('div', { className: 'table-scroll' }, historyTable(meta, history, who)),
    ),
  );
}
