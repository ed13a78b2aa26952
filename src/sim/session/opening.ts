/**
 * A scenario's opening: where every attempt stands at its first decision (the
 * lines before it and their effect on the simulation, the options, and Ink's
 * state there). It is the same for every attempt, so the build works it out
 * once (src/build/story-opening.ts) and a session starts from it: the first
 * decision is shown without running Ink's opening, and the story is parsed
 * only when it is needed (issue 17, first choice usable). Where each first
 * option leads is kept too, so the learner's first choice takes effect
 * without waiting for that parse either.
 */
import type { SimState } from './sim-state.ts';

/** A point of the story: the simulation's state, the options there, and Ink's state. */
export interface StoryPoint {
  /** Ink's save format there. */
  readonly ink: string;
  readonly state: SimState;
  readonly choices: readonly string[];
}

export interface StoryOpening extends StoryPoint {
  /** Where each first option (by Ink's index) leads: the next decision, or the end. */
  readonly after?: readonly StoryPoint[];
}
