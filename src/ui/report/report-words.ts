/** Small wording helpers shared by the report's parts, so each phrase is written once. */
import { MOOD_WORDS, MOODS, type Mood } from '../../sim/people/customer-mood.ts';
import { STANCE_WORDS, STANCES, type Stance } from '../../sim/people/partner-relationship.ts';
import { characterOf, type ScenarioMeta } from '../../sim/story/scenario.ts';

export const OUTCOME_WORDS = {
  strong: 'Strong recovery',
  partial: 'Partial recovery',
  failed: 'Failed recovery',
} as const;

/** A true minus sign reads better than a hyphen, and screen readers say "minus". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

const isMood = (s: string): s is Mood => (MOODS as readonly string[]).includes(s);
const isStance = (s: string): s is Stance => (STANCES as readonly string[]).includes(s);

/** The words for a mood or a partner's stance, as the learner saw them during play. */
export function stateWords(state: string): string {
  if (isMood(state)) return MOOD_WORDS[state];
  if (isStance(state)) return STANCE_WORDS[state];
  return state;
}

export { characterName as personName } from '../../sim/story/scenario.ts';

export function personLabel(meta: ScenarioMeta, id: string): string {
  const person = characterOf(meta, id);
  return person ? `${person.name} (${person.role})` : id;
}

/** The day an attempt was played, as an assessor writes it: "2 December 2026". */
export const attemptDate = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
