import type { Location } from '../sim/story/locations.ts';

/** The mixer's channels: `master` scales the other two. */
/** The mixer's volume channels (the story's contact channels are `CHANNELS` in src/sim/story/tags.ts). */
export const SOUND_CHANNELS = ['master', 'music', 'effects'] as const;
export type ChannelName = (typeof SOUND_CHANNELS)[number];

/** One-shot sounds on the `effects` channel: interface sounds, mood cues, endings. */
export const CUE_NAMES = [
  'ui-select',
  'ui-confirm',
  'ui-open',
  'ui-close',
  'mood-better',
  'mood-worse',
  'escalation',
  'ending-strong',
  'ending-partial',
  'ending-failed',
  'clock-tick',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** Ambience loops (the `music` channel) are named by the scene's location. */
export type AmbienceName = Location;
