import { createAmbiencePlayer } from './ambience.ts';
import { captionFor } from './captions.ts';
import { howlerFactory, prepareWebAudio } from './howler-factory.ts';
import { CUE_NAMES, type AmbienceName, type CueName } from './names.ts';
import { channelGain, clampVolume, loadSettings, saveSettings } from './settings.ts';
import type { AudioOptions, AudioSettings, GameAudio, HowlLike } from './types.ts';

/**
 * The game's sound. Silent until `unlock()` is called from a user gesture: before that no
 * sound object is made, ambience requests are remembered and cues only send their captions.
 * The gesture makes only what is heard at once (the ambience; a cue when it plays); the other
 * cues load afterwards, one a job (`later`: the app's quiet moments), since making all eleven inside the
 * learner's first key press delayed that choice's line (issue 17, choice latency).
 */
export function createAudio(options: AudioOptions): GameAudio {
  const { storage, sounds, onCaption } = options;
  const makeHowl = options.howl ?? howlerFactory;
  const later = options.later ?? ((job: () => void) => void setTimeout(job));
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

  const loadRest = (left: readonly CueName[]): void => {
    const [next, ...rest] = left;
    if (next === undefined || disposed) return;
    cueHowl(next);
    later(() => loadRest(rest));
  };

  return {
    prepare() {
      if (!disposed) (options.prepare ?? prepareWebAudio)();
    },

    unlock() {
      if (disposed || unlocked) return;
      unlocked = true;
      if (wantedAmbience !== null) ambience.play(wantedAmbience, channelGain(settings, 'music'));
      later(() => loadRest(CUE_NAMES));
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
