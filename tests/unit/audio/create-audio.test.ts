import { describe, expect, it, vi } from 'vitest';
import { createAudio } from '../../../src/audio/create-audio.ts';
import { CUE_CAPTIONS } from '../../../src/audio/captions.ts';
import { CUE_NAMES } from '../../../src/audio/names.ts';
import { DEFAULT_SETTINGS } from '../../../src/audio/settings.ts';
import { fakeHowls, memoryStorage, TEST_SOUNDS } from './fakes.ts';

const setup = () => {
  const howls = fakeHowls();
  const storage = memoryStorage();
  const onCaption = vi.fn<(caption: string) => void>();
  // The cues not needed at unlock load at once here (in the app, in idle time).
  const audio = createAudio({
    storage,
    sounds: TEST_SOUNDS,
    onCaption,
    howl: howls.factory,
    later: (job) => job(),
  });
  return { audio, howls, storage, onCaption };
};

const musicGain = DEFAULT_SETTINGS.master * DEFAULT_SETTINGS.music;
const effectsGain = DEFAULT_SETTINGS.master * DEFAULT_SETTINGS.effects;

describe('createAudio before unlock', () => {
  it('makes no sound objects and plays nothing before unlock is called', () => {
    const { audio, howls } = setup();
    audio.playAmbience('office');
    audio.playCue('mood-worse');
    audio.playCue('ui-select');
    audio.setVolume('music', 0.4);
    expect(howls.made).toHaveLength(0);
  });

  it('starts the ambience asked for earlier once unlock is called', () => {
    const { audio, howls } = setup();
    audio.playAmbience('warehouse');
    audio.unlock();
    expect(howls.playing()).toEqual(['warehouse']);
    expect(howls.get('warehouse').spec.loop).toBe(true);
  });

  it('does not start an ambience that was stopped before unlock', () => {
    const { audio, howls } = setup();
    audio.playAmbience('warehouse');
    audio.stopAmbience();
    audio.unlock();
    expect(howls.playing()).toEqual([]);
  });

  it('does not replay cues that were asked for before unlock', () => {
    const { audio, howls } = setup();
    audio.playCue('escalation');
    audio.unlock();
    expect(howls.playing()).toEqual([]);
  });

  it('makes only what is heard at unlock, then loads each cue once, one a job', () => {
    const howls = fakeHowls();
    const jobs: (() => void)[] = [];
    const audio = createAudio({
      storage: memoryStorage(),
      sounds: TEST_SOUNDS,
      howl: howls.factory,
      later: (job) => jobs.push(job),
    });
    audio.playAmbience('office');
    audio.unlock();
    audio.unlock();
    expect(howls.made.map((howl) => howl.name)).toEqual(['office']);
    audio.playCue('mood-worse');
    for (let ran = 0; jobs.length > 0; ran += 1) {
      const made = howls.made.length;
      jobs.shift()?.();
      expect(howls.made.length - made).toBeLessThanOrEqual(1);
      expect(ran).toBeLessThan(CUE_NAMES.length + 1);
    }
    expect(
      howls.made
        .map((howl) => howl.name)
        .filter((name) => name !== 'office')
        .sort(),
    ).toEqual([...CUE_NAMES].sort());
  });

  it('prepares the sound engine only when asked, and not after dispose', () => {
    const prepare = vi.fn();
    const audio = createAudio({ storage: memoryStorage(), sounds: TEST_SOUNDS, prepare });
    expect(prepare).not.toHaveBeenCalled();
    audio.prepare();
    expect(prepare).toHaveBeenCalledTimes(1);
    audio.dispose();
    audio.prepare();
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});

describe('createAudio after unlock', () => {
  it('plays a cue at the effects volume times the master volume', () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.playCue('ui-confirm');
    const cue = howls.get('ui-confirm');
    expect(cue.playing).toBe(true);
    expect(cue.currentVolume).toBeCloseTo(effectsGain);
    expect(cue.spec.loop).toBe(false);
    expect(cue.spec.src).toEqual(['ui-confirm.ogg', 'ui-confirm.mp3']);
  });

  it('sets the playing ambience to the new volume when the music or master channel changes', () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.playAmbience('office');
    audio.setVolume('music', 0.5);
    expect(howls.get('office').currentVolume).toBeCloseTo(DEFAULT_SETTINGS.master * 0.5);
    audio.setVolume('master', 0.5);
    expect(howls.get('office').currentVolume).toBeCloseTo(0.25);
  });

  it('clamps volumes to the range 0 to 1 and ignores a value that is not a number', () => {
    const { audio } = setup();
    audio.setVolume('effects', 3);
    audio.setVolume('music', -1);
    audio.setVolume('master', Number.NaN);
    expect(audio.getSettings()).toEqual({ ...DEFAULT_SETTINGS, effects: 1, music: 0 });
  });

  it('mute silences every channel and unmuting restores the ambience', () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.playAmbience('shop-floor');
    audio.setMuted(true);
    expect(howls.get('shop-floor').currentVolume).toBe(0);
    audio.playCue('mood-better');
    expect(howls.get('mood-better').playing).toBe(false);
    audio.playAmbience('customer-home');
    expect(howls.get('customer-home').fades.at(-1)?.to).toBe(0);

    audio.setMuted(false);
    expect(howls.get('customer-home').currentVolume).toBeCloseTo(musicGain);
    expect(audio.getSettings().muted).toBe(false);
  });

  it('plays no cue when the effects channel is at zero', () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.setVolume('effects', 0);
    audio.playCue('clock-tick');
    expect(howls.get('clock-tick').playing).toBe(false);
  });

  it('returns a copy of the settings that cannot change the module', () => {
    const { audio } = setup();
    const settings = audio.getSettings() as { muted: boolean };
    settings.muted = true;
    expect(audio.getSettings().muted).toBe(false);
  });
});

describe('captions', () => {
  it('sends the caption of an informative cue before unlock, after it, and while muted', () => {
    const { audio, onCaption } = setup();
    audio.playCue('mood-worse');
    audio.unlock();
    audio.playCue('mood-worse');
    audio.setMuted(true);
    audio.playCue('mood-worse');
    expect(onCaption.mock.calls).toEqual([
      ["Sound: the customer's mood worsens"],
      ["Sound: the customer's mood worsens"],
      ["Sound: the customer's mood worsens"],
    ]);
  });

  it('sends one caption for each informative cue and none for interface sounds', () => {
    const { audio, onCaption } = setup();
    audio.unlock();
    for (const cue of CUE_NAMES) audio.playCue(cue);
    const expected = CUE_NAMES.filter((cue) => !cue.startsWith('ui-')).map((cue) => [
      CUE_CAPTIONS[cue],
    ]);
    expect(onCaption.mock.calls).toEqual(expected);
  });

  it('has a caption for every cue except the interface sounds', () => {
    for (const cue of CUE_NAMES) {
      const caption = CUE_CAPTIONS[cue];
      if (cue.startsWith('ui-')) expect(caption).toBeNull();
      else expect(caption).toMatch(/^Sound: \S/);
    }
  });

  it('works without a caption listener', () => {
    const howls = fakeHowls();
    const audio = createAudio({
      storage: memoryStorage(),
      sounds: TEST_SOUNDS,
      howl: howls.factory,
    });
    expect(() => audio.playCue('escalation')).not.toThrow();
  });
});

describe('dispose', () => {
  it('unloads every sound object, ambience and cues alike', () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.playAmbience('office');
    audio.playAmbience('warehouse');
    audio.playCue('ui-open');
    audio.dispose();
    expect(howls.made.length).toBeGreaterThan(0);
    expect(howls.made.filter((howl) => !howl.unloaded)).toEqual([]);
  });

  it('ignores every call made after dispose', () => {
    const { audio, howls, onCaption } = setup();
    audio.unlock();
    audio.dispose();
    const made = howls.made.length;
    audio.unlock();
    audio.playAmbience('office');
    audio.playCue('mood-better');
    audio.setVolume('master', 0.1);
    audio.setMuted(true);
    expect(howls.made).toHaveLength(made);
    expect(howls.playing()).toEqual([]);
    expect(onCaption).not.toHaveBeenCalled();
    expect(audio.getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
