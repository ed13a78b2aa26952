import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS as DEFAULT_AUDIO,
  SETTINGS_KEY as AUDIO_KEY,
} from '../../src/audio/settings.ts';
import { createAudio } from '../../src/audio/create-audio.ts';
import {
  applySettings,
  createSettingsStore,
  stageDisplay,
} from '../../src/ui/settings/settings.ts';
import {
  DEFAULT_STORED,
  defaultDisplaySettings,
  DISPLAY_SETTINGS_KEY,
  loadDisplaySettings,
  parseStoredSettings,
  TEXT_SIZES,
  TEXT_SPEEDS,
  SETTINGS_VERSION,
  type DisplaySettings,
} from '../../src/ui/settings/stored-settings.ts';
import { fakeHowls, memoryStorage, TEST_SOUNDS } from './audio/fakes.ts';

const stored = (value: unknown) => memoryStorage({ [DISPLAY_SETTINGS_KEY]: JSON.stringify(value) });

/** Just enough of an element for applySettings. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

describe('settings parsing', () => {
  it('gives the defaults for nothing stored, and motion follows the device', () => {
    expect(loadDisplaySettings(memoryStorage(), false)).toEqual({
      textSize: 100,
      highContrast: false,
      dyslexicFont: false,
      reducedMotion: false,
      textSpeed: 'normal',
      captions: true,
      choiceTimers: true,
      choiceKeys: true,
    });
    expect(loadDisplaySettings(memoryStorage(), true).reducedMotion).toBe(true);
    expect(defaultDisplaySettings(true).reducedMotion).toBe(true);
  });

  it('reads back every valid value', () => {
    const value = {
      version: SETTINGS_VERSION,
      textSize: 200,
      highContrast: true,
      dyslexicFont: true,
      reducedMotion: false,
      textSpeed: 'instant',
      captions: false,
      choiceTimers: false,
      choiceKeys: false,
    };
    // A stored choice beats the device's preference.
    expect(loadDisplaySettings(stored(value), true)).toEqual({ ...value, version: undefined });
  });

  it('replaces each corrupt field with its own default and keeps the others', () => {
    const parsed = parseStoredSettings({
      version: SETTINGS_VERSION,
      textSize: 175,
      highContrast: 'yes',
      dyslexicFont: true,
      reducedMotion: 3,
      textSpeed: 'ludicrous',
      captions: false,
      choiceTimers: 'sometimes',
      choiceKeys: 'no',
      extra: 'ignored',
    });
    expect(parsed).toEqual({
      textSize: 100,
      highContrast: false,
      dyslexicFont: true,
      reducedMotion: null,
      textSpeed: 'normal',
      captions: false,
      choiceTimers: true,
      choiceKeys: true,
    });
  });

  it('fills in missing fields', () => {
    expect(parseStoredSettings({ version: SETTINGS_VERSION, textSize: 150 })).toEqual({
      ...DEFAULT_STORED,
      textSize: 150,
    });
  });

  it('gives the defaults for the wrong shape or version, without throwing', () => {
    for (const raw of [null, 42, 'text', [], {}, { version: 2, textSize: 200 }, { textSize: 200 }])
      expect(parseStoredSettings(raw)).toEqual(DEFAULT_STORED);
  });

  const ALLOWED: Record<string, readonly unknown[]> = {
    textSize: TEXT_SIZES,
    textSpeed: TEXT_SPEEDS,
    reducedMotion: [true, false, null],
  };

  it('reads any stored value as settings: each field valid, each valid field kept', () => {
    const valid = {
      textSize: fc.constantFrom(...TEXT_SIZES),
      highContrast: fc.boolean(),
      dyslexicFont: fc.boolean(),
      reducedMotion: fc.constantFrom(true, false, null),
      textSpeed: fc.constantFrom(...TEXT_SPEEDS),
      captions: fc.boolean(),
      choiceTimers: fc.boolean(),
      choiceKeys: fc.boolean(),
    };
    const anyField = (value: fc.Arbitrary<unknown>) => fc.oneof(value, fc.jsonValue());
    const stored = fc.record(
      Object.fromEntries(Object.entries(valid).map(([name, value]) => [name, anyField(value)])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(stored, (fields) => {
        const parsed = parseStoredSettings({ version: SETTINGS_VERSION, ...fields });
        for (const [name, value] of Object.entries(parsed)) {
          const given = (fields as Record<string, unknown>)[name];
          const fallback = DEFAULT_STORED[name as keyof typeof DEFAULT_STORED];
          const allowed = ALLOWED[name] ?? [true, false];
          expect(value).toEqual(allowed.includes(given) ? given : fallback);
        }
      }),
    );
  });

  it('gives the defaults for corrupt JSON and for storage that throws', () => {
    const corrupt = memoryStorage({ [DISPLAY_SETTINGS_KEY]: '{"version":1,"textSize":' });
    expect(loadDisplaySettings(corrupt, false)).toEqual(defaultDisplaySettings(false));
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadDisplaySettings(blocked, false)).toEqual(defaultDisplaySettings(false));
    const store = createSettingsStore(blocked, { prefersReducedMotion: () => false });
    expect(() => store.set('textSize', 125)).not.toThrow();
    expect(store.get().textSize).toBe(125);
  });
});

describe('the settings store', () => {
  it('saves display settings under its own versioned key', () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage, { prefersReducedMotion: () => false });
    store.set('textSize', 150);
    store.set('highContrast', true);
    const saved = JSON.parse(storage.data.get(DISPLAY_SETTINGS_KEY) ?? 'null') as unknown;
    expect(saved).toMatchObject({ version: SETTINGS_VERSION, textSize: 150, highContrast: true });
    const again = createSettingsStore(storage, { prefersReducedMotion: () => false });
    expect(again.get()).toMatchObject({ textSize: 150, highContrast: true });
  });

  it('keeps following the device for motion until the learner chooses', () => {
    let device = false;
    const storage = memoryStorage();
    const store = createSettingsStore(storage, { prefersReducedMotion: () => device });
    store.set('captions', false);
    device = true;
    expect(store.get().reducedMotion).toBe(true);
    store.set('reducedMotion', false);
    expect(store.get().reducedMotion).toBe(false);
    expect(loadDisplaySettings(storage, true).reducedMotion).toBe(false);
  });

  it('keeps sound levels only in the audio module, through the live audio', () => {
    const storage = memoryStorage();
    const audio = createAudio({ storage, sounds: TEST_SOUNDS, howl: fakeHowls().factory });
    const store = createSettingsStore(storage, { audio, prefersReducedMotion: () => false });
    expect(store.get().audio).toEqual(DEFAULT_AUDIO);
    store.setVolume('music', 0.3);
    store.setMuted(true);
    expect(audio.getSettings()).toMatchObject({ music: 0.3, muted: true });
    expect(store.get().audio).toMatchObject({ music: 0.3, muted: true });
    expect(storage.data.get(DISPLAY_SETTINGS_KEY)).toBeUndefined();
    expect(JSON.parse(storage.data.get(AUDIO_KEY) ?? 'null')).toMatchObject({ music: 0.3 });
  });

  it('reads and writes the audio module store when there is no live audio', () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage, { prefersReducedMotion: () => false });
    store.setVolume('effects', 2);
    store.setVolume('master', Number.NaN);
    const audio = createAudio({ storage, sounds: TEST_SOUNDS, howl: fakeHowls().factory });
    expect(audio.getSettings()).toEqual({ ...DEFAULT_AUDIO, effects: 1 });
  });

  it('tells subscribers, and resets everything', () => {
    const storage = memoryStorage();
    const store = createSettingsStore(storage, { prefersReducedMotion: () => true });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('reducedMotion', false);
    store.set('textSpeed', 'slow');
    store.setVolume('master', 0.1);
    expect(listener).toHaveBeenCalledTimes(3);
    const reset = store.reset();
    expect(reset).toEqual({ ...defaultDisplaySettings(true), audio: DEFAULT_AUDIO });
    unsubscribe();
    store.set('captions', false);
    expect(listener).toHaveBeenCalledTimes(4);
  });
});

describe('applySettings', () => {
  const all: DisplaySettings = {
    textSize: 200,
    highContrast: true,
    dyslexicFont: true,
    reducedMotion: true,
    textSpeed: 'fast',
    captions: true,
    choiceTimers: false,
    choiceKeys: false,
  };

  it('sets data attributes on the root, and loads the font only when wanted', () => {
    const root = fakeRoot();
    const loadFont = vi.fn(() => Promise.resolve());
    applySettings(all, root, loadFont);
    expect(Object.fromEntries(root.attributes)).toEqual({
      'data-text-size': '200',
      'data-contrast': 'high',
      'data-font': 'dyslexic',
      'data-motion': 'reduced',
      'data-timers': 'off',
      'data-choice-keys': 'off',
    });
    expect(loadFont).toHaveBeenCalledTimes(1);
  });

  it('removes the attributes of options switched off', () => {
    const root = fakeRoot();
    const loadFont = vi.fn(() => Promise.resolve());
    applySettings(all, root, loadFont);
    applySettings(defaultDisplaySettings(false), root, loadFont);
    expect(Object.fromEntries(root.attributes)).toEqual({
      'data-text-size': '100',
    });
    expect(loadFont).toHaveBeenCalledTimes(1);
  });
});

describe('stageDisplay', () => {
  it('gives the stage faster typing for a faster text speed, and "instant" shows each line at once', () => {
    const at = (textSpeed: DisplaySettings['textSpeed']) =>
      stageDisplay({ ...defaultDisplaySettings(false), textSpeed }).textSpeed;
    expect(at('slow')).toBeLessThan(at('normal'));
    expect(at('normal')).toBeLessThan(at('fast'));
    expect(Number.isFinite(at('instant'))).toBe(false);
  });

  it('passes reduced motion on as it is', () => {
    expect(
      stageDisplay({ ...defaultDisplaySettings(false), reducedMotion: true }).reducedMotion,
    ).toBe(true);
    expect(stageDisplay(defaultDisplaySettings(false)).reducedMotion).toBe(false);
  });
});
