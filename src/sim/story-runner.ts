/**
 * A thin host for an inkjs story: it draws nothing and knows nothing of the
 * simulation. It runs the story to the next decision, hands back each line
 * with its raw tags, and turns every Ink error into a message instead of an
 * exception.
 */
import { Story } from 'inkjs';
import { storyStateKey, type KeyPolicy } from './story-state-key.ts';

export interface StoryLine {
  readonly text: string;
  readonly tags: readonly string[];
}

export interface StoryExternals {
  mood(who: string): string;
  trust(who: string): number;
  /**
   * Tags Ink has produced for the current line before it calls mood() or
   * trust(). They are handed over first so the answer reflects them.
   */
  earlyTags(tags: readonly string[]): void;
}

export class StoryRunner {
  private readonly story: Story;
  private readonly problems: string[] = [];
  /** How many of the current line's tags were already handed over early. */
  private handedOver = 0;

  constructor(compiled: string, externals: StoryExternals, seed = 1) {
    this.story = new Story(compiled);
    this.story.onError = (message) => {
      this.problems.push(message);
    };
    // Not lookahead-safe: moods change as each line's tags are applied, so Ink
    // must not evaluate a later condition before the earlier lines are handled.
    const handOverEarlyTags = () => {
      const tags = this.story.state.currentTags ?? [];
      if (tags.length > this.handedOver) externals.earlyTags(tags.slice(this.handedOver));
      this.handedOver = tags.length;
    };
    this.story.BindExternalFunction(
      'mood',
      (who: unknown) => {
        handOverEarlyTags();
        return externals.mood(String(who));
      },
      false,
    );
    this.story.BindExternalFunction(
      'trust',
      (who: unknown) => {
        handOverEarlyTags();
        return externals.trust(String(who));
      },
      false,
    );
    this.story.state.storySeed = seed;
  }

  get globalTags(): readonly string[] {
    return this.story.globalTags ?? [];
  }

  /** The next line, or null at a decision or the end; errors are kept, not thrown. */
  nextLine(): StoryLine | null {
    if (!this.story.canContinue) return null;
    this.handedOver = 0;
    try {
      const text = this.story.Continue() ?? '';
      const tags = (this.story.currentTags ?? []).slice(this.handedOver);
      this.handedOver = 0;
      return { text: text.trim(), tags };
    } catch (error) {
      this.problems.push(error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  /** The options of the current decision; empty at the end of the story. */
  get choices(): readonly string[] {
    return this.story.currentChoices.map((choice) => choice.text.trim());
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /** Errors Ink reported since the last call, then forgotten. */
  takeProblems(): string[] {
    return this.problems.splice(0);
  }

  /** How many times a knot or `knot.stitch` has been visited on this path. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** Identifies the current decision point by where its options were written. */
  get decisionPoint(): string {
    return this.story.currentChoices
      .map((choice) => choice.sourcePath.replace(/\.[^.]*$/, ''))
      .join('|');
  }

  stateKey(policy: KeyPolicy): string {
    return storyStateKey(this.story.state.ToJson(), policy);
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(state: string): void {
    this.story.state.LoadJson(state);
  }
}
