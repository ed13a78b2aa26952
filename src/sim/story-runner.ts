/**
 * A thin host for an inkjs story: it draws nothing and knows nothing of the
 * simulation. It runs the story to the next decision, hands back each line
 * with its raw tags, and turns every Ink error into a message instead of an
 * exception. For the checker it can also save points cheaply (marks) and
 * replay moves it has already played (see `rememberMoves`).
 */
import { Story } from 'inkjs';
import { liveStoryKey, storyStateKey, type KeyPolicy } from './story-state-key.ts';

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

type InkState = Story['state'];
type Question = 'mood' | 'trust';

/** A point saved by `mark()`: an inkjs state object that nothing changes any more. */
export interface StoryMark {
  readonly frozen: InkState;
}

/**
 * What one option led to, as a tree: lines, then either the end of the move
 * or a question to the simulation whose answer picks the rest.
 */
interface MoveStep {
  readonly lines: readonly StoryLine[];
  readonly then: MoveAsk | MoveEnd;
}
interface MoveAsk {
  readonly kind: 'ask';
  readonly question: Question;
  readonly who: string;
  /** Tags of the unfinished line, handed over before the question. */
  readonly early: readonly string[];
  readonly answers: Map<string, MoveStep>;
}
interface MoveEnd {
  readonly kind: 'end';
  readonly problems: readonly string[];
  readonly end: StoryMark;
}

/** One move as Ink played it, before it joins the tree. */
type Recorded =
  | { readonly kind: 'line'; readonly line: StoryLine }
  | {
      readonly kind: 'ask';
      readonly question: Question;
      readonly who: string;
      readonly early: readonly string[];
      readonly answer: string;
    };

interface Replay {
  step: MoveStep;
  next: number;
  readonly index: number;
  readonly key: string;
  /** Where the move started, in case an unseen answer sends it back to Ink. */
  readonly start: StoryMark | null;
}

/** inkjs fields the marks need; `_asyncSaving` stops patches being merged into shared data. */
interface StoryInternals {
  _state: InkState;
  _asyncSaving: boolean;
}

const answerKey = (answer: string | number): string => `${typeof answer}:${answer}`;

export class StoryRunner {
  private readonly story: Story;
  private readonly problems: string[] = [];
  /** How many of the current line's tags were already handed over early. */
  private handedOver = 0;
  private marking = false;
  /** Moves already played, by option and Ink state; see `rememberMoves`. */
  private moves: Map<string, MoveStep> | null = null;
  private movePolicy: KeyPolicy | null = null;
  /** The move being played by Ink, to remember once it reaches the next decision. */
  private recording: { readonly key: string; readonly events: Recorded[] } | null = null;
  /** A remembered move being handed out instead of running Ink. */
  private replaying: Replay | null = null;
  /**
   * The live key of the current state object while it is unchanged, and of
   * frozen marks: the explorer asks for a state's key, then for the same key
   * again each time it takes an option from there.
   */
  private keyed: { readonly state: InkState; readonly policy: KeyPolicy; readonly key: string } | null = null;
  private readonly markKeys = new WeakMap<InkState, { readonly policy: KeyPolicy; readonly key: string }>();

  constructor(
    compiled: string,
    private readonly externals: StoryExternals,
    seed = 1,
  ) {
    this.story = new Story(compiled);
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
    this.story.state.storySeed = seed;
  }

  private ask(question: Question, who: string): string | number {
    return question === 'mood' ? this.externals.mood(who) : this.externals.trust(who);
  }

  private answerLive(question: Question, who: string): string | number {
    const tags = this.story.state.currentTags ?? [];
    const early = tags.slice(this.handedOver);
    if (early.length > 0) this.externals.earlyTags(early);
    this.handedOver = tags.length;
    const answer = this.ask(question, who);
    this.recording?.events.push({ kind: 'ask', question, who, early, answer: answerKey(answer) });
    return answer;
  }

  get globalTags(): readonly string[] {
    return this.story.globalTags ?? [];
  }

  /** The next line, or null at a decision or the end; errors are kept, not thrown. */
  nextLine(): StoryLine | null {
    if (this.replaying) return this.replayLine(this.replaying);
    const line = this.continueInk();
    if (this.recording) {
      if (line) this.recording.events.push({ kind: 'line', line });
      else this.finishRecording(this.recording.key, this.recording.events);
    }
    return line;
  }

  private continueInk(): StoryLine | null {
    if (!this.story.canContinue) return null;
    this.keyed = null;
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
    if (this.moves && this.movePolicy) {
      const key = `${index}\n${this.liveStateKey(this.movePolicy)}`;
      const known = this.moves.get(key);
      if (known) {
        const start = known.then.kind === 'ask' ? this.mark() : null;
        this.replaying = { step: known, next: 0, index, key, start };
        return;
      }
      this.recording = { key, events: [] };
    }
    this.keyed = null;
    this.story.ChooseChoiceIndex(index);
  }

  /**
   * Remember every move (what one option produces up to the next decision)
   * by the Ink state it started from, and replay it from memory when the same
   * option is taken from an equal state: the checker meets each Ink state
   * with many simulation states. A move depends on the Ink state and on the
   * answers to mood() and trust(), so each question branches the memory by
   * its answer and a replay asks it again; an answer not seen before sends
   * the move back to Ink. Equal Ink states here are equal live keys, so this
   * is exact wherever the key is. Needs marks, which the end points are.
   */
  rememberMoves(policy: KeyPolicy): void {
    this.moves = new Map();
    this.movePolicy = policy;
  }

  private finishRecording(key: string, events: readonly Recorded[]): void {
    this.recording = null;
    if (!this.moves) return;
    const end: MoveEnd = { kind: 'end', problems: [...this.problems], end: this.mark() };
    this.moves.set(key, graft(this.moves.get(key), events, end));
  }

  private replayLine(replay: Replay): StoryLine | null {
    for (;;) {
      const line = replay.step.lines[replay.next];
      if (line) {
        replay.next++;
        return line;
      }
      const then = replay.step.then;
      if (then.kind === 'end') {
        this.replaying = null;
        this.problems.push(...then.problems);
        this.resume(then.end);
        return null;
      }
      if (then.early.length > 0) this.externals.earlyTags(then.early);
      const branch = then.answers.get(answerKey(this.ask(then.question, then.who)));
      if (!branch) return this.replayLive(replay);
      replay.step = branch;
      replay.next = 0;
    }
  }

  /** Play a remembered move again with Ink, from its start, after an answer it had not seen. */
  private replayLive(replay: Replay): StoryLine | null {
    this.replaying = null;
    if (!replay.start || !this.externals.rewind)
      throw new Error('a remembered move cannot be played again');
    this.externals.rewind();
    this.resume(replay.start);
    this.recording = { key: replay.key, events: [] };
    this.keyed = null;
    this.story.ChooseChoiceIndex(replay.index);
    return this.nextLine();
  }

  /** Errors Ink reported since the last call, then forgotten. */
  takeProblems(): string[] {
    return this.problems.splice(0);
  }

  /** How many times a knot or `knot.stitch` has been visited on this path. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /**
   * Identifies the current decision point by where its options were written,
   * not by which are shown: a once-only option gone on the second visit must
   * not make it look like another decision.
   */
  get decisionPoint(): string {
    const places = new Set(
      this.story.currentChoices.map((choice) => choice.sourcePath.replace(/\.[^.]*$/, '')),
    );
    return [...places].sort().join('|');
  }

  /** The exact key through inkjs's save format; see `liveStateKey` for the fast one. */
  stateKey(policy: KeyPolicy): string {
    return storyStateKey(this.saveState(), policy);
  }

  /** The same partition as `stateKey`, read from the live objects. */
  liveStateKey(policy: KeyPolicy): string {
    const state = this.story.state;
    if (this.keyed?.state === state && this.keyed.policy === policy) return this.keyed.key;
    const key = liveStoryKey(state, policy);
    this.keyed = { state, policy, key };
    return key;
  }

  saveState(): string {
    if (this.marking)
      throw new Error('a story using marks keeps its changes in patches that ToJson would lose');
    return this.story.state.ToJson();
  }

  loadState(state: string): void {
    if (this.marking) throw new Error('a story using marks cannot load a saved state');
    this.keyed = null;
    this.story.state.LoadJson(state);
  }

  private get internals(): StoryInternals {
    return this.story as unknown as StoryInternals;
  }

  /**
   * Save this point without serialising it, as inkjs does for a background
   * save: the current state object is kept untouched and play continues on a
   * copy that records its changes in a patch over the shared variables and
   * counts. Patches are never merged back (`_asyncSaving`), so every mark
   * stays valid for the life of the runner. Costs a shallow copy, not ToJson.
   */
  mark(): StoryMark {
    this.marking = true;
    const story = this.internals;
    story._asyncSaving = true;
    const frozen = story._state;
    story._state = frozen.CopyAndStartPatching(true);
    if (this.keyed?.state === frozen) {
      this.markKeys.set(frozen, this.keyed);
      this.keyed = { ...this.keyed, state: story._state };
    }
    return { frozen };
  }

  /** Go back to a mark; play continues on a fresh copy, so the mark can be resumed again. */
  resume(mark: StoryMark): void {
    // A background-save copy clones the options' threads, which choosing would otherwise change.
    const state = mark.frozen.CopyAndStartPatching(true);
    this.internals._state = state;
    const known = this.markKeys.get(mark.frozen);
    this.keyed = known ? { ...known, state } : null;
  }
}

/** Add one played move to the tree of moves from the same state and option. */
function graft(tree: MoveStep | undefined, events: readonly Recorded[], end: MoveEnd): MoveStep {
  const ask = events.findIndex((event) => event.kind === 'ask');
  const upTo = ask === -1 ? events.length : ask;
  const lines = events
    .slice(0, upTo)
    .flatMap((event) => (event.kind === 'line' ? [event.line] : []));
  const question = events[ask];
  if (!question || question.kind !== 'ask') return tree ?? { lines, then: end };
  const rest = events.slice(ask + 1);
  // Ink is deterministic: the same state and answers give the same lines, so a
  // known tree already has this prefix and only the branch may be new.
  const known = tree?.then.kind === 'ask' ? tree.then : null;
  const answers = known?.answers ?? new Map<string, MoveStep>();
  answers.set(question.answer, graft(answers.get(question.answer), rest, end));
  if (known) return tree!;
  const then: MoveAsk = {
    kind: 'ask',
    question: question.question,
    who: question.who,
    early: question.early,
    answers,
  };
  return { lines, then };
}
