/**
 * Each character's live state: a customer carries a mood machine snapshot,
 * a partner or department a relationship snapshot. Pure functions over
 * XState's pure `transition`, so a state can be copied, compared and replayed.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { customerMoodMachine } from './customer-mood-machine.ts';
import { MOOD_WORDS, type Mood, type MoodEvent } from './customer-mood.ts';
import {
  partnerRelationshipMachine,
  STANCE_WORDS,
  type PartnerEvent,
  type Stance,
} from './partner-relationship.ts';
import type { Character } from '../story/scenario.ts';
import type { LinkStatus } from '../story/tags.ts';

export type MoodSnapshot = SnapshotFrom<typeof customerMoodMachine>;
export type RelationshipSnapshot = SnapshotFrom<typeof partnerRelationshipMachine>;

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
      mood: initialTransition(customerMoodMachine)[0],
      status: 'on-track',
    };
  }
  if (character.kind === 'partner' || character.kind === 'department') {
    const formal = character.relationship?.formal ?? character.kind === 'partner';
    return {
      kind: 'partner',
      relationship: initialTransition(partnerRelationshipMachine, { formal })[0],
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

/**
 * XState's `transition` builds a throwaway actor and the machine's initial
 * snapshot on every call, which made it a quarter of the checker's time
 * (issue 17). The machines have no history states, children or delays, so
 * a snapshot's next state follows from its value, context and status and the
 * event: each answer is worked out once and the same snapshot object handed
 * out again. Bounded, so a long session cannot grow it without end.
 */
const MEMO_LIMIT = 20_000;
const moodMemo = new Map<string, MoodSnapshot>();
const trustMemo = new Map<string, RelationshipSnapshot>();

function snapshotKey(
  snapshot: MoodSnapshot | RelationshipSnapshot,
  event: MoodEvent | PartnerEvent,
): string {
  return JSON.stringify([snapshot.value, snapshot.status, snapshot.context, event]);
}

function remembered<S>(memo: Map<string, S>, key: string, next: () => S): S {
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = next();
  memo.set(key, value);
  return value;
}

export function sendMood(person: PersonState, event: MoodEvent): PersonState {
  if (person.kind !== 'customer') return person;
  const mood = remembered(
    moodMemo,
    snapshotKey(person.mood, event),
    () => transition(customerMoodMachine, person.mood, event)[0],
  );
  return { ...person, mood };
}

export function sendTrust(person: PersonState, event: PartnerEvent): PersonState {
  if (person.kind !== 'partner') return person;
  const relationship = remembered(
    trustMemo,
    snapshotKey(person.relationship, event),
    () => transition(partnerRelationshipMachine, person.relationship, event)[0],
  );
  return { ...person, relationship };
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
