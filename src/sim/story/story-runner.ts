/**
 * A thin host for an inkjs story: it draws nothing and knows nothing of the
 * simulation. It runs the story to the next decision, hands back each line
 * with its raw tags, and turns every Ink error into a message instead of an
 * exception. The checker's runner (`exploring-runner.ts`) extends it with
 * cheap save points and remembered moves; the game never loads that one.
 */
import type { Story } from 'inkjs';
import { inkStory } from './load-ink.ts';

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
  /**
   * Forget every line handed over since the last choice: a remembered move
   * met an answer it had not seen, and the move is played again by Ink.
   */
  rewind?(): void;
}

export type Question = 'mood' | 'trust';
type InkState = Story['state'];

/** How many stories' parsed content is kept: a page plays or replays a few at a time. */
const KEPT_STORIES = 4;

/** What stories made from one compiled JSON share: its parsed content, never changed by playing. */
interface ParsedStory {
  readonly content: Story['mainContentContainer'];
  readonly lists: NonNullable<Story['listDefinitions']>['lists'] | null;
}

/** A parsed story per compiled JSON, most recently used last. */
const parsedStories = new Map<string, ParsedStory>();

/**
 * A fresh story at its start. Parsing Ink's JSON is most of the cost of a new
 * story (tens of milliseconds for a scenario), and the parsed content is never
 * changed by playing (each story keeps its own state), so stories made from
 * the same JSON share it: a fork or a replay costs a few milliseconds. The
 * first story made from a JSON is the one that parsed it (Ink resets its
 * state then): a page's first scenario builds one story, not two (issue 17).
 * inkjs must have loaded (`loadInk()`).
 */
function freshStory(compiled: string): Story {
  const parsed = parsedStories.get(compiled);
  const InkStory = inkStory();
  let story: Story;
  if (parsed) {
    parsedStories.delete(compiled);
    story = new InkStory(parsed.content, parsed.lists);
    story.ResetState();
  } else story = new InkStory(compiled);
  parsedStories.set(
    compiled,
    parsed ?? {
      content: story.mainContentContainer,
      lists: story.listDefinitions?.lists ?? null,
    },
  );
  for (const oldest of parsedStories.keys()) {
    if (parsedStories.size <= KEPT_STORIES) break;
    parsedStories.delete(oldest);
  }
  return story;
}

export class StoryRunner {
  protected readonly story: Story;
  protected readonly problems: string[] = [];
  /** How many of the current line's tags were already handed over early. */
  private handedOver = 0;

  constructor(
    compiled: string,
    protected readonly externals: StoryExternals,
    seed = 1,
    /** Ink's saved state to start from (a scenario's opening), if not the top of the story. */
    from?: string,
  ) {
    this.story = freshStory(compiled);
    this.story.onError = (message) => {
      this.problems.push(message);
    };
    // Not lookahead-safe: moods change as each line's tags are applied, so Ink
    // must not evaluate a later condition before the earlier lines are handled.
    this.story.BindExternalFunction(
      'mood',
      (who: unknown) => this.answerLive('mood', String(who)),
      false,
    );
    this.story.BindExternalFunction(
      'trust',
      (who: unknown) => this.answerLive('trust', String(who)),
      false,
    );
    // The attempt's seed, also over a saved state's: Ink's randomness from here follows it.
    if (from !== undefined) this.story.state.LoadJson(from);
    this.story.state.storySeed = seed;
  }

  protected ask(question: Question, who: string): string | number {
    return question === 'mood' ? this.externals.mood(who) : this.externals.trust(who);
  }

  private answerLive(question: Question, who: string): string | number {
    const tags = this.story.state.currentTags ?? [];
    const early = tags.slice(this.handedOver);
    if (early.length > 0) this.externals.earlyTags(early);
    this.handedOver = tags.length;
    const answer = this.ask(question, who);
    this.asked(question, who, early, answer);
    return answer;
  }

  /** Told of every question Ink asked the simulation, with its answer. */
  protected asked(
    _question: Question,
    _who: string,
    _early: readonly string[],
    _answer: string | number,
  ): void {}

  get globalTags(): readonly string[] {
    return this.story.globalTags ?? [];
  }

  /** The next line, or null at a decision or the end; errors are kept, not thrown. */
  nextLine(): StoryLine | null {
    return this.continueInk();
  }

  protected continueInk(): StoryLine | null {
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
    return this.inkState.currentChoices.map((choice) => choice.text.trim());
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
    return this.inkState.VisitCountAtPathString(path) ?? 0;
  }

  /**
   * Where the current options were written (their containers, joined by
   * "|"): a decision met again shows options from at least one of the same
   * places, whichever once-only ones are gone.
   */
  get decisionPoint(): string {
    const places = new Set(
      this.inkState.currentChoices.map((choice) => choice.sourcePath.replace(/\.[^.]*$/, '')),
    );
    return [...places].sort().join('|');
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(state: string): void {
    this.story.state.LoadJson(state);
  }

  /** The state Ink stands at, for reading. */
  protected get inkState(): InkState {
    return this.story.state;
  }
}
