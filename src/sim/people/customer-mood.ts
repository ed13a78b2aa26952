/**
 * The customer's moods and how they are named and ranked. How a customer moves
 * between them is the machine in customer-mood-machine.ts.
 */
import type { MoodEventName } from '../story/tags.ts';

export const MOODS = [
  'calm',
  'concerned',
  'frustrated',
  'angry',
  'escalated',
  'lost',
  'reassured',
  'satisfied',
  'advocate',
] as const;
export type Mood = (typeof MOODS)[number];

/** What moves a customer's mood: a story's mood tag, or time passing. */
export type MoodEvent = { type: MoodEventName } | { type: 'wait'; minutes: number };

export const MOOD_WORDS: Readonly<Record<Mood, string>> = {
  calm: 'calm',
  concerned: 'concerned',
  frustrated: 'frustrated',
  angry: 'angry',
  escalated: 'escalating: taking the complaint further',
  lost: 'lost: has given up on Northway',
  reassured: 'reassured',
  satisfied: 'satisfied',
  advocate: 'advocate: more loyal than before',
};

/**
 * The one word for each mood, wherever a mood is named (people panel, chart,
 * report): the first word of its description.
 */
export const moodName = (mood: Mood): string => MOOD_WORDS[mood].split(':')[0]!;

/** Better moods rank higher; used for curves and for "better/worse" cues. */
export const MOOD_RANK: Readonly<Record<Mood, number>> = {
  lost: 0,
  escalated: 1,
  angry: 2,
  frustrated: 3,
  concerned: 4,
  calm: 5,
  reassured: 6,
  satisfied: 7,
  advocate: 8,
};
