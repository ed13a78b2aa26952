/** The scenario's brief, open at the start and folded away once the learner is under way. */
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';

export function briefing(meta: ScenarioMeta): HTMLDetailsElement {
  const partners = meta.characters.filter((c) => c.relationship);
  return h(
    'details',
    { className: 'briefing', open: true },
    h(
      'summary',
      {},
      h('strong', {}, 'Briefing'),
      ` · ${meta.duration.min}–${meta.duration.max} minutes · ${meta.difficulty}`,
    ),
    h('p', {}, meta.summary),
    partners.length > 0
      ? h(
          'p',
          { className: 'briefing-partners' },
          'Links in this chain: ',
          partners
            .map(
              (c) =>
                `${c.name} (${c.role}; ${c.relationship?.formal ? 'formal' : 'informal'}${c.relationship ? `: ${c.relationship.agreement}` : ''})`,
            )
            .join('; '),
          '.',
        )
      : null,
  );
}
