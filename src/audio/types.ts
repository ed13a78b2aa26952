import type { AmbienceName, ChannelName, CueName } from './names.ts';

/** URLs of one sound in order of preference (Ogg Vorbis first, MP3 as the fallback). */
export type SoundSources = readonly string[];

export interface SoundCatalogue {
  readonly ambience: Readonly<Record<AmbienceName, SoundSources>>;
  readonly cues: Readonly<Record<CueName, SoundSources>>;
}

/** What the audio module asks of a sound object; Howler's `Howl` satisfies it. */
export interface HowlLike {
  play(): number;
  stop(): unknown;
  volume(value: number): unknown;
  fade(from: number, to: number, durationMs: number): unknown;
  unload(): unknown;
}

export interface HowlSpec {
  readonly src: SoundSources;
  readonly loop: boolean;
  readonly volume: number;
}

/** Makes a sound object; the real one wraps `new Howl(...)`, tests pass a fake. */
export type HowlFactory = (spec: HowlSpec) => HowlLike;

export interface AudioSettings {
  readonly master: number;
  readonly music: number;
  readonly effects: number;
  readonly muted: boolean;
}

export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface AudioOptions {
  readonly storage: SettingsStorage;
  readonly sounds: SoundCatalogue;
  /** Receives the text of every cue that carries meaning, whether or not sound is heard. */
  readonly onCaption?: (caption: string) => void;
  /** Defaults to Howler. */
  readonly howl?: HowlFactory;
  /** Starts the sound engine, silent until a gesture; defaults to Howler's Web Audio context. */
  readonly prepare?: () => void;
  /**
   * Runs a job when the page has time: the cues not needed at unlock are loaded one a job.
   * Defaults to a task each.
   */
  readonly later?: (job: () => void) => void;
}

export interface GameAudio {
  /**
   * Starts the sound engine ahead of the first gesture, silent (browsers start it suspended),
   * so that gesture's own work stays small: in Chromium the Web Audio context took 34 ms to
   * make, unthrottled.
   */
  prepare(): void;
  /** Call from a user gesture (click, key press): until then no sound is loaded or played. */
  unlock(): void;
  playAmbience(location: AmbienceName): void;
  stopAmbience(): void;
  playCue(cue: CueName): void;
  /** `value` is clamped to 0..1; the change is saved. */
  setVolume(channel: ChannelName, value: number): void;
  setMuted(muted: boolean): void;
  getSettings(): AudioSettings;
  /** Stops and unloads every sound; the object does nothing afterwards. */
  dispose(): void;
}
