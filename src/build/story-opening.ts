/**
 * Works out a scenario's opening at build time (see src/sim/session/opening.ts):
 * the story played to its first decision. It is kept only when it is the same
 * for every seed and a session started from it plays exactly as one started
 * from the top (checked for every first option); otherwise the scenario has
 * none and the game runs Ink's opening as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { Session } from '../sim/session/session.ts';
import type { StoryOpening } from '../sim/session/opening.ts';
import type { SimState } from '../sim/session/sim-state.ts';
import type { Scenario } from '../sim/story/scenario.ts';

/** Seeds the opening is played with: it is kept only if they all reach the same point. */
const SEEDS = [1, 2_147_483_647];

/** Ink's state without its seed, which each attempt sets for itself. */
function unseeded(ink: string): unknown {
  const state = JSON.parse(ink) as Record<string, unknown>;
  delete state['storySeed'];
  return state;
}

/** The same point: the same simulation state, options and Ink state (its seed aside). */
function same(a: Session, b: Session): boolean {
  return (
    isDeepStrictEqual(a.simState, b.simState) &&
    isDeepStrictEqual(a.options, b.options) &&
    isDeepStrictEqual(unseeded(a.saveInk()), unseeded(b.saveInk()))
  );
}

/** The scenario's opening, or null when it cannot be shared (see the file's comment). */
export function storyOpening(scenario: Scenario): StoryOpening | null {
  const top: Scenario = { ...scenario };
  delete (top as { opening?: StoryOpening }).opening;
  const starts = SEEDS.map((seed) => Session.start(top, seed));
  const first = starts[0]!;
  if (first.options.length === 0 || !starts.every((start) => same(start, first))) return null;
  const opening: StoryOpening = {
    ink: first.saveInk(),
    // As the game will read it: through JSON.
    state: JSON.parse(JSON.stringify(first.simState)) as SimState,
    choices: [...first.options],
  };
  const opened: Scenario = { ...top, opening };
  for (const seed of SEEDS)
    for (let index = 0; index < opening.choices.length; index += 1) {
      const fromTop = Session.start(top, seed);
      const fromOpening = Session.start(opened, seed);
      if (!same(fromTop, fromOpening) || fromTop.saveInk() !== fromOpening.saveInk()) return null;
      fromTop.choose(index);
      fromOpening.choose(index);
      if (!same(fromTop, fromOpening) || fromTop.saveInk() !== fromOpening.saveInk()) return null;
    }
  return opening;
}
