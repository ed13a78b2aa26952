import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storyOpening } from '../../src/build/story-opening.ts';
import { Session, type SessionView } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { libraryScenario } from './casts.ts';

const scenarioOf = (name: string): Scenario => {
  const scenario = libraryScenario(name);
  if (!scenario) throw new Error(`${name} does not compile`);
  return scenario;
};

/** A view without its scenario (the two differ only by the opening). */
const shown = ({ scenario: _, ...view }: SessionView) => view;

/** Plays a path of option numbers (each taken modulo the options there) to its end or its length. */
function play(scenario: Scenario, seed: number, picks: readonly number[]): Session {
  const session = Session.start(scenario, seed);
  for (const pick of picks) {
    if (session.options.length === 0) break;
    const result = session.choose(pick % session.options.length);
    if (!result.ok) throw new Error(result.error);
  }
  return session;
}

describe('a scenario opening worked out by the build', () => {
  for (const name of ['late-supplier.ink', 'contact-centre-sla.ink']) {
    it(`${name}: a session from the opening plays exactly as one from the top`, () => {
      const top = scenarioOf(name);
      const opening = storyOpening(top);
      expect(opening).not.toBeNull();
      const opened: Scenario = JSON.parse(JSON.stringify({ ...top, opening })) as Scenario;
      const start = Session.start(opened, 5);
      expect(start.view.choices).toEqual(Session.start(top, 5).view.choices);
      expect(start.view.state).toEqual(Session.start(top, 5).view.state);
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          fc.array(fc.nat(8), { maxLength: 30 }),
          (seed, picks) => {
            const fromTop = play(top, seed, picks);
            const fromOpening = play(opened, seed, picks);
            expect(shown(fromOpening.view)).toEqual(shown(fromTop.view));
            expect(fromOpening.saveInk()).toBe(fromTop.saveInk());
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it('parses the story only when a choice or a fork needs it', () => {
    const top = scenarioOf('late-supplier.ink');
    const opened: Scenario = { ...top, opening: storyOpening(top)! };
    const session = Session.start(opened, 3);
    expect(session.view.choices.length).toBeGreaterThan(0);
    const fork = session.fork();
    expect(fork.saveInk()).toBe(Session.start(top, 3).saveInk());
    session.prepare();
    expect(session.choose(0)).toEqual({ ok: true });
    const fromTop = play(top, 3, [0]);
    expect(shown(session.view)).toEqual(shown(fromTop.view));
    expect(session.saveInk()).toBe(fromTop.saveInk());
  });

  it('takes a first choice restored from a snapshot through Ink, as from the top', () => {
    const top = scenarioOf('contact-centre-sla.ink');
    const opened: Scenario = { ...top, opening: storyOpening(top)! };
    const session = Session.start(opened, 7);
    const atOpening = session.snapshot();
    session.choose(1);
    session.restore(atOpening);
    session.choose(0);
    const fromTop = play(top, 7, [0]);
    expect(shown(session.view)).toEqual(shown(fromTop.view));
    expect(session.saveInk()).toBe(fromTop.saveInk());
  });

  it('knows where each first option leads, and a first choice made before the parse carries on as Ink would', () => {
    const top = scenarioOf('contact-centre-sla.ink');
    const opening = storyOpening(top)!;
    expect(opening.after).toHaveLength(opening.choices.length);
    const opened: Scenario = { ...top, opening };
    for (const [index, point] of (opening.after ?? []).entries()) {
      const session = Session.start(opened, 11);
      session.choose(index);
      expect(session.view.state).toBe(point.state);
      const fromTop = play(top, 11, [index, 1, 0]);
      session.choose(1 % session.options.length);
      if (session.options.length > 0) session.choose(0);
      expect(shown(session.view)).toEqual(shown(fromTop.view));
      expect(session.saveInk()).toBe(fromTop.saveInk());
    }
  });

  it('gives no opening to a story that ends before any decision', () => {
    const top = scenarioOf('late-supplier.ink');
    const ended: Scenario = {
      ...top,
      story: JSON.stringify({
        inkVersion: 21,
        root: [['^Bye.', '\n', 'end', null], 'done', null],
        listDefs: {},
      }),
    };
    expect(storyOpening(ended)).toBeNull();
  });
});
