import type { CueName } from './names.ts';

/**
 * Text for every cue that carries information, so meaning never depends on hearing it.
 * Interface sounds only echo something the player did and can see, so they have none.
 */
export const CUE_CAPTIONS: Readonly<Record<CueName, string | null>> = {
  'ui-select': null,
  'ui-confirm': null,
  'ui-open': null,
  'ui-close': null,
  'mood-better': "Sound: the customer's mood improves",
  'mood-worse': "Sound: the customer's mood worsens",
  escalation: 'Sound: a chime as the case is escalated',
  'ending-strong': 'Sound: a bright, rising chord for a strong recovery',
  'ending-partial': 'Sound: an unresolved chord for a partial recovery',
  'ending-failed': 'Sound: a low, falling chord as the recovery fails',
  'clock-tick': 'Sound: a clock ticks as time passes',
};

export const captionFor = (cue: CueName): string | null => CUE_CAPTIONS[cue];
