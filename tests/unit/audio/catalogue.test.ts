import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOUND_CATALOGUE } from '../../../src/audio/catalogue.ts';
import { CUE_NAMES } from '../../../src/audio/names.ts';
import { LOCATIONS } from '../../../src/sim/story/locations.ts';

const audioDir = new URL('../../../assets/audio/', import.meta.url);
const NAMES = [...LOCATIONS, ...CUE_NAMES];

describe('sound catalogue', () => {
  it('lists an Ogg Vorbis file and then an MP3 file for every location and cue', () => {
    const entries = { ...SOUND_CATALOGUE.ambience, ...SOUND_CATALOGUE.cues };
    expect(Object.keys(entries).sort()).toEqual([...NAMES].sort());
    for (const [name, sources] of Object.entries(entries)) {
      expect(sources).toHaveLength(2);
      expect(sources[0]).toMatch(new RegExp(`${name}.*\\.ogg$|^data:audio/ogg`));
      expect(sources[1]).toMatch(new RegExp(`${name}.*\\.mp3$|^data:audio/mpeg`));
    }
  });

  it('has every sound file on disk, and all of them together stay under 600 KB', () => {
    let total = 0;
    for (const name of NAMES) {
      for (const ext of ['ogg', 'mp3']) {
        const file = new URL(`${name}.${ext}`, audioDir);
        expect(existsSync(file), `${name}.${ext}`).toBe(true);
        total += statSync(file).size;
      }
    }
    expect(total).toBeLessThan(600 * 1024);
  });
});
