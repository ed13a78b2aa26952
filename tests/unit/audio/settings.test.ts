import { describe, expect, it } from 'vitest';
import { createAudio } from '../../../src/audio/create-audio.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
} from '../../../src/audio/settings.ts';
import type { SettingsStorage } from '../../../src/audio/types.ts';
import { fakeHowls, memoryStorage, TEST_SOUNDS } from './fakes.ts';

const make = (storage: SettingsStorage) =>
  createAudio({ storage, sounds: TEST_SOUNDS, howl: fakeHowls().factory });

describe('audio settings', () => {
  it('start at the defaults when nothing is stored', () => {
    expect(make(memoryStorage()).getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('save volumes and mute under one versioned key and reload them in a new session', () => {
    const storage = memoryStorage();
    const first = make(storage);
    first.setVolume('master', 0.5);
    first.setVolume('music', 0.25);
    first.setVolume('effects', 1);
    first.setMuted(true);
    expect([...storage.data.keys()]).toEqual([SETTINGS_KEY]);
    expect(SETTINGS_KEY).toMatch(/v\d+$/);

    const second = make(storage);
    expect(second.getSettings()).toEqual({ master: 0.5, music: 0.25, effects: 1, muted: true });
  });

  it('apply reloaded settings to the sound that plays', () => {
    const storage = memoryStorage();
    make(storage).setVolume('music', 0.5);
    const howls = fakeHowls();
    const audio = createAudio({ storage, sounds: TEST_SOUNDS, howl: howls.factory });
    audio.unlock();
    audio.playAmbience('office');
    expect(howls.get('office').fades.at(-1)?.to).toBeCloseTo(DEFAULT_SETTINGS.master * 0.5);
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[0.1, 0.2, 0.3]'],
    ['another version', JSON.stringify({ version: 99, master: 0.1, music: 0.1, effects: 0.1 })],
    ['an object without a version', JSON.stringify({ master: 0.1, music: 0.1, effects: 0.1 })],
  ])('fall back to the defaults without throwing when the stored value is %s', (_, stored) => {
    const audio = make(memoryStorage({ [SETTINGS_KEY]: stored }));
    expect(audio.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep the valid stored fields and replace only the corrupt ones', () => {
    const stored = { version: 1, master: 0.3, music: 'loud', effects: null, muted: 'yes' };
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, master: 0.3 });
  });

  it('clamp stored volumes that are out of range', () => {
    const stored = { version: 1, master: 7, music: -2, effects: 0.5, muted: true };
    expect(parseSettings(stored)).toEqual({ master: 1, music: 0, effects: 0.5, muted: true });
  });

  it('neither throw nor lose the session settings when storage itself throws', () => {
    const broken: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(broken, DEFAULT_SETTINGS)).not.toThrow();
    const audio = make(broken);
    audio.setVolume('music', 0.2);
    expect(audio.getSettings().music).toBe(0.2);
  });
});
