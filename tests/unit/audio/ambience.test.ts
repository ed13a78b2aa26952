import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AMBIENCE_FADE_MS, createAmbiencePlayer } from '../../../src/audio/ambience.ts';
import { createAudio } from '../../../src/audio/create-audio.ts';
import { DEFAULT_SETTINGS } from '../../../src/audio/settings.ts';
import { fakeHowls, memoryStorage, TEST_SOUNDS } from './fakes.ts';

const musicGain = DEFAULT_SETTINGS.master * DEFAULT_SETTINGS.music;

const setup = () => {
  const howls = fakeHowls();
  const audio = createAudio({ storage: memoryStorage(), sounds: TEST_SOUNDS, howl: howls.factory });
  audio.unlock();
  return { audio, howls };
};

describe('ambience', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fades the first loop in from silence to the music volume', () => {
    const { audio, howls } = setup();
    audio.playAmbience('shop-floor');
    const loop = howls.get('shop-floor');
    expect(loop.spec.loop).toBe(true);
    expect(loop.spec.src).toEqual(['shop-floor.ogg', 'shop-floor.mp3']);
    expect(loop.calls).toEqual(['volume 0', 'play', `fade 0->${musicGain}`]);
    expect(loop.fades[0]?.durationMs).toBe(AMBIENCE_FADE_MS);
  });

  it('switching location fades the old loop out, stops it after the fade, and fades the new one in', () => {
    const { audio, howls } = setup();
    audio.playAmbience('shop-floor');
    audio.playAmbience('warehouse');

    const old = howls.get('shop-floor');
    const next = howls.get('warehouse');
    expect(old.fades.at(-1)).toEqual({ from: musicGain, to: 0, durationMs: AMBIENCE_FADE_MS });
    expect(next.fades.at(-1)).toEqual({ from: 0, to: musicGain, durationMs: AMBIENCE_FADE_MS });
    expect(howls.playing()).toEqual(['shop-floor', 'warehouse']);

    vi.advanceTimersByTime(AMBIENCE_FADE_MS);
    expect(howls.playing()).toEqual(['warehouse']);
    expect(old.unloaded).toBe(false);
  });

  it('leaves the loop alone when the location asked for is already playing', () => {
    const { audio, howls } = setup();
    audio.playAmbience('office');
    audio.playAmbience('office');
    expect(howls.made.filter((howl) => howl.name === 'office')).toHaveLength(1);
    expect(howls.get('office').calls.filter((call) => call === 'play')).toHaveLength(1);
  });

  it('reuses a location loop when the scene returns to it', () => {
    const { audio, howls } = setup();
    audio.playAmbience('office');
    audio.playAmbience('warehouse');
    vi.advanceTimersByTime(AMBIENCE_FADE_MS);
    audio.playAmbience('office');
    expect(howls.made.filter((howl) => howl.name === 'office')).toHaveLength(1);
    expect(howls.playing()).toEqual(['office', 'warehouse']);
    vi.advanceTimersByTime(AMBIENCE_FADE_MS);
    expect(howls.playing()).toEqual(['office']);
  });

  it('restarts a loop cleanly when the scene returns to it before its fade-out ends', () => {
    const { audio, howls } = setup();
    audio.playAmbience('office');
    audio.playAmbience('warehouse');
    audio.playAmbience('office');
    vi.advanceTimersByTime(AMBIENCE_FADE_MS);
    expect(howls.playing()).toEqual(['office']);
    expect(howls.get('office').currentVolume).toBeCloseTo(musicGain);
  });

  it('stopAmbience fades the loop out and then stops it', () => {
    const { audio, howls } = setup();
    audio.playAmbience('customer-home');
    audio.stopAmbience();
    expect(howls.get('customer-home').fades.at(-1)?.to).toBe(0);
    vi.advanceTimersByTime(AMBIENCE_FADE_MS);
    expect(howls.playing()).toEqual([]);
  });

  it('stops a loop that is still fading out as soon as the volume changes', () => {
    const { audio, howls } = setup();
    audio.playAmbience('office');
    audio.playAmbience('warehouse');
    audio.setMuted(true);
    expect(howls.playing()).toEqual(['warehouse']);
    expect(howls.get('warehouse').currentVolume).toBe(0);
  });

  it('cancels pending fade-outs when disposed', () => {
    const howls = fakeHowls();
    const player = createAmbiencePlayer(TEST_SOUNDS.ambience, howls.factory, 100);
    player.play('office', 0.5);
    player.play('warehouse', 0.5);
    player.dispose();
    const callsAfterDispose = howls.get('office').calls.length;
    vi.advanceTimersByTime(1000);
    expect(howls.get('office').calls).toHaveLength(callsAfterDispose);
    expect(player.current()).toBeNull();
  });
});
