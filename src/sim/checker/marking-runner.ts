/**
 * The checker's story host, part one: the game's runner plus cheap save
 * points (marks), the key read from Ink's live objects, and budgets that stop
 * a story which never reaches a decision. ./exploring-runner.ts adds moves
 * remembered and replayed. Only the checker loads it, so none of it ships to
 * players. docs/checker.md explains the marks.
 */
import {
  checkInkInternals,
  onEveryStep,
  stopMergingPatches,
  useState,
  variableStore,
  type InkObject,
  type InkState,
} from './ink-internals.ts';
import { liveKeyPartsLike, liveStoryKeyParts, type LiveKeyParts } from './live-key.ts';
import type { KeyPolicy } from './key-policy.ts';
import { StoryRunner, type StoryExternals, type StoryLine } from '../story/story-runner.ts';
import { monotonicNow } from '../host.ts';
import type { StoryMark } from '../session/session.ts';
import type { ExploringStory } from './exploring-session.ts';

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

interface Keyed {
  readonly state: InkState;
  readonly policy: KeyPolicy;
  readonly parts: LiveKeyParts;
  /** Both parts in one string, made once: the explorer looks states up by it. */
  whole?: string;
}

/** A point saved by `mark()`: an inkjs state object that nothing changes any more. */
export interface Mark extends StoryMark {
  readonly frozen: InkState;
}

/** How often (in Ink steps) the call depth and the clock are looked at. */
const CHECK_EVERY = 1024;

export class MarkingRunner extends StoryRunner implements ExploringStory {
  private marking = false;
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
  /**
   * Variables to set on the pending mark's copy when one is made (see
   * `resumeWith`), and the key the state has with them, worked out without a copy.
   */
  private pendingValues: ReadonlyMap<string, InkObject> | null = null;
  private pendingKeyed: Keyed | null = null;
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

  protected override continueInk(): StoryLine | null {
    this.materialise();
    if (this.story.canContinue) this.keyed = null;
    const line = super.continueInk();
    // The base runner keeps Ink's errors as problems; a budget stops the whole exploration.
    if (this.stopped) throw this.stopped;
    return line;
  }

  /** Take an option with Ink, from the mark the story stands at. */
  override choose(index: number): void {
    this.steps = 0;
    this.beforeChange();
    super.choose(index);
  }

  /** Before Ink plays or anything is set: the pending mark becomes a live copy, and its key is stale. */
  protected beforeChange(): void {
    this.materialise();
    this.keyed = null;
  }

  /** The key read from the live objects (docs/checker.md: what is merged, and why that is exact). */
  liveStateKey(policy: KeyPolicy): string {
    const keyed = this.keyedNow(policy);
    keyed.whole ??= `${keyed.parts.position}\n${keyed.parts.variables}`;
    return keyed.whole;
  }

  protected keyParts(policy: KeyPolicy): LiveKeyParts {
    return this.keyedNow(policy).parts;
  }

  private keyedNow(policy: KeyPolicy): Keyed {
    if (this.pendingValues) {
      if (this.pendingKeyed?.policy === policy) return this.pendingKeyed;
      this.materialise();
    }
    const state = this.inkState;
    const known = this.keyed?.state === state ? this.keyed : this.markKeys.get(state);
    if (known?.policy === policy) return known;
    this.keyed = { state, policy, parts: liveStoryKeyParts(state, policy) };
    if (this.pending) this.markKeys.set(state, this.keyed);
    return this.keyed;
  }

  /**
   * Stand at `mark` with some global variables set to other values. Nothing
   * is copied until Ink plays or the point is marked: the explorer often only
   * asks for the key, finds the state known and moves on. The key keeps the
   * mark's position (options, stacks, counts) and reads the variables again.
   */
  protected resumeWith(mark: Mark, values: ReadonlyMap<string, InkObject>): void {
    this.resume(mark);
    this.pendingValues = values;
    const known = this.markKeys.get(mark.frozen);
    this.pendingKeyed = known
      ? { ...known, parts: liveKeyPartsLike(mark.frozen, known.parts, values), whole: undefined }
      : null;
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
    if (this.pending && !this.pendingValues) return this.pending;
    this.materialise();
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
    this.pendingValues = null;
    this.pendingKeyed = null;
  }

  /** Make the pending mark the live state, on a copy, before Ink plays or anything is set. */
  private materialise(): void {
    const mark = this.pending;
    if (!mark) return;
    this.pending = null;
    // A background-save copy clones the options' threads, which choosing would otherwise change.
    const state = mark.frozen.CopyAndStartPatching(true);
    useState(this.story, state);
    const values = this.pendingValues;
    if (values) {
      // The copy's patch takes the values; the mark itself stays as it was.
      const store = variableStore(state);
      for (const [name, value] of values) store.SetGlobal(name, value);
      this.keyed = this.pendingKeyed && { ...this.pendingKeyed, state };
      this.pendingValues = null;
      this.pendingKeyed = null;
    } else if (this.keyed?.state === mark.frozen) this.keyed = { ...this.keyed, state };
  }
}
