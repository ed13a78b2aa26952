/**
 * Each character's live state: a customer carries a mood machine snapshot,
 * a partner or department a relationship snapshot. Pure functions over the
 * machines' transition tables (machine-table.ts), so a state can be copied,
 * compared and replayed, and XState stays off the first screen.
 */
import {
  INITIAL_MOOD_CONTEXT,
  MOOD_GUARDS,
  MOOD_UPDATES,
  type MoodContext,
} from './customer-mood-rules.ts';
import { MOOD_WORDS, type Mood, type MoodEvent } from './customer-mood.ts';
import { initialSnapshot, step, type MachineRules, type MachineSnapshot } from './machine-table.ts';
import { MOOD_TABLE, PARTNER_TABLE } from './machine-tables.ts';
import {
  initialPartnerContext,
  PARTNER_GUARDS,
  PARTNER_UPDATES,
  STANCE_WORDS,
  type PartnerContext,
  type PartnerEvent,
  type Stance,
} from './partner-relationship.ts';
import type { Character } from '../story/scenario.ts';
import type { LinkStatus } from '../story/tags.ts';

export type MoodSnapshot = MachineSnapshot<Mood, MoodContext>;
export type RelationshipSnapshot = MachineSnapshot<Stance | 'judging', PartnerContext>;

const MOOD_RULES: MachineRules<MoodContext, MoodEvent> = {
  guards: MOOD_GUARDS,
  updates: MOOD_UPDATES,
};
const PARTNER_RULES: MachineRules<PartnerContext, PartnerEvent> = {
  guards: PARTNER_GUARDS,
  updates: PARTNER_UPDATES,
};

export type PersonState =
  | { readonly kind: 'customer'; readonly mood: MoodSnapshot; readonly status: LinkStatus }
  | {
      readonly kind: 'partner';
      readonly relationship: RelationshipSnapshot;
      readonly status: LinkStatus;
    }
  | { readonly kind: 'colleague'; readonly status: LinkStatus };

export function initialPerson(character: Character): PersonState {
  if (character.kind === 'customer') {
    return {
      kind: 'customer',
      mood: initialSnapshot(MOOD_TABLE, MOOD_RULES, INITIAL_MOOD_CONTEXT),
      status: 'on-track',
    };
  }
  if (character.kind === 'partner' || character.kind === 'department') {
    const formal = character.relationship?.formal ?? character.kind === 'partner';
    return {
      kind: 'partner',
      relationship: initialSnapshot(
        PARTNER_TABLE,
        PARTNER_RULES,
        initialPartnerContext({ formal }),
      ),
      status: 'on-track',
    };
  }
  return { kind: 'colleague', status: 'on-track' };
}

export function moodOf(person: PersonState): Mood | null {
  return person.kind === 'customer' ? person.mood.value : null;
}

export function stanceOf(person: PersonState): Stance | null {
  if (person.kind !== 'partner') return null;
  const value = person.relationship.value;
  return value === 'judging' ? 'cooperative' : value;
}

export function sendMood(person: PersonState, event: MoodEvent): PersonState {
  if (person.kind !== 'customer') return person;
  const mood = step(MOOD_TABLE, MOOD_RULES, person.mood, event);
  return mood === person.mood ? person : { ...person, mood };
}

export function sendTrust(person: PersonState, event: PartnerEvent): PersonState {
  if (person.kind !== 'partner') return person;
  const relationship = step(PARTNER_TABLE, PARTNER_RULES, person.relationship, event);
  return relationship === person.relationship ? person : { ...person, relationship };
}

/** The words a learner reads for this person's state, e.g. "frustrated" or "strained". */
export function feelingWords(person: PersonState): string | null {
  const mood = moodOf(person);
  if (mood) return MOOD_WORDS[mood];
  const stance = stanceOf(person);
  return stance ? STANCE_WORDS[stance] : null;
}

/**
 * A compact value, equal exactly when two people would behave the same from
 * here on as far as the story and the scores can tell. The story observes a
 * person only through mood() and trust(); link status and a customer's
 * escalation wording are only shown, a partner's stance follows from trust,
 * and of failures only whether there was one matters (the advocate guard).
 * Waiting minutes are kept exactly: with bands, 25 and 29 minutes would merge
 * though a later +3m step tips only the second into a worse mood.
 */
export function personKey(person: PersonState): unknown {
  if (person.kind === 'customer') {
    const { patience, waited, failures, recoveryPromised, doubleDeviation } = person.mood.context;
    return [person.mood.value, patience, waited, failures > 0, recoveryPromised, doubleDeviation];
  }
  if (person.kind === 'partner') return person.relationship.context.trust;
  return 0;
}
