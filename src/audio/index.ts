/**
 * The game's sound, on Howler, with three channels: `master`, `music` (location ambience) and
 * `effects` (interface sounds and cues).
 *
 *   const audio = createAudio({ storage: localStorage, sounds: SOUND_CATALOGUE, onCaption: show });
 *   button.addEventListener('click', () => audio.unlock()); // silent until a user gesture
 *   audio.playAmbience('warehouse'); // crossfades from the last location
 *   audio.playCue('mood-worse'); // also calls onCaption("Sound: the customer's mood worsens")
 *
 * Volumes and mute are saved under SETTINGS_KEY. Files: names.ts (sound and channel names),
 * types.ts, settings.ts (load/validate/save), captions.ts, ambience.ts (crossfading loop player),
 * create-audio.ts (the API), howler-factory.ts (real Howls), catalogue.ts (Vite asset URLs).
 */
export { createAudio } from './create-audio.ts';
export { SOUND_CATALOGUE } from './catalogue.ts';
export { CUE_CAPTIONS } from './captions.ts';
export { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings.ts';
export { CHANNELS, CUE_NAMES, isCueName } from './names.ts';
export type { AmbienceName, ChannelName, CueName } from './names.ts';
export type {
  AudioOptions,
  AudioSettings,
  GameAudio,
  HowlFactory,
  HowlLike,
  HowlSpec,
  SoundCatalogue,
} from './types.ts';
