/**
 * A scenario's opening: where every attempt stands at its first decision (the
 * lines before it and their effect on the simulation, the options, and Ink's
 * state there). It is the same for every attempt, so the build works it out
 * once (src/build/story-opening.ts) and a session starts from it: the first
 * decision is shown without running Ink's opening, and the story is parsed
 * only when it is needed (issue 17, first choice usable).
 */
import type { SimState } from './sim-state.ts';

export interface StoryOpening {
  /** Ink's save format at the first decision. */
  readonly ink: string;
  readonly state: SimState;
  readonly choices: readonly string[];
}
