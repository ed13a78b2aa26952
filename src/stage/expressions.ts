/** Which portrait expression shows each mood and each partner stance. */
import type { Expression } from '../art/portraits.ts';
import type { Mood } from '../sim/people/customer-mood.ts';
import type { Stance } from '../sim/people/partner-relationship.ts';

export const MOOD_EXPRESSION: Readonly<Record<Mood, Expression>> = {
  calm: 'neutral',
  concerned: 'concerned',
  frustrated: 'frustrated',
  angry: 'angry',
  escalated: 'furious',
  lost: 'sad',
  reassured: 'relieved',
  satisfied: 'happy',
  advocate: 'delighted',
};

export const STANCE_EXPRESSION: Readonly<Record<Stance, Expression>> = {
  allied: 'happy',
  cooperative: 'neutral',
  strained: 'concerned',
  defensive: 'frustrated',
};
