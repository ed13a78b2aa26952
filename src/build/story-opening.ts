/**
 * Works out a scenario's opening at build time (see src/sim/session/opening.ts):
 * the story played to its first decision, and on from each first option to
 * the next. It is kept only when it is the same for every seed and a session
 * started from it plays exactly as one started from the top (checked for
 * every first option and the option after it); otherwise the scenario has
 * none and the game runs Ink's opening as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { Session } from '../sim/session/session.ts';
import type { StoryOpening, StoryPoint } from '../sim/session/opening.ts';
import type { SimState } from '../sim/session/sim-state.ts';
import type { Scenario } from '../sim/story/scenario.ts';
import { loadInk } from '../sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

/** Seeds the opening is played with: it is kept only if they all reach the same points. */
const SEEDS = [1, 2_147_483_647];

/** Ink's state without its seed, which each attempt sets for itself. */
function unseeded(ink: string): unknown {
  const state = JSON.parse(ink) as Record<string, unknown>;
  delete state['storySeed'];
  return state;
}

/** Where a session stands, as the game's chunk will hold it (through JSON). */
const pointOf = (session: Session): StoryPoint => ({
  ink: session.saveInk(),
  state: JSON.parse(JSON.stringify(session.simState)) as SimState,
  choices: [...session.options],
});

/** The same point: the same simulation state, options and Ink state (its seed aside). */
function samePoint(a: StoryPoint, b: StoryPoint): boolean {
  return (
    isDeepStrictEqual(a.state, b.state) &&
    isDeepStrictEqual(a.choices, b.choices) &&
    isDeepStrictEqual(unseeded(a.ink), unseeded(b.ink))
  );
}

/** Two sessions of one seed at the same point, to the letter of Ink's state. */
const same = (a: Session, b: Session): boolean =>
  samePoint(pointOf(a), pointOf(b)) && a.saveInk() === b.saveInk();

/** Plays `path` from the top of the story. */
function played(scenario: Scenario, seed: number, path: readonly number[]): Session {
  const session = Session.start(scenario, seed);
  for (const index of path) session.choose(index);
  return session;
}

/** The scenario's opening, or null when it cannot be shared (see the file's comment). */
export function storyOpening(scenario: Scenario): StoryOpening | null {
  const top: Scenario = { ...scenario };
  delete (top as { opening?: StoryOpening }).opening;
  // Each seed's sessions at the first decision and after each first option.
  const bySeed = SEEDS.map((seed) => {
    const start = played(top, seed, []);
    return { seed, start, after: start.options.map((_, index) => played(top, seed, [index])) };
  });
  const [first, ...others] = bySeed;
  if (!first || first.start.options.length === 0) return null;
  const agree = (a: Session, b: Session) => samePoint(pointOf(a), pointOf(b));
  if (!others.every((other) => agree(other.start, first.start))) return null;
  const after = first.after.every((session, index) =>
    others.every((other) => other.after[index] && agree(other.after[index], session)),
  )
    ? first.after.map(pointOf)
    : undefined;
  const opening: StoryOpening = { ...pointOf(first.start), ...(after ? { after } : {}) };
  // Started from it, each seed stands exactly where the top does, and after each first
  // option too, and Ink then carries on from there as it does from the top.
  const opened: Scenario = { ...top, opening };
  for (const { seed, start, after: fromTop } of bySeed) {
    if (!same(played(opened, seed, []), start)) return null;
    for (const [index, topAfter] of fromTop.entries()) {
      const openedAfter = played(opened, seed, [index]);
      if (!same(openedAfter, topAfter)) return null;
      if (topAfter.options.length === 0) continue;
      topAfter.choose(0);
      openedAfter.choose(0);
      if (!same(openedAfter, topAfter)) return null;
    }
  }
  return opening;
}
