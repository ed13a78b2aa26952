/**
 * The scenario menu: a card per scenario (title as its button, summary,
 * duration, difficulty, people, syllabus topics, the learner's best result),
 * filtered by syllabus topic with an ordinary radio group.
 */
import type { CatalogueEntry } from '../../scenarios.ts';
import { bestResult, type Result } from '../../sim/evidence/result.ts';
import { BAND_LABELS } from '../../sim/scoring/rubric.ts';
import { SYLLABUS_POINTS, type SyllabusId } from '../../sim/scoring/syllabus.ts';
import { h } from './dom.ts';

export interface MenuOptions {
  readonly entries: readonly CatalogueEntry[];
  readonly results: readonly Result[];
  readonly open: (id: string) => void;
  /** Classroom mode: play a scenario on a projector with a class. */
  readonly teach?: () => void;
  /** Reopen a finished attempt's report, reflection and evidence. */
  readonly openAttempt: (result: Result) => void;
  readonly notice?: string;
  /** Open the tutor's class results page. */
  readonly classResults?: () => void;
}

const OUTCOME_WORDS = {
  strong: 'strong recovery',
  partial: 'partial recovery',
  failed: 'failed recovery',
} as const;
const label = (id: SyllabusId) => SYLLABUS_POINTS.find((point) => point.id === id)?.label ?? id;
const shortLabel = (id: SyllabusId) => id.replace(/-/g, ' ');

function bestLine(results: readonly Result[]): string {
  const best = bestResult(results);
  if (!best) return 'Not played yet';
  const strong = best.scores.filter((score) => score.band === 'strong').length;
  const ending = best.ending ? OUTCOME_WORDS[best.ending.outcome] : 'no ending';
  return `Your best: ${ending}, ${strong} ${strong === 1 ? 'dimension' : 'dimensions'} ${BAND_LABELS.strong} (${results.length} ${results.length === 1 ? 'attempt' : 'attempts'})`;
}

function card(
  entry: CatalogueEntry,
  results: readonly Result[],
  open: (id: string) => void,
): HTMLLIElement {
  const people = entry.meta.characters
    .map((character) => `${character.name} (${character.role})`)
    .join(', ');
  return h(
    'li',
    { className: 'card', 'data-topics': entry.meta.syllabus.join(' '), 'data-scenario': entry.id },
    h(
      'h3',
      {},
      h(
        'button',
        { type: 'button', className: 'card-open', onclick: () => open(entry.id) },
        entry.meta.title,
      ),
    ),
    h('p', {}, entry.meta.summary),
    h(
      'p',
      { className: 'card-meta' },
      `${entry.meta.duration.min}–${entry.meta.duration.max} minutes · ${entry.meta.difficulty}`,
    ),
    h(
      'p',
      { className: 'card-people' },
      h('span', { className: 'visually-hidden' }, 'People: '),
      people,
    ),
    h(
      'ul',
      { className: 'topics', 'aria-label': 'Syllabus topics' },
      ...entry.meta.syllabus.map((id) => h('li', { title: label(id) }, shortLabel(id))),
    ),
    h('p', { className: 'card-best' }, bestLine(results)),
  );
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** How many finished attempts the menu lists; older ones stay on the device and in exports. */
const ATTEMPTS_LISTED = 12;

/** The learner's finished attempts, newest first, each reopening its report. */
function yourAttempts(
  results: readonly Result[],
  openAttempt: (result: Result) => void,
): HTMLElement | null {
  if (results.length === 0) return null;
  const newest = [...results]
    .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
    .slice(0, ATTEMPTS_LISTED);
  // Folded, so the scenarios stay near the top of a phone screen.
  return h(
    'details',
    { className: 'your-attempts' },
    h('summary', {}, h('h2', {}, 'Your attempts'), ` (${results.length} finished)`),
    h(
      'p',
      { className: 'filter-status' },
      results.length > newest.length
        ? `Your ${newest.length} most recent of ${results.length} finished attempts. Open one to see its report, reflection and evidence again.`
        : 'Open a finished attempt to see its report, reflection and evidence again.',
    ),
    h(
      'ul',
      { className: 'attempt-list' },
      ...newest.map((result) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'secondary attempt-open',
              onclick: () => openAttempt(result),
            },
            h('span', { className: 'attempt-title' }, result.scenarioTitle),
            h(
              'span',
              { className: 'attempt-when' },
              `${when(result.finishedAt)} · ${result.ending ? OUTCOME_WORDS[result.ending.outcome] : 'no ending'}`,
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderMenu(options: MenuOptions): HTMLElement {
  const topics = [...new Set(options.entries.flatMap((entry) => entry.meta.syllabus))].sort();
  const cards = options.entries.map((entry) =>
    card(
      entry,
      options.results.filter((result) => result.scenarioId === entry.id),
      options.open,
    ),
  );
  const status = h('p', { className: 'filter-status', role: 'status' });
  const filter = (topic: string) => {
    let shown = 0;
    for (const item of cards) {
      const visible = topic === '' || (item.dataset['topics'] ?? '').split(' ').includes(topic);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    status.textContent = `Showing ${shown} of ${cards.length} scenarios${topic ? ` about ${shortLabel(topic as SyllabusId)}` : ''}.`;
  };
  const radio = (value: string, text: string, checked = false) =>
    h(
      'label',
      { className: 'topic-option' },
      h('input', { type: 'radio', name: 'topic', value, checked, onchange: () => filter(value) }),
      text,
    );
  const section = h(
    'section',
    { className: 'menu', 'aria-labelledby': 'menu-heading' },
    h('h2', { id: 'menu-heading', tabindex: '-1' }, 'Choose a scenario'),
    options.teach
      ? h(
          'p',
          { className: 'menu-teach' },
          h('button', { type: 'button', onclick: options.teach }, 'Teach with a class'),
          ' Tutors: play a scenario on the projector; the class discusses and votes at each decision.',
        )
      : null,
    options.classResults
      ? h(
          'p',
          { className: 'menu-teach' },
          h('button', { type: 'button', onclick: options.classResults }, 'Class results'),
          ' Tutors: add learners’ result files and see where a class is strong and where it goes wrong.',
        )
      : null,
    options.notice ? h('p', { className: 'notice', role: 'alert' }, options.notice) : null,
    yourAttempts(options.results, options.openAttempt),
    h(
      'fieldset',
      { className: 'topic-filter' },
      h('legend', {}, 'Show scenarios about'),
      radio('', 'All topics', true),
      ...topics.map((topic) => radio(topic, shortLabel(topic))),
    ),
    status,
    h('ul', { className: 'cards' }, ...cards),
  );
  filter('');
  return section;
}
