/**
 * The checker's story host, part two: moves remembered and replayed. What
 * one option produces up to the next decision is kept as a tree
 * (./move-tree.ts) and handed out again, without Ink, when the same option
 * is taken from the same position. Marks, the live key and budgets are in
 * ./marking-runner.ts. Only the checker loads it (through `ExploringSession.explore`),
 * so none of it ships to players. docs/checker.md explains the moves.
 */
import {
  globalNames,
  globalValue,
  VALUE_LIST,
  VALUE_VARIABLE_POINTER,
  variableStore,
  watchVariables,
  type InkObject,
  type InkState,
} from './ink-internals.ts';
import { inkValueKey } from './live-key.ts';
import type { KeyPolicy } from './key-policy.ts';
import { MarkingRunner, type Mark, type MoveBudget } from './marking-runner.ts';
import {
  graft,
  type MoveAsk,
  type MoveEnd,
  type MoveRead,
  type MoveStep,
  type Recording,
} from './move-tree.ts';
import type { Question, StoryLine } from '../story/story-runner.ts';
import { ExploringSession } from './exploring-session.ts';
import type { Scenario } from '../story/scenario.ts';

/**
 * An exploring session (see exploring-session.ts) on this runner. Given the
 * story's key policy, it also replays Ink's moves from memory.
 */
export function exploringSession(
  scenario: Scenario,
  policy: KeyPolicy | null,
  options: { readonly seed?: number; readonly budget?: MoveBudget } = {},
): ExploringSession {
  return ExploringSession.explore(
    scenario,
    (compiled, externals, seed) => {
      const runner = new ExploringRunner(compiled, externals, seed, options.budget);
      if (policy) runner.rememberMoves(policy);
      return runner;
    },
    options.seed,
  );
}

interface Replay {
  step: MoveStep;
  next: number;
  readonly index: number;
  readonly trees: Map<number, MoveStep>;
  /** Where the move started: its variables answer the reads, and an unseen answer goes back there. */
  readonly start: Mark;
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

class ExploringRunner extends MarkingRunner {
  /** Moves already played, by position, then option; see `rememberMoves`. */
  private moves: Map<string, Map<number, MoveStep>> | null = null;
  private movePolicy: KeyPolicy | null = null;
  /** Whether a remembered move is found by position and the variables it reads, or by the whole key. */
  private byReads = false;
  /** The move being played by Ink, to remember once it reaches the next decision. */
  private recording: Recording | null = null;
  /** A remembered move being handed out instead of running Ink. */
  private replaying: Replay | null = null;

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

  override choose(index: number): void {
    const policy = this.movePolicy;
    if (this.moves && policy) {
      // The position string is made once per state, so looking it up hashes it once.
      const position = this.byReads ? this.keyParts(policy).position : this.liveStateKey(policy);
      let trees = this.moves.get(position);
      if (!trees) {
        trees = new Map<number, MoveStep>();
        this.moves.set(position, trees);
      }
      const known = trees.get(index);
      if (known) {
        this.replaying = { step: known, next: 0, index, trees, start: this.mark() };
        return;
      }
      this.recording = { trees, index, events: [], written: new Set(), read: new Set() };
    }
    this.play(index);
  }

  private play(index: number): void {
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
    const end = this.mark();
    const { trees, index, written } = recording;
    const move: MoveEnd = {
      kind: 'end',
      problems: [...this.problems],
      end,
      kept: [...globalNames(end.frozen)].filter((name) => !written.has(name)),
    };
    trees.set(index, graft(trees.get(index), recording.events, move));
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
    if (!this.byReads) {
      this.resume(end.end);
      return null;
    }
    const changes = new Map<string, InkObject>();
    for (const name of end.kept) {
      const value = globalValue(replay.start.frozen, name);
      if (value && !sameValue(value, globalValue(end.end.frozen, name))) changes.set(name, value);
    }
    if (changes.size === 0) this.resume(end.end);
    else this.resumeWith(end.end, changes);
    return null;
  }

  /** Play a remembered move again with Ink, from its start, after an answer it had not seen. */
  private replayLive(replay: Replay): StoryLine | null {
    this.replaying = null;
    if (!this.externals.rewind) throw new Error('a remembered move cannot be played again');
    this.externals.rewind();
    this.resume(replay.start);
    this.recording = {
      trees: replay.trees,
      index: replay.index,
      events: [],
      written: new Set(),
      read: new Set(),
    };
    this.play(replay.index);
    return this.nextLine();
  }
}
