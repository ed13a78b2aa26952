/**
 * A thin host for an inkjs story: it draws nothing and knows nothing of the
 * simulation. It runs the story to the next decision, hands back each line
 * with its raw tags, and turns every Ink error into a message instead of an
 * exception. For the checker it can also save points cheaply (marks) and
 * replay moves it has already played (see `rememberMoves`).
 */
import { Story } from 'inkjs';
import {
  globalNames,
  globalValue,
  inkValueKey,
  liveStoryKeyParts,
  storyStateKey,
  type KeyPolicy,
  type LiveKeyParts,
} from './story-state-key.ts';

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
type InkObject = InkState['evaluationStack'][number];
type Question = 'mood' | 'trust';

/** A point saved by `mark()`: an inkjs state object that nothing changes any more. */
export interface StoryMark {
  readonly frozen: InkState;
}

/**
 * What one option led to, as a tree: lines, then the end of the move or a
 * point where the rest depends on something outside the move: a question to
 * the simulation, or a variable the move read before writing it.
 */
interface MoveStep {
  readonly lines: readonly StoryLine[];
  readonly then: MoveAsk | MoveRead | MoveEnd;
}
interface MoveAsk {
  readonly kind: 'ask';
  readonly question: Question;
  readonly who: string;
  /** Tags of the unfinished line, handed over before the question. */
  readonly early: readonly string[];
  readonly answers: Map<string, MoveStep>;
}
interface MoveRead {
  readonly kind: 'read';
  readonly name: string;
  readonly answers: Map<string, MoveStep>;
}
interface MoveEnd {
  readonly kind: 'end';
  readonly problems: readonly string[];
  readonly end: StoryMark;
  /** Variables the move set; every other one keeps the value it had at the start. */
  readonly written: ReadonlySet<string>;
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
    }
  | { readonly kind: 'read'; readonly name: string; readonly answer: string };

interface Recording {
  readonly key: string;
  readonly events: Recorded[];
  readonly written: Set<string>;
  readonly read: Set<string>;
}

interface Replay {
  step: MoveStep;
  next: number;
  readonly index: number;
  readonly key: string;
  /** Where the move started: its variables answer the reads, and an unseen answer goes back there. */
  readonly start: StoryMark;
}

interface Keyed {
  readonly state: InkState;
  readonly policy: KeyPolicy;
  readonly parts: LiveKeyParts;
}

/** inkjs fields the marks need; `_asyncSaving` stops patches being merged into shared data. */
interface StoryInternals {
  _state: InkState;
  _asyncSaving: boolean;
}

/** The variable store every copied state shares, whose reads and writes a recording watches. */
interface VariableStore {
  GetRawVariableWithName(name: string | null, contextIndex: number): InkObject | null;
  SetGlobal(name: string | null, value: InkObject): undefined;
}

const answerKey = (answer: string | number): string => `${typeof answer}:${answer}`;

type PlainValue = { readonly valueType?: number; readonly valueObject?: unknown };

/** inkjs's ValueType.VariablePointer, whose value alone leaves out its context. */
const VARIABLE_POINTER = 5;

/** Equal Ink values: the same object, the same type and plain value, or else the same key. */
function sameValue(a: InkObject, b: InkObject | undefined): boolean {
  if (a === b) return true;
  if (b === undefined) return false;
  const x = a as unknown as PlainValue;
  const y = b as unknown as PlainValue;
  if (x.valueType !== y.valueType) return false;
  if (x.valueObject === y.valueObject && x.valueType !== VARIABLE_POINTER) return true;
  return inkValueKey(a) === inkValueKey(b);
}

/** inkjs's ValueType.List: an assignment of an empty list reads the old value's origins. */
const LIST = 2;

export class StoryRunner {
  private readonly story: Story;
  private readonly problems: string[] = [];
  /** How many of the current line's tags were already handed over early. */
  private handedOver = 0;
  private marking = false;
  /** Moves already played, by option and position; see `rememberMoves`. */
  private moves: Map<string, MoveStep> | null = null;
  private movePolicy: KeyPolicy | null = null;
  /** Whether a remembered move is found by position and the variables it reads, or by the whole key. */
  private byReads = false;
  /** The move being played by Ink, to remember once it reaches the next decision. */
  private recording: Recording | null = null;
  /** A remembered move being handed out instead of running Ink. */
  private replaying: Replay | null = null;
  /**
   * The key of the current state object while it is unchanged, and of frozen
   * marks: the explorer asks for a state's key, then for the same key again
   * each time it takes an option from there.
   */
  private keyed: Keyed | null = null;
  private readonly markKeys = new WeakMap<InkState, Keyed>();
  /**
   * A mark the story stands at but has not copied yet: reading needs no copy,
   * and a remembered move or another restore often follows before any play.
   */
  private pending: StoryMark | null = null;

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
      else this.finishRecording(this.recording);
    }
    return line;
  }

  private continueInk(): StoryLine | null {
    this.materialise();
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
    return this.inkState.currentChoices.map((choice) => choice.text.trim());
  }

  choose(index: number): void {
    const policy = this.movePolicy;
    if (this.moves && policy) {
      const parts = this.keyParts(policy);
      const key = `${index}\n${parts.position}${this.byReads ? '' : `\n${parts.variables}`}`;
      const known = this.moves.get(key);
      if (known) {
        this.replaying = { step: known, next: 0, index, key, start: this.mark() };
        return;
      }
      this.recording = { key, events: [], written: new Set(), read: new Set() };
    }
    this.play(index);
  }

  private play(index: number): void {
    this.materialise();
    this.keyed = null;
    this.story.ChooseChoiceIndex(index);
  }

  /**
   * Remember every move (what one option produces up to the next decision)
   * and replay it from memory when the same option is taken again from the
   * same position: the checker meets each position with many variable values
   * and many simulation states. A move depends on the position (the key
   * without its variables), on the variables it reads before setting them,
   * and on the answers to mood() and trust(); each read and each question
   * branches the memory by its value, which a replay looks up again (a read
   * in the state the move starts from, a question by asking the simulation).
   * An answer not seen before sends the move back to Ink. At the end of a
   * replay the variables the move did not set are put back to their values
   * at its start. Stories with list variables, whose assignment reads the old
   * value's origins, are remembered by their whole key instead.
   */
  rememberMoves(policy: KeyPolicy): void {
    this.moves = new Map();
    this.movePolicy = policy;
    const state = this.story.state;
    this.byReads = ![...globalNames(state)].some(
      (name) => this.valueType(globalValue(state, name)) === LIST,
    );
    if (this.byReads) this.watchVariables(state.variablesState);
  }

  private valueType(value: InkObject | undefined): number | undefined {
    return (value as unknown as { valueType?: number } | undefined)?.valueType;
  }

  /** Every state copy shares this store, so watching it once sees every move's reads and writes. */
  private watchVariables(store: VariableStore): void {
    const read = store.GetRawVariableWithName.bind(store);
    const write = store.SetGlobal.bind(store);
    const globals = new Set(globalNames(this.story.state));
    store.GetRawVariableWithName = (name, contextIndex) => {
      const value = read(name, contextIndex);
      const recording = this.recording;
      const global = name !== null && contextIndex <= 0 && globals.has(name);
      if (recording && global && !recording.written.has(name) && !recording.read.has(name)) {
        recording.read.add(name);
        recording.events.push({ kind: 'read', name, answer: inkValueKey(value) });
      }
      return value;
    };
    store.SetGlobal = (name, value) => {
      if (name !== null) this.recording?.written.add(name);
      return write(name, value);
    };
  }

  private finishRecording(recording: Recording): void {
    this.recording = null;
    if (!this.moves) return;
    const end: MoveEnd = {
      kind: 'end',
      problems: [...this.problems],
      end: this.mark(),
      written: recording.written,
    };
    this.moves.set(recording.key, graft(this.moves.get(recording.key), recording.events, end));
  }

  private replayLine(replay: Replay): StoryLine | null {
    for (;;) {
      const line = replay.step.lines[replay.next];
      if (line) {
        replay.next++;
        return line;
      }
      const then = replay.step.then;
      if (then.kind === 'end') return this.finishReplay(replay, then);
      const branch = then.answers.get(this.answerNow(then, replay.start));
      if (!branch) return this.replayLive(replay);
      replay.step = branch;
      replay.next = 0;
    }
  }

  /** The answer a remembered branch point gets this time. */
  private answerNow(point: MoveAsk | MoveRead, start: StoryMark): string {
    if (point.kind === 'read') return inkValueKey(globalValue(start.frozen, point.name));
    if (point.early.length > 0) this.externals.earlyTags(point.early);
    return answerKey(this.ask(point.question, point.who));
  }

  /** Stand where the move ended, with the variables it did not set as they were at its start. */
  private finishReplay(replay: Replay, end: MoveEnd): null {
    this.replaying = null;
    this.problems.push(...end.problems);
    this.resume(end.end);
    if (!this.byReads) return null;
    const store = end.end.frozen.variablesState as unknown as VariableStore;
    const changes: [string, InkObject][] = [];
    for (const name of globalNames(end.end.frozen)) {
      if (end.written.has(name)) continue;
      const value = globalValue(replay.start.frozen, name);
      if (value && !sameValue(value, globalValue(end.end.frozen, name)))
        changes.push([name, value]);
    }
    if (changes.length > 0) {
      this.materialise();
      this.keyed = null;
      for (const [name, value] of changes) store.SetGlobal(name, value);
    }
    return null;
  }

  /** Play a remembered move again with Ink, from its start, after an answer it had not seen. */
  private replayLive(replay: Replay): StoryLine | null {
    this.replaying = null;
    if (!this.externals.rewind) throw new Error('a remembered move cannot be played again');
    this.externals.rewind();
    this.resume(replay.start);
    this.recording = { key: replay.key, events: [], written: new Set(), read: new Set() };
    this.play(replay.index);
    return this.nextLine();
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

  /** The exact key through inkjs's save format; see `liveStateKey` for the fast one. */
  stateKey(policy: KeyPolicy): string {
    return storyStateKey(this.saveState(), policy);
  }

  /** The same partition as `stateKey`, read from the live objects. */
  liveStateKey(policy: KeyPolicy): string {
    const { position, variables } = this.keyParts(policy);
    return `${position}\n${variables}`;
  }

  private keyParts(policy: KeyPolicy): LiveKeyParts {
    const state = this.inkState;
    const known = this.keyed?.state === state ? this.keyed : this.markKeys.get(state);
    if (known?.policy === policy) return known.parts;
    this.keyed = { state, policy, parts: liveStoryKeyParts(state, policy) };
    if (this.pending) this.markKeys.set(state, this.keyed);
    return this.keyed.parts;
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

  /** The state Ink stands at, for reading: a pending mark's state is read as it is. */
  private get inkState(): InkState {
    return this.pending ? this.pending.frozen : this.story.state;
  }

  /**
   * Save this point without serialising it, as inkjs does for a background
   * save: the current state object is kept untouched from now on, and play
   * continues on a copy (made when play resumes) that records its changes in
   * a patch over the shared variables and counts. Patches are never merged
   * back (`_asyncSaving`), so every mark stays valid for the life of the
   * runner. Costs at most a shallow copy, never ToJson.
   */
  mark(): StoryMark {
    if (this.pending) return this.pending;
    this.marking = true;
    this.internals._asyncSaving = true;
    const frozen = this.story.state;
    this.pending = { frozen };
    if (this.keyed?.state === frozen) this.markKeys.set(frozen, this.keyed);
    return this.pending;
  }

  /** Go back to a mark; play continues on a fresh copy, so the mark can be resumed again. */
  resume(mark: StoryMark): void {
    this.pending = mark;
  }

  /** Make the pending mark the live state, on a copy, before Ink plays or anything is set. */
  private materialise(): void {
    const mark = this.pending;
    if (!mark) return;
    this.pending = null;
    // A background-save copy clones the options' threads, which choosing would otherwise change.
    const state = mark.frozen.CopyAndStartPatching(true);
    this.internals._state = state;
    if (this.keyed?.state === mark.frozen) this.keyed = { ...this.keyed, state };
  }
}

/** Add one played move to the tree of moves from the same position and option. */
function graft(tree: MoveStep | undefined, events: readonly Recorded[], end: MoveEnd): MoveStep {
  const at = events.findIndex((event) => event.kind !== 'line');
  const lines = events
    .slice(0, at === -1 ? events.length : at)
    .flatMap((event) => (event.kind === 'line' ? [event.line] : []));
  const point = events[at];
  if (!point || point.kind === 'line') return tree ?? { lines, then: end };
  // Ink is deterministic: the same position and answers give the same lines
  // and branch points, so a known tree already has this prefix and only the
  // branch may be new.
  const known = tree && tree.then.kind !== 'end' ? tree.then : null;
  if (tree && !samePoint(tree.then, point))
    throw new Error('Ink played one move two ways from the same start');
  const answers = known?.answers ?? new Map<string, MoveStep>();
  answers.set(point.answer, graft(answers.get(point.answer), events.slice(at + 1), end));
  if (tree && known) return tree;
  const then: MoveAsk | MoveRead =
    point.kind === 'ask'
      ? { kind: 'ask', question: point.question, who: point.who, early: point.early, answers }
      : { kind: 'read', name: point.name, answers };
  return { lines, then };
}

function samePoint(then: MoveStep['then'], point: Recorded): boolean {
  if (then.kind === 'ask')
    return point.kind === 'ask' && point.question === then.question && point.who === then.who;
  if (then.kind === 'read') return point.kind === 'read' && point.name === then.name;
  return false;
}
