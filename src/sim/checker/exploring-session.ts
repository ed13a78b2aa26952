/**
 * The checker's session: the game's `Session` on the checker's runner
 * (`exploringSession` in exploring-runner.ts), which needs the simulation
 * but not what is only shown: lines are checked but not kept in the
 * transcript, no history is recorded, and snapshots are cheap marks instead
 * of Ink save files. It lives with the checker, so the game's first screen
 * never holds it.
 */
import { addLine, futureKey, type SimState } from '../session/sim-state.ts';
import { Session, type StoryMark } from '../session/session.ts';
import type { StoryExternals, StoryRunner } from '../story/story-runner.ts';
import type { Scenario } from '../story/scenario.ts';
import type { KeyPolicy } from './key-policy.ts';

/**
 * What the checker's runner adds to the game's (see exploring-runner.ts, which
 * the game never loads): cheap save points and the story's state key.
 */
export type ExploringStory = StoryRunner & {
  mark(): StoryMark;
  resume(mark: StoryMark): void;
  liveStateKey(policy: KeyPolicy): string;
};

export type ExploringStoryFactory = (
  compiled: string,
  externals: StoryExternals,
  seed: number,
) => ExploringStory;

export class ExploringSession extends Session {
  private readonly exploring: ExploringStory;

  private constructor(
    scenario: Scenario,
    private readonly makeExplorer: ExploringStoryFactory,
    seed: number,
  ) {
    super(scenario, seed);
    this.exploring = makeExplorer(scenario.story, this.externals, seed);
    this.made = this.exploring;
  }

  /** A session at the story's first decision, run there by Ink (the checker explores from the top). */
  static explore(
    scenario: Scenario,
    makeExplorer: ExploringStoryFactory,
    seed = 1,
  ): ExploringSession {
    const session = new ExploringSession(scenario, makeExplorer, seed);
    session.advance();
    return session;
  }

  /** Only the speaker check, which addLine makes; the text itself is not kept. */
  protected override withLine(state: SimState, text: string, speaker: string | null): SimState {
    if (!speaker || state.people[speaker]) return state;
    return { ...addLine(state, text, speaker), transcript: state.transcript };
  }

  protected override atDecision(state: SimState): SimState {
    return state;
  }

  protected override inkPoint(): StoryMark {
    return this.exploring.mark();
  }

  protected override resumeInk(ink: string | StoryMark): void {
    if (typeof ink === 'string') super.resumeInk(ink);
    else this.exploring.resume(ink);
  }

  /** Marks belong to one runner, so an exploring copy replays the path instead. */
  override fork(): ExploringSession {
    const copy = ExploringSession.explore(this.scenario, this.makeExplorer, this.seed);
    for (const index of this.path) copy.choose(index);
    return copy;
  }

  /**
   * Equal for two exploring sessions exactly when every path from here would
   * score, end and report the same (see docs/checker.md for what is left out
   * and why).
   */
  futureKey(policy: KeyPolicy): string {
    return `${futureKey(this.simState, policy.people)}\n${this.exploring.liveStateKey(policy)}`;
  }
}
