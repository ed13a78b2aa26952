/**
 * Comparing attempts at one scenario: each principle's band across attempts
 * (a table, with a small trend line per row), and buttons that put the
 * learner back at any decision of their latest attempt to try it differently.
 */
import { BAND_LABELS, BANDS, DIMENSION_IDS, type Band } from '../../sim/scoring/rubric.ts';
import { RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import type { Result } from '../../sim/evidence/result.ts';
import { unquote } from '../../sim/story/phrasing.ts';
import { h, tableHead } from '../shell/dom.ts';
import { svg } from './line-chart.ts';
import type { ReplayRequest } from './report-alternatives.ts';
import { OUTCOME_WORDS, signed } from './report-words.ts';

export interface AttemptsEvents {
  replayFrom: (request: ReplayRequest) => void;
}

export interface AttemptsOptions {
  /** The text of each choice in the latest attempt (`choicesAlong`), to label the buttons. */
  readonly choices?: readonly string[];
  /** How many of the most recent attempts to compare; older ones would crowd the table. */
  readonly columns?: number;
}

const date = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** A sparkline of band ranks; gaps where an attempt gave no evidence. */
function trend(bands: readonly (Band | null)[]): SVGSVGElement {
  const width = 16 + (bands.length - 1) * 20;
  const y = (band: Band) => 26 - BANDS.indexOf(band) * 7;
  const points = bands.flatMap((b, i) => (b ? [{ x: 8 + i * 20, y: y(b) }] : []));
  const words = bands.map((b) => (b ? BAND_LABELS[b] : 'not evidenced')).join(', then ');
  return svg(
    'svg',
    {
      class: 'trend',
      viewBox: `0 0 ${width} 32`,
      width,
      height: 32,
      role: 'img',
      'aria-label': words,
    },
    svg('path', { d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('') }),
    ...points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 3 })),
  );
}

function comparison(results: readonly Result[]): HTMLElement {
  const bandOf = (r: Result, id: string) => r.scores.find((s) => s.dimension === id) ?? null;
  return h(
    'table',
    { className: 'data-table stack-table attempts-table' },
    h('caption', {}, 'Your band on each principle, attempt by attempt (oldest first)'),
    tableHead(
      'Principle',
      ...results.map((r, i) =>
        h(
          'th',
          { scope: 'col' },
          `Attempt ${i + 1}`,
          h('span', { className: 'when' }, date(r.finishedAt)),
        ),
      ),
      'Trend',
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Ending'),
        ...results.map((r, i) =>
          h(
            'td',
            { 'data-label': `Attempt ${i + 1}` },
            r.ending ? OUTCOME_WORDS[r.ending.outcome] : '—',
          ),
        ),
        h('td', {}),
      ),
      ...DIMENSION_IDS.map((id) => {
        const cells = results.map((r) => bandOf(r, id));
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, RUBRIC[id].name),
          ...cells.map((s, i) =>
            h(
              'td',
              { className: `band band-${s?.band ?? 'none'}`, 'data-label': `Attempt ${i + 1}` },
              s?.band ? `${BAND_LABELS[s.band]} (${signed(s.score)})` : '—',
            ),
          ),
          h(
            'td',
            { 'data-label': 'Trend' },
            cells.some((s) => s?.band) ? trend(cells.map((s) => s?.band ?? null)) : '—',
          ),
        );
      }),
    ),
  );
}

function replayButtons(latest: Result, events: AttemptsEvents, choices?: readonly string[]) {
  return h(
    'ol',
    { className: 'replay-list' },
    ...latest.path.map((_, i) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            onclick: () =>
              events.replayFrom({ path: latest.path.slice(0, i), seed: latest.seed ?? 1 }),
          },
          `Replay from decision ${i + 1}`,
        ),
        choices?.[i]
          ? h(
              'span',
              { className: 'replay-choice' },
              ' — you chose ',
              h('q', {}, unquote(choices[i])),
            )
          : null,
      ),
    ),
  );
}

/** `results` are one scenario's attempts, oldest first (as the results store keeps them). */
export function renderAttempts(
  results: readonly Result[],
  events: AttemptsEvents,
  options: AttemptsOptions = {},
): HTMLElement | null {
  const latest = results.at(-1);
  if (!latest) return null;
  const shown = results.slice(-(options.columns ?? 5));
  return h(
    'section',
    { className: 'attempts', 'aria-labelledby': 'attempts-heading' },
    h('h2', { id: 'attempts-heading', tabindex: '-1' }, 'Your attempts at this scenario'),
    results.length > shown.length
      ? h('p', {}, `Your ${shown.length} most recent of ${results.length} attempts.`)
      : null,
    h('div', { className: 'table-scroll' }, comparison(shown)),
    h('h3', {}, 'Go back to a decision'),
    h(
      'p',
      {},
      'Replay your latest attempt up to a decision, then choose differently from there. Your choices before it are kept.',
    ),
    replayButtons(latest, events, options.choices),
  );
}
