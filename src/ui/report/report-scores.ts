/**
 * The scores: one table row per rubric dimension (name, score, band, a bar
 * placing the score in the range the scenario makes reachable, and the
 * learner's own rating), then per evidenced dimension the principle, how the
 * self-rating compared, and the quoted moments that earned or lost the score.
 */
import type { StrongerChoice } from '../../sim/scoring/alternatives.ts';
import { BAND_LABELS, position } from '../../sim/scoring/rubric.ts';
import { JUSTICE, RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import type { DimensionScore } from '../../sim/scoring/scoring.ts';
import { calibrate, calibrationSentence, type SelfRating } from '../../sim/scoring/self-rating.ts';
import { h, tableHead } from '../shell/dom.ts';
import { unquote } from '../../sim/story/phrasing.ts';
import { signed } from './report-words.ts';

function bar(score: DimensionScore): HTMLElement {
  if (score.band === null || !score.range) return h('span', { className: 'bar-none' }, '—');
  const at = Math.round(position(score.score, score.range) * 100);
  const { min, max } = score.range;
  return h(
    'span',
    {
      className: `bar bar-${score.band}`,
      role: 'img',
      'aria-label': `${signed(score.score)} on a scale from ${signed(min)} to ${signed(max)}: ${at}% of the way`,
    },
    h('span', { className: 'bar-fill', style: `width: ${Math.max(at, 2)}%` }),
    // Band boundaries, so the bar reads against the bands without relying on colour.
    ...[25, 50, 75].map((left) => h('span', { className: 'bar-tick', style: `left: ${left}%` })),
  );
}

function selfCell(score: DimensionScore, self: SelfRating | null): HTMLElement {
  const rated = self?.[score.dimension];
  const c = calibrate(rated, score.band);
  const note =
    c.kind === 'over'
      ? ` ▲ over by ${c.by}`
      : c.kind === 'under'
        ? ` ▼ under by ${c.by}`
        : c.kind === 'matched'
          ? ' ✓ matches'
          : '';
  return h(
    'td',
    { className: `self self-${c.kind}` },
    rated ? BAND_LABELS[rated] : '—',
    note ? h('span', { className: 'self-note' }, note) : null,
  );
}

export function scoreTable(
  scores: readonly DimensionScore[],
  self: SelfRating | null,
): HTMLElement {
  return h(
    'table',
    { className: 'scores' },
    h('caption', {}, 'Your score on each recovery principle'),
    tableHead(
      'Dimension',
      'Score',
      'Band',
      h('th', { scope: 'col', className: 'col-bar' }, 'Position in range'),
      self ? 'You said' : null,
    ),
    h(
      'tbody',
      {},
      ...scores.map((score) =>
        h(
          'tr',
          { 'data-dimension': score.dimension },
          h(
            'th',
            { scope: 'row' },
            // Only evidenced dimensions have a detail section to jump to.
            score.band === null
              ? RUBRIC[score.dimension].name
              : h('a', { href: `#dim-${score.dimension}` }, RUBRIC[score.dimension].name),
          ),
          h(
            'td',
            { className: 'score' },
            score.band === null ? '—' : signed(score.score),
            score.band !== null && score.range
              ? h(
                  'span',
                  { className: 'range' },
                  ` of ${signed(score.range.min)} to ${signed(score.range.max)}`,
                )
              : null,
          ),
          h(
            'td',
            { className: `band band-${score.band ?? 'none'}` },
            score.band === null ? 'Not evidenced' : BAND_LABELS[score.band],
          ),
          h('td', { className: 'col-bar' }, bar(score)),
          self ? selfCell(score, self) : null,
        ),
      ),
    ),
  );
}

function detail(
  score: DimensionScore,
  self: SelfRating | null,
  stronger: readonly StrongerChoice[],
) {
  const { band } = score;
  const dimension = RUBRIC[score.dimension];
  const rated = self?.[dimension.id];
  const c = calibrate(rated, band);
  const own = stronger.filter((s) => s.dimension === dimension.id);
  const weak = band === 'not-yet' || band === 'developing';
  return h(
    'details',
    { className: 'dimension-detail', id: `dim-${dimension.id}`, open: weak || c.kind === 'over' },
    h(
      'summary',
      {},
      `${dimension.name}: ${band ? BAND_LABELS[band] : 'Not evidenced'}`,
      rated ? h('span', { className: 'summary-self' }, ` — you said ${BAND_LABELS[rated]}`) : null,
    ),
    self ? h('p', { className: `calibration self-${c.kind}` }, calibrationSentence(c)) : null,
    h('p', { className: 'principle' }, h('strong', {}, 'Why it matters: '), dimension.principle),
    dimension.justice
      ? h(
          'p',
          { className: 'justice' },
          h('strong', {}, `${JUSTICE[dimension.justice].name}: `),
          `customers judge ${JUSTICE[dimension.justice].meaning} (Tax, Brown and Chandrashekaran 1998).`,
        )
      : null,
    h('p', { className: 'looks-like' }, h('strong', {}, 'Strong looks like: '), dimension.strong),
    h(
      'ul',
      { className: 'moments' },
      ...score.moments.map((moment) =>
        h(
          'li',
          { className: moment.delta > 0 ? 'moment gained' : 'moment lost' },
          h('span', { className: 'delta' }, `${signed(moment.delta)} `),
          moment.choice
            ? h('span', { className: 'moment-where' }, `Decision ${moment.choice.decision + 1}: `)
            : null,
          moment.choice
            ? h('q', {}, unquote(moment.choice.text))
            : h('em', {}, 'Something not done in time'),
          h('span', { className: 'why' }, ` — ${moment.why}`),
        ),
      ),
      ...score.missed.map((chance) =>
        h(
          'li',
          { className: 'moment missed' },
          h('span', { className: 'delta' }, 'Missed chance '),
          h('span', { className: 'moment-where' }, `Decision ${chance.decision + 1}: `),
          h('q', {}, unquote(chance.chose)),
          h(
            'span',
            { className: 'why' },
            ` — another option here earned marks on ${dimension.name.toLowerCase()}; this one passed the chance by.`,
          ),
        ),
      ),
    ),
    ...own.map(seeStronger),
  );
}

const seeStronger = (s: StrongerChoice): HTMLElement =>
  h(
    'p',
    { className: 'see-stronger' },
    h(
      'a',
      { href: `#stronger-${s.decision + 1}` },
      `A stronger choice at decision ${s.decision + 1}`,
    ),
    ' is set out below.',
  );

/** Point each dimension's details at its stronger choices, found after they were drawn. */
export function addStrongerLinks(details: HTMLElement, stronger: readonly StrongerChoice[]): void {
  for (const s of stronger) details.querySelector(`#dim-${s.dimension}`)?.append(seeStronger(s));
}

export function dimensionDetails(
  scores: readonly DimensionScore[],
  self: SelfRating | null,
  stronger: readonly StrongerChoice[],
): HTMLElement {
  const evidenced = scores.filter((s) => s.band !== null);
  const unevidenced = scores.filter((s) => s.band === null);
  return h(
    'section',
    { className: 'report-part dimensions', 'aria-labelledby': 'moments-heading' },
    h('h3', { id: 'moments-heading' }, 'The moments behind each score'),
    h(
      'p',
      { className: 'part-intro' },
      'Each line quotes what you chose and says why it earned or lost the score, or where you passed by a chance the scenario offered (a missed chance). Weaker principles are open first.',
    ),
    ...evidenced.map((score) => detail(score, self, stronger)),
    unevidenced.length > 0
      ? h(
          'p',
          { className: 'unevidenced' },
          `Not tested on this path: ${unevidenced.map((s) => RUBRIC[s.dimension].name).join(', ')}. Another path through the scenario may test them.`,
        )
      : null,
  );
}
