/**
 * The checker's story host: the game's runner plus cheap save points
 * (marks), a key read from Ink's live objects, moves remembered and replayed,
 * and budgets that stop a story which never reaches a decision. Only the
 * checker loads it (through `Session.explorer`), so none of it ships to
 * players. docs/checker.md explains the marks and the remembered moves.
 */
import {
  checkInkInternals,
  globalNames,
  globalValue,
  onEveryStep,
  stopMergingPatches,
  useState,
  VALUE_LIST,
  VALUE_VARIABLE_POINTER,
  variableStore,
  watchVariables,
  type InkObject,
  type InkState,
} from './ink-internals.ts';
import {
  inkValueKey,
  liveStoryKeyParts,
  type KeyPolicy,
  type LiveKeyParts,
} from './story-state-key.ts';
import {
  StoryRunner,
  type Question,
  type StoryExternals,
  type StoryLine,
} from '../story/story-runner.ts';
import { monotonicNow } from '../host.ts';
import { Session, type ExploringStory, type StoryMark } from '../session/session.ts';
import type { Scenario } from '../story/scenario.ts';

/** How far one move (from a choice to the next decision) may run before the checker gives up on it. */
export interface MoveBudget {
  /** Ink steps in one move; a normal move takes a few hundred. */
  readonly steps: number;
  /** Nested calls (functions, tunnels) at any moment. */
  readonly callDepth: number;
  /** `monotonicNow()` (./host.ts) after which nothing more is played. */
  readonly deadline: number;
}

const DEFAULT_MOVE_BUDGET: MoveBudget = {
  steps: 200_000,
  callDepth: 400,
  deadline: Infinity,
};

/** A story that ran past a budget in the middle of a move. */
export class StoryBudgetExceeded extends Error {
  constructor(
    message: string,
    /** The knot (or function) Ink was in when it was stopped. */
    readonly knot: string,
    readonly kind: 'steps' | 'depth' | 'time',
  ) {
    super(message);
  }
}

/**
 * An exploring session (see `Session.explorer`) on this runner. Given the
 * story's key policy, it also replays Ink's moves from memory.
 */
export function exploringSession(
  scenario: Scenario,
  policy: KeyPolicy | null,
  options: { readonly seed?: number; readonly budget?: MoveBudget } = {},
): Session {
  return Session.explorer(
    scenario,
    (compiled, externals, seed) => {
      const runner = new ExploringRunner(compiled, externals, seed, options.budget);
      if (policy) runner.rememberMoves(policy);
      return runner;
    },
    options.seed,
  );
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
  readonly end: Mark;
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
  readonly start: Mark;
}

interface Keyed {
  readonly state: InkState;
  readonly policy: KeyPolicy;
  readonly parts: LiveKeyParts;
}

/** A point saved by `mark()`: an inkjs state object that nothing changes any more. */
interface Mark extends StoryMark {
  readonly frozen: InkState;
}

const answerKey = (answer: string | number): string => `${typeof answer}:${answer}`;

const valueType = (value: InkObject | null | undefined): number | undefined =>
  (value as unknown as { valueType?: number } | null | undefined)?.valueType;

/** Equal Ink values: the same object, the same type and plain value, or else the same key. */
function sameValue(a: InkObject, b: InkObject | undefined): boolean {
  if (a === b) return true;
  if (b === undefined) return false;
  if (valueType(a) !== valueType(b)) return false;
  const x = (a as unknown as { valueObject?: unknown }).valueObject;
  const y = (b as unknown as { valueObject?: unknown }).valueObject;
  // A variable pointer's value alone leaves out its context.
  if (x === y && valueType(a) !== VALUE_VARIABLE_POINTER) return true;
  return inkValueKey(a) === inkValueKey(b);
}

/** How often (in Ink steps) the call depth and the clock are looked at. */
const CHECK_EVERY = 1024;

class ExploringRunner extends StoryRunner implements ExploringStory {
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
  private pending: Mark | null = null;
  /** Ink steps taken in the current move. */
  private steps = 0;
  private stopped: StoryBudgetExceeded | null = null;

  constructor(
    compiled: string,
    externals: StoryExternals,
    seed = 1,
    private readonly budget: MoveBudget = DEFAULT_MOVE_BUDGET,
  ) {
    super(compiled, externals, seed);
    checkInkInternals();
    onEveryStep(this.story, () => this.countStep());
  }

  /** Stop a story that runs too long, nests too deep or outlives the deadline. */
  private countStep(): void {
    this.steps++;
    if (this.steps % CHECK_EVERY !== 0) return;
    const knot = this.story.state.currentPathString?.split('.')[0] ?? '';
    const where = knot ? ` in "${knot}"` : '';
    if (this.steps >= this.budget.steps) {
      this.stop(
        `the story ran ${this.budget.steps.toLocaleString('en-GB')} Ink steps${where} without reaching a decision: a divert loop with no choice?`,
        knot,
        'steps',
      );
    }
    const depth = this.story.state.callStack.depth;
    if (depth > this.budget.callDepth) {
      this.stop(
        `calls nest more than ${this.budget.callDepth} deep${where}: does a function or tunnel call itself without end?`,
        knot,
        'depth',
      );
    }
    if (monotonicNow() > this.budget.deadline) {
      this.stop(`the time budget ran out while playing${where}`, knot, 'time');
    }
  }

  private stop(message: string, knot: string, kind: StoryBudgetExceeded['kind']): never {
    this.stopped = new StoryBudgetExceeded(message, knot, kind);
    throw this.stopped;
  }

  protected override asked(
    question: Question,
    who: string,
    early: readonly string[],
    answer: string | number,
  ): void {
    this.recording?.events.push({ kind: 'ask', question, who, early, answer: answerKey(answer) });
  }

  /** The next line, or null at a decision or the end; errors are kept, not thrown. */
  override nextLine(): StoryLine | null {
    if (this.replaying) return this.replayLine(this.replaying);
    const line = this.continueInk();
    if (this.recording) {
      if (line) this.recording.events.push({ kind: 'line', line });
      else this.finishRecording(this.recording);
    }
    return line;
  }

  protected override continueInk(): StoryLine | null {
    this.materialise();
    if (this.story.canContinue) this.keyed = null;
    const line = super.continueInk();
    // The base runner keeps Ink's errors as problems; a budget stops the whole exploration.
    if (this.stopped) throw this.stopped;
    return line;
  }

  override choose(index: number): void {
    this.steps = 0;
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
    super.choose(index);
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
      (name) => valueType(globalValue(state, name)) === VALUE_LIST,
    );
    if (this.byReads) this.watchVariables(state);
  }

  /** Every state copy shares one store, so watching it once sees every move's reads and writes. */
  private watchVariables(state: InkState): void {
    const globals = new Set(globalNames(state));
    watchVariables(variableStore(state), {
      read: (name, contextIndex, value) => {
        const recording = this.recording;
        const global = name !== null && contextIndex <= 0 && globals.has(name);
        if (recording && global && !recording.written.has(name) && !recording.read.has(name)) {
          recording.read.add(name);
          recording.events.push({ kind: 'read', name, answer: inkValueKey(value) });
        }
      },
      write: (name) => {
        if (name !== null) this.recording?.written.add(name);
      },
    });
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
  private answerNow(point: MoveAsk | MoveRead, start: Mark): string {
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
    const store = variableStore(end.end.frozen);
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

  /** The key read from the live objects (docs/checker.md: what is merged, and why that is exact). */
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

  override saveState(): string {
    if (this.marking)
      throw new Error('a story using marks keeps its changes in patches that ToJson would lose');
    return super.saveState();
  }

  override loadState(state: string): void {
    if (this.marking) throw new Error('a story using marks cannot load a saved state');
    this.keyed = null;
    super.loadState(state);
  }

  /** The state Ink stands at, for reading: a pending mark's state is read as it is. */
  protected override get inkState(): InkState {
    return this.pending ? this.pending.frozen : this.story.state;
  }

  /**
   * Save this point without serialising it, as inkjs does for a background
   * save: the current state object is kept untouched from now on, and play
   * continues on a copy (made when play resumes) that records its changes in
   * a patch over the shared variables and counts. Patches are never merged
   * back, so every mark stays valid for the life of the runner. Costs at most
   * a shallow copy, never ToJson.
   */
  mark(): Mark {
    if (this.pending) return this.pending;
    this.marking = true;
    stopMergingPatches(this.story);
    const frozen = this.story.state;
    this.pending = { frozen };
    if (this.keyed?.state === frozen) this.markKeys.set(frozen, this.keyed);
    return this.pending;
  }

  /** Go back to a mark; play continues on a fresh copy, so the mark can be resumed again. */
  resume(mark: StoryMark): void {
    this.pending = mark as Mark;
  }

  /** Make the pending mark the live state, on a copy, before Ink plays or anything is set. */
  private materialise(): void {
    const mark = this.pending;
    if (!mark) return;
    this.pending = null;
    // A background-save copy clones the options' threads, which choosing would otherwise change.
    const state = mark.frozen.CopyAndStartPatching(true);
    useState(this.story, state);
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
