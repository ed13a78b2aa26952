import type { AmbienceName } from './names.ts';
import type { HowlFactory, HowlLike, SoundCatalogue } from './types.ts';

/** How long one location's ambience takes to fade into the next. */
export const AMBIENCE_FADE_MS = 750;

export interface AmbiencePlayer {
  /** Crossfades to `location`'s loop at `volume`; does nothing if it is already playing. */
  play(location: AmbienceName, volume: number): void;
  /** Fades the current loop out. */
  stop(): void;
  /** Sets the playing loop's volume now; anything still fading out is stopped. */
  setVolume(volume: number): void;
  current(): AmbienceName | null;
  dispose(): void;
}

interface Playing {
  readonly location: AmbienceName;
  readonly howl: HowlLike;
}

/** Plays one looping ambience at a time, crossfading between them. */
export function createAmbiencePlayer(
  sounds: SoundCatalogue['ambience'],
  makeHowl: HowlFactory,
  fadeMs: number = AMBIENCE_FADE_MS,
): AmbiencePlayer {
  const howls = new Map<AmbienceName, HowlLike>();
  const fadingOut = new Map<HowlLike, ReturnType<typeof setTimeout>>();
  let playing: Playing | null = null;
  let volume = 0;

  const howlFor = (location: AmbienceName): HowlLike => {
    let howl = howls.get(location);
    if (howl === undefined) {
      howl = makeHowl({ src: sounds[location], loop: true, volume: 0 });
      howls.set(location, howl);
    }
    return howl;
  };

  const cancelFadeOut = (howl: HowlLike): void => {
    const timer = fadingOut.get(howl);
    if (timer === undefined) return;
    clearTimeout(timer);
    fadingOut.delete(howl);
    howl.stop();
  };

  const fadeOut = (): void => {
    if (playing === null) return;
    const { howl } = playing;
    playing = null;
    howl.fade(volume, 0, fadeMs);
    fadingOut.set(
      howl,
      setTimeout(() => {
        fadingOut.delete(howl);
        howl.stop();
      }, fadeMs),
    );
  };

  return {
    play(location, newVolume) {
      if (playing?.location === location) return;
      fadeOut();
      volume = newVolume;
      const howl = howlFor(location);
      cancelFadeOut(howl);
      howl.volume(0);
      howl.play();
      howl.fade(0, volume, fadeMs);
      playing = { location, howl };
    },
    stop: fadeOut,
    setVolume(newVolume) {
      volume = newVolume;
      for (const howl of [...fadingOut.keys()]) cancelFadeOut(howl);
      playing?.howl.volume(volume);
    },
    current: () => playing?.location ?? null,
    dispose() {
      for (const timer of fadingOut.values()) clearTimeout(timer);
      fadingOut.clear();
      for (const howl of howls.values()) howl.unload();
      howls.clear();
      playing = null;
    },
  };
}
