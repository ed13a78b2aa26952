/** The scenario menu: a card per scenario with a button named by its title. */
import type { CatalogueEntry } from '../scenarios.ts';
import { h } from './dom.ts';

export function renderMenu(
  entries: readonly CatalogueEntry[],
  open: (id: string) => void,
  notice?: string,
): HTMLElement {
  return h(
    'section',
    { className: 'menu', 'aria-labelledby': 'menu-heading' },
    h('h2', { id: 'menu-heading', tabindex: '-1' }, 'Choose a scenario'),
    notice ? h('p', { className: 'notice', role: 'alert' }, notice) : null,
    h(
      'ul',
      { className: 'cards' },
      ...entries.map((entry) =>
        h(
          'li',
          { className: 'card' },
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
        ),
      ),
    ),
  );
}
