/**
 * The people in the scenario, in words: each one's role, mood or relationship,
 * trust and link status, with a polite announcement when a feeling changes.
 */
import { feelingWords } from '../../sim/people/people.ts';
import { ALLIED_AT, STRAINED_AT } from '../../sim/people/partner-relationship.ts';
import { STATUS_MEANINGS, STATUS_WORDS } from '../../sim/chain/link-status.ts';
import type { SimState } from '../../sim/session/sim-state.ts';
import { characterName, type Character, type ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';

/** The name to show for a speaker or person: "You" for the learner. */
export function personName(meta: ScenarioMeta, id: string | null): string {
  if (id === 'you') return 'You';
  return id === null ? '' : characterName(meta, id);
}

/** The role, and whether the link is internal or external, formal or informal. */
function roleLine(character: Character): string {
  const side =
    character.kind === 'department' ? 'internal' : character.kind === 'partner' ? 'external' : null;
  const form = character.relationship
    ? character.relationship.formal
      ? 'formal agreement'
      : 'informal arrangement'
    : null;
  return [character.role, side, form].filter(Boolean).join(' · ');
}

export class PeopleList {
  readonly element: HTMLElement;
  /** Says "… is now …" when a feeling changes, for screen reader users. */
  readonly announcer: HTMLElement;
  private readonly lastFeelings = new Map<string, string>();

  constructor(
    private readonly meta: ScenarioMeta,
    /** The list and announcer the build drew on the page's first screen, adopted. */
    drawn?: { readonly element: HTMLElement; readonly announcer: HTMLElement },
  ) {
    this.element = drawn?.element ?? h('ul', { className: 'people', 'aria-label': 'People' });
    this.announcer =
      drawn?.announcer ??
      h('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  }

  /** The people as `state` has them are on screen already (drawn by the build): changes from here are announced. */
  remember(state: SimState): void {
    for (const character of this.meta.characters) {
      const person = state.people[character.id];
      const feeling = person ? feelingWords(person) : null;
      if (feeling) this.lastFeelings.set(character.id, feeling);
    }
  }

  render(state: SimState): void {
    const announcements: string[] = [];
    this.element.replaceChildren(
      ...this.meta.characters.map((character) => {
        const person = state.people[character.id];
        const feeling = person ? feelingWords(person) : null;
        const label =
          character.kind === 'customer'
            ? `${character.name}'s mood`
            : `${character.name}'s relationship with you`;
        const previous = this.lastFeelings.get(character.id);
        if (feeling && previous && previous !== feeling)
          announcements.push(`${character.name} is now ${feeling}.`);
        if (feeling) this.lastFeelings.set(character.id, feeling);
        const trust = person?.kind === 'partner' ? person.relationship.context.trust : null;
        return h(
          'li',
          { className: `person person-${character.kind}`, 'data-character': character.id },
          h('span', { className: 'person-name' }, character.name),
          h('span', { className: 'person-role' }, roleLine(character)),
          feeling
            ? h(
                'span',
                {
                  className: `mood mood-${person?.kind === 'customer' ? 'customer' : 'partner'}`,
                  'data-feeling': feeling,
                },
                `${label}: ${feeling}`,
              )
            : null,
          trust !== null
            ? h('meter', {
                min: 0,
                max: 100,
                low: STRAINED_AT,
                high: ALLIED_AT,
                optimum: 100,
                value: trust,
                'aria-label': `Trust: ${trust} out of 100`,
              })
            : null,
          person && person.status !== 'on-track'
            ? h(
                'span',
                {
                  className: `status status-${person.status}`,
                  title: STATUS_MEANINGS[person.status],
                },
                `Link ${STATUS_WORDS[person.status]}`,
              )
            : null,
        );
      }),
    );
    if (announcements.length > 0) this.announcer.textContent = announcements.join(' ');
  }
}
