/**
 * Sound arrives after the first choice is on screen (`after`, see
 * src/ui/shell/first-screen.ts): Howler and the sound wiring load as their own chunk. Until then the game's hooks do nothing
 * (nothing may play before the learner's first gesture anyway) and the
 * settings dialog reads and writes the saved volumes directly.
 */
import type { SessionView } from '../../sim/session/session.ts';
import type { SettingsStorage } from '../../audio/types.ts';
import { storedAudioControls, type AudioControls } from './settings.ts';
import type { GameSound } from './sound.ts';

/** What the app asks of sound. */
export interface SoundHooks {
  onView(previous: SessionView | null, next: SessionView): void;
  onChoice(): void;
  stop(): void;
}

export interface DeferredSound {
  readonly hooks: SoundHooks;
  readonly controls: AudioControls;
  readonly ready: Promise<GameSound | null>;
}

export function deferSound(
  storage: SettingsStorage,
  load: () => Promise<GameSound>,
  after: Promise<void>,
): DeferredSound {
  let live: GameSound | null = null;
  const saved = storedAudioControls(storage);
  const controls: AudioControls = {
    getSettings: () => (live ? live.audio.getSettings() : saved.getSettings()),
    setVolume: (channel, value) =>
      live ? live.audio.setVolume(channel, value) : saved.setVolume(channel, value),
    setMuted: (muted) => (live ? live.audio.setMuted(muted) : saved.setMuted(muted)),
  };
  const hooks: SoundHooks = {
    onView: (previous, next) => live?.onView(previous, next),
    onChoice: () => live?.onChoice(),
    stop: () => live?.stop(),
  };
  const ready = after
    .then(load)
    .then((sound) => {
      live = sound;
      return sound;
    })
    .catch((error: unknown) => {
      // Sound is never needed to play: the game goes on silent.
      console.warn('Sound could not start:', error);
      return null;
    });
  return { hooks, controls, ready };
}
