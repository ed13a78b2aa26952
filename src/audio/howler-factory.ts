import { Howl, Howler } from 'howler';
import type { HowlFactory } from './types.ts';

/** The real sound objects: Howler, using Web Audio, picking the first format the browser plays. */
export const howlerFactory: HowlFactory = (spec) =>
  new Howl({
    src: [...spec.src],
    loop: spec.loop,
    volume: spec.volume,
    preload: true,
    onloaderror: (_id, error) => {
      console.warn('Service Chain audio: could not load', spec.src[0], error);
    },
  });

/**
 * Makes Howler's Web Audio context now (asking for the global volume is what sets it up):
 * made before any gesture it stays suspended, and Howler resumes it on the learner's first one.
 */
export const prepareWebAudio = (): void => {
  Howler.volume();
};
