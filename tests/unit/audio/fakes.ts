import { LOCATIONS } from '../../../src/sim/story/locations.ts';
import { CUE_NAMES } from '../../../src/audio/names.ts';
import type {
  HowlFactory,
  HowlLike,
  HowlSpec,
  SettingsStorage,
  SoundCatalogue,
  SoundSources,
} from '../../../src/audio/types.ts';

export interface Fade {
  readonly from: number;
  readonly to: number;
  readonly durationMs: number;
}

/** Records what the audio module asks of a sound, instead of making one. */
export class FakeHowl implements HowlLike {
  readonly calls: string[] = [];
  readonly fades: Fade[] = [];
  playing = false;
  unloaded = false;
  currentVolume: number;

  constructor(readonly spec: HowlSpec) {
    this.currentVolume = spec.volume;
  }

  /** The sound's name, from its first source: `office.ogg` → `office`. */
  get name(): string {
    return (this.spec.src[0] ?? '').replace(/\.\w+$/, '');
  }

  play(): number {
    this.calls.push('play');
    this.playing = true;
    return 1;
  }

  stop(): void {
    this.calls.push('stop');
    this.playing = false;
  }

  volume(value: number): void {
    this.calls.push(`volume ${value}`);
    this.currentVolume = value;
  }

  fade(from: number, to: number, durationMs: number): void {
    this.calls.push(`fade ${from}->${to}`);
    this.fades.push({ from, to, durationMs });
    this.currentVolume = to;
  }

  unload(): void {
    this.calls.push('unload');
    this.playing = false;
    this.unloaded = true;
  }
}

export interface FakeHowls {
  readonly factory: HowlFactory;
  readonly made: FakeHowl[];
  /** The sound object made for `name`; fails the test if there is none. */
  get(name: string): FakeHowl;
  playing(): string[];
}

export function fakeHowls(): FakeHowls {
  const made: FakeHowl[] = [];
  return {
    factory: (spec) => {
      const howl = new FakeHowl(spec);
      made.push(howl);
      return howl;
    },
    made,
    get(name) {
      const howl = made.find((candidate) => candidate.name === name);
      if (howl === undefined) throw new Error(`no sound object was made for ${name}`);
      return howl;
    },
    playing: () => made.filter((howl) => howl.playing).map((howl) => howl.name),
  };
}

export interface MemoryStorage extends SettingsStorage {
  readonly data: Map<string, string>;
}

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const sourcesFor = <K extends string>(names: readonly K[]): Record<K, SoundSources> => {
  const record = {} as Record<K, SoundSources>;
  for (const name of names) record[name] = [`${name}.ogg`, `${name}.mp3`];
  return record;
};

export const TEST_SOUNDS: SoundCatalogue = {
  ambience: sourcesFor(LOCATIONS),
  cues: sourcesFor(CUE_NAMES),
};
