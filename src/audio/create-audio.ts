import { createAmbiencePlayer } from './ambience.ts';
import { captionFor } from './captions.ts';
import { howlerFactory } from './howler-factory.ts';
import { CUE_NAMES, type AmbienceName, type CueName } from './names.ts';
import { channelGain, clampVolume, loadSettings, saveSettings } from './settings.ts';
import type { AudioOptions, AudioSettings, GameAudio, HowlLike } from './types.ts';

/**
 * The game's sound. Silent until `unlock()` is called from a user gesture: before that no
 * sound object is made (so no audio context is started), ambience requests are remembered and
 * cues only send their captions.
 */
export function createAudio(options: AudioOptions): GameAudio {
  const { storage, sounds, onCaption } = options;
  const makeHowl = options.howl ?? howlerFactory;
  const ambience = createAmbiencePlayer(sounds.ambience, makeHowl);
  const cues = new Map<CueName, HowlLike>();
  let settings: AudioSettings = loadSettings(storage);
  let unlocked = false;
  let disposed = false;
  let wantedAmbience: AmbienceName | null = null;

  const update = (next: AudioSettings): void => {
    settings = next;
    saveSettings(storage, settings);
    if (unlocked) ambience.setVolume(channelGain(settings, 'music'));
  };

  const cueHowl = (cue: CueName): HowlLike => {
    let howl = cues.get(cue);
    if (howl === undefined) {
      howl = makeHowl({ src: sounds.cues[cue], loop: false, volume: 0 });
      cues.set(cue, howl);
    }
    return howl;
  };

  return {
    unlock() {
      if (disposed || unlocked) return;
      unlocked = true;
      for (const cue of CUE_NAMES) cueHowl(cue); // start loading the short sounds now
      if (wantedAmbience !== null) ambience.play(wantedAmbience, channelGain(settings, 'music'));
    },

    playAmbience(location) {
      if (disposed) return;
      wantedAmbience = location;
      if (unlocked) ambience.play(location, channelGain(settings, 'music'));
    },

    stopAmbience() {
      if (disposed) return;
      wantedAmbience = null;
      ambience.stop();
    },

    playCue(cue) {
      if (disposed) return;
      const caption = captionFor(cue);
      if (caption !== null) onCaption?.(caption);
      const gain = channelGain(settings, 'effects');
      if (!unlocked || gain === 0) return;
      const howl = cueHowl(cue);
      howl.volume(gain);
      howl.play();
    },

    setVolume(channel, value) {
      if (disposed || !Number.isFinite(value)) return;
      update({ ...settings, [channel]: clampVolume(value) });
    },

    setMuted(muted) {
      if (disposed) return;
      update({ ...settings, muted });
    },

    getSettings: () => ({ ...settings }),

    dispose() {
      if (disposed) return;
      disposed = true;
      ambience.dispose();
      for (const howl of cues.values()) howl.unload();
      cues.clear();
    },
  };
}
