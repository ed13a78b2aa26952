import { describe, expect, it, vi } from 'vitest';
import { Story } from 'inkjs';
import { storyOpening } from '../../src/build/story-opening.ts';
import { inkLoaded, inkStory, loadInk } from '../../src/sim/story/load-ink.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { libraryScenario } from './casts.ts';

describe('loadInk', () => {
  it('loads inkjs once and then hands its Story over synchronously', async () => {
    const first = loadInk();
    expect(loadInk()).toBe(first);
    expect(await first).toBe(Story);
    expect(inkLoaded()).toBe(true);
    expect(inkStory()).toBe(Story);
  });

  it('says to await it when a story is made before inkjs has loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../src/sim/story/load-ink.ts');
    expect(fresh.inkLoaded()).toBe(false);
    expect(() => fresh.inkStory()).toThrow(/await loadInk\(\)/);
    vi.resetModules();
  });
});

describe('Session.choiceRunsInk', () => {
  it('is false only for a first choice the build worked out (the opening)', () => {
    const top = libraryScenario('late-supplier.ink');
    if (!top) throw new Error('late-supplier.ink does not compile');
    const opening = storyOpening(top);
    if (!opening) throw new Error('late-supplier.ink has no opening');
    const opened: Scenario = { ...top, opening };
    const session = Session.start(opened, 3);
    expect(session.options.map((_, index) => session.choiceRunsInk(index))).toEqual(
      session.options.map(() => false),
    );
    expect(session.choose(0).ok).toBe(true);
    expect(session.choiceRunsInk(0)).toBe(true);
    expect(Session.start(top, 3).choiceRunsInk(0)).toBe(true);
  });
});
