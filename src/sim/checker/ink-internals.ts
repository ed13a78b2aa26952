/**
 * The one wall between the story checker and inkjs's private parts. The
 * checker's marks, live key and remembered moves read fields inkjs keeps
 * private (`_state`, `_asyncSaving`, a state's `_visitCounts`,
 * `_turnIndices` and `_patch`, the variable store's `_globalVariables`) and
 * replace a few methods (the variable store's reads and writes, the story's
 * `Step`). Every such access is here, and `checkInkInternals` proves at
 * start-up that each one still exists, so an inkjs upgrade that renames one
 * stops the checker with a message instead of letting it merge states
 * wrongly. Checker only: the game's own runner never imports this module.
 */
import { Story } from 'inkjs';
// inkjs's engine modules import each other in a cycle: loaded first, Container
// loads them in an order that works, so Value's enum can then be read alone.
import 'inkjs/engine/Container';
import { PushPopType } from 'inkjs/engine/PushPop';
import { ValueType } from 'inkjs/engine/Value';

export type InkState = Story['state'];
export type InkObject = InkState['evaluationStack'][number];
type InkPointer = InkState['currentPointer'];
export type InkContainer = NonNullable<InkPointer['container']>;

/** inkjs's own enums, so no number is hard-coded here. */
export const VALUE_LIST: number = ValueType.List;
export const VALUE_VARIABLE_POINTER: number = ValueType.VariablePointer;
export const PUSH_POP_TUNNEL: number = PushPopType.Tunnel;

interface PatchInternals {
  readonly globals: Map<string, InkObject>;
  readonly visitCounts: Map<InkContainer, number>;
  readonly turnIndices: Map<InkContainer, number>;
}

interface StateInternals {
  readonly _visitCounts: Map<string, number>;
  readonly _turnIndices: Map<string, number>;
  readonly _patch: PatchInternals | null;
  readonly variablesState: VariableStore & { readonly _globalVariables: Map<string, InkObject> };
}

/** The variable store every copied state shares. */
export interface VariableStore {
  GetRawVariableWithName(name: string | null, contextIndex: number): InkObject | null;
  SetGlobal(name: string | null, value: InkObject): undefined;
}

interface StoryInternals {
  _state: InkState;
  _asyncSaving: boolean;
  Step(): void;
}

const state = (inkState: InkState) => inkState as unknown as StateInternals;
const story = (inkStory: Story) => inkStory as unknown as StoryInternals;

/** A saved count by path, with a patch's newer counts (kept by container) merged in. */
function countsByPath(
  saved: Map<string, number>,
  patched: Map<InkContainer, number> | undefined,
): Map<string, number> {
  if (!patched || patched.size === 0) return saved;
  const merged = new Map(saved);
  for (const [container, count] of patched) merged.set(container.path.toString(), count);
  return merged;
}

/** Every visit count of this state, patch included, by container path. */
export const visitCounts = (inkState: InkState): Map<string, number> =>
  countsByPath(state(inkState)._visitCounts, state(inkState)._patch?.visitCounts);

/** The turn each container was last visited on, patch included, by container path. */
export const turnIndices = (inkState: InkState): Map<string, number> =>
  countsByPath(state(inkState)._turnIndices, state(inkState)._patch?.turnIndices);

/** The value a global variable has in this state, patch first. */
export const globalValue = (inkState: InkState, name: string): InkObject | undefined =>
  state(inkState)._patch?.globals.get(name) ??
  state(inkState).variablesState._globalVariables.get(name);

/**
 * Look up many globals of one state: the store is read through its Proxy
 * (every property access is trapped), so its maps are taken once.
 */
export function globalValues(inkState: InkState): (name: string) => InkObject | undefined {
  const patched = state(inkState)._patch?.globals;
  const base = state(inkState).variablesState._globalVariables;
  return patched && patched.size > 0
    ? (name) => patched.get(name) ?? base.get(name)
    : (name) => base.get(name);
}

/** Every global variable's name (a patch adds values, never names). */
export const globalNames = (inkState: InkState): Iterable<string> =>
  state(inkState).variablesState._globalVariables.keys();

/** Names and values of the global variables, patch first, in the store's order. */
export function globalEntries(inkState: InkState): [string, InkObject | undefined][] {
  const base = state(inkState).variablesState._globalVariables;
  const patched = state(inkState)._patch?.globals;
  const entries: [string, InkObject | undefined][] = [...base].map(([name, value]) => [
    name,
    patched?.get(name) ?? value,
  ]);
  if (patched)
    for (const [name, value] of patched) if (!base.has(name)) entries.push([name, value]);
  return entries;
}

/** The store of global variables that this state and every copy of it share. */
export const variableStore = (inkState: InkState): VariableStore => state(inkState).variablesState;

/**
 * Keep patches apart from shared data from now on, as inkjs does during a
 * background save: then every state object handed out stays valid.
 */
export function stopMergingPatches(inkStory: Story): void {
  story(inkStory)._asyncSaving = true;
}

/** Make `inkState` the state the story plays on. */
export function useState(inkStory: Story, inkState: InkState): void {
  story(inkStory)._state = inkState;
}

/** Watch every read and write of a global variable through the shared store. */
export function watchVariables(
  store: VariableStore,
  watch: {
    read(name: string | null, contextIndex: number, value: InkObject | null): void;
    write(name: string | null): void;
  },
): void {
  const read = store.GetRawVariableWithName.bind(store);
  const write = store.SetGlobal.bind(store);
  store.GetRawVariableWithName = (name, contextIndex) => {
    const value = read(name, contextIndex);
    watch.read(name, contextIndex, value);
    return value;
  };
  store.SetGlobal = (name, value) => {
    watch.write(name);
    return write(name, value);
  };
}

/** Call `each` before every step Ink takes; it may throw to stop the story. */
export function onEveryStep(inkStory: Story, each: () => void): void {
  const inner = story(inkStory);
  const step = inner.Step.bind(inkStory);
  inner.Step = () => {
    each();
    step();
  };
}

const isMap = (value: unknown): boolean => value instanceof Map;
const isFunction = (value: unknown): boolean => typeof value === 'function';

/** The smallest compiled story: the check runs on it, since copying a state changes the story. */
const PROBE = '{"inkVersion":21,"root":[["done",{"#n":"g-0"}],"done",null],"listDefs":{}}';

let checked = false;

/**
 * Check that every private part used above exists in the inkjs that is
 * installed, on a story and on a patched copy of its state; throws naming
 * each one missing. Runs once per process unless given a story to check.
 */
export function checkInkInternals(probe?: Story): void {
  if (checked && !probe) return;
  const inner = (probe ?? new Story(PROBE)) as unknown as Record<string, unknown>;
  const inkState = inner['_state'] as Record<string, unknown> | undefined;
  const copy = inkState?.['CopyAndStartPatching'];
  const patched = isFunction(copy)
    ? ((copy as (forBackgroundSave: boolean) => unknown).call(inkState, false) as Record<
        string,
        unknown
      >)
    : undefined;
  const patch = patched?.['_patch'] as Record<string, unknown> | undefined;
  const store = inkState?.['variablesState'] as Record<string, unknown> | undefined;
  const callStack = inkState?.['callStack'] as Record<string, unknown> | undefined;
  const checks: [string, boolean][] = [
    ['Story._state', typeof inkState === 'object' && inkState !== null],
    ['Story._asyncSaving', typeof inner['_asyncSaving'] === 'boolean'],
    ['Story.Step()', isFunction(inner['Step'])],
    ['StoryState.CopyAndStartPatching()', isFunction(copy)],
    ['StoryState._visitCounts', isMap(inkState?.['_visitCounts'])],
    ['StoryState._turnIndices', isMap(inkState?.['_turnIndices'])],
    ['StoryState._patch', typeof patch === 'object' && patch !== null],
    ['StatePatch.globals', isMap(patch?.['globals'])],
    ['StatePatch.visitCounts', isMap(patch?.['visitCounts'])],
    ['StatePatch.turnIndices', isMap(patch?.['turnIndices'])],
    ['VariablesState._globalVariables', isMap(store?.['_globalVariables'])],
    ['VariablesState.GetRawVariableWithName()', isFunction(store?.['GetRawVariableWithName'])],
    ['VariablesState.SetGlobal()', isFunction(store?.['SetGlobal'])],
    ['CallStack.depth', typeof callStack?.['depth'] === 'number'],
    ['ValueType.List', typeof ValueType.List === 'number'],
    ['ValueType.VariablePointer', typeof ValueType.VariablePointer === 'number'],
    ['PushPopType.Tunnel', typeof PushPopType.Tunnel === 'number'],
  ];
  const missing = checks.filter(([, ok]) => !ok).map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(
      `the story checker relies on inkjs 2.4 internals that the installed inkjs does not have: ${missing.join(', ')}. ` +
        'Update src/sim/checker/ink-internals.ts for it (docs/checker.md says what each one is for).',
    );
  }
  if (!probe) checked = true;
}
