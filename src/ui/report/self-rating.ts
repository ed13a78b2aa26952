/**
 * Before the report: the learner rates themselves on each principle this
 * attempt gave evidence on. One radio group per principle (arrow keys move
 * within a group natively, one tap or key each), then "Show my report" — or
 * "Skip", which shows it without ratings. Rating before seeing the evidence
 * is what makes the comparison in the report worth reading.
 */
import { BAND_LABELS, BANDS, type Band } from '../../sim/scoring/rubric.ts';
import { RUBRIC } from '../../sim/scoring/rubric-texts.ts';
import type { DimensionScore } from '../../sim/scoring/scoring.ts';
import type { SelfRating } from '../../sim/scoring/self-rating.ts';
import { h } from '../shell/dom.ts';

export interface SelfRatingOptions {
  /** The dimensions to rate: every one the learner had a chance to show (band not null: a scored moment or a missed chance). */
  readonly scores: readonly DimensionScore[];
  /** Called once, with what was rated (empty when skipped). */
  done(rating: SelfRating, skipped: boolean): void;
}

const BAND_HINTS: Readonly<Record<Band, string>> = {
  'not-yet': 'I mostly did what the weak version looks like',
  developing: 'Some of it, not consistently',
  secure: 'Mostly what strong looks like',
  strong: 'Consistently what strong looks like',
};

function group(score: DimensionScore): HTMLElement {
  const { id, name, definition, strong } = RUBRIC[score.dimension];
  return h(
    'fieldset',
    { className: 'rate-group', 'aria-describedby': `rate-${id}-hint` },
    h('legend', {}, name),
    h('p', { className: 'rate-hint', id: `rate-${id}-hint` }, `${definition} Strong: ${strong}`),
    h(
      'div',
      { className: 'rate-options' },
      ...BANDS.map((band) =>
        h(
          'label',
          { className: `rate-option rate-${band}`, title: BAND_HINTS[band] },
          h('input', { type: 'radio', name: `rate-${id}`, value: band }),
          h('span', {}, BAND_LABELS[band]),
        ),
      ),
    ),
  );
}

function collect(form: HTMLFormElement, scores: readonly DimensionScore[]): SelfRating {
  const rating: SelfRating = {};
  for (const score of scores) {
    const id = score.dimension;
    const checked = form.querySelector<HTMLInputElement>(`input[name="rate-${id}"]:checked`);
    const band = BANDS.find((b) => b === checked?.value);
    if (band) rating[id] = band;
  }
  return rating;
}

export function renderSelfRating(options: SelfRatingOptions): HTMLElement {
  let finished = false;
  const finish = (rating: SelfRating, skipped: boolean) => {
    if (finished) return;
    finished = true;
    options.done(rating, skipped);
  };
  const status = h('p', { className: 'rate-status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { className: 'rate-form' },
    ...options.scores.map(group),
    status,
    h(
      'div',
      { className: 'report-actions' },
      h('button', { type: 'submit' }, 'Show my report'),
      h(
        'button',
        { type: 'button', className: 'secondary', onclick: () => finish({}, true) },
        'Skip',
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    finish(collect(form, options.scores), false);
  });
  form.addEventListener('change', () => {
    const rated = Object.keys(collect(form, options.scores)).length;
    status.textContent = `${rated} of ${options.scores.length} rated.`;
  });
  return h(
    'section',
    { className: 'self-rating', 'aria-labelledby': 'self-rating-heading' },
    h('h2', { id: 'self-rating-heading', tabindex: '-1' }, 'Before your report: how did you do?'),
    h(
      'p',
      {},
      'Rate yourself on each principle this scenario tested. Your report will then show your rating beside what the evidence says, so you can see where your judgement of yourself was on or off.',
    ),
    form,
  );
}
