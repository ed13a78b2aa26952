/**
 * The live key: the same facts as `storyStateKey` (./reference-key.ts), read
 * straight from inkjs's objects instead of through ToJson and JSON.parse
 * (about fifty times faster). It relies on inkjs 2.4's field names (read
 * through ./ink-internals.ts), so tests check that it splits states exactly
 * as the reference key does.
 */
import {
  globalEntries,
  globalValues,
  PUSH_POP_TUNNEL,
  turnIndices,
  visitCounts,
  type InkObject,
  type InkState,
} from './ink-internals.ts';
import { knotOfPath } from './compiled-json.ts';
import type { KeyPolicy } from './key-policy.ts';
import { liveVariables } from './liveness.ts';

type InkChoice = InkState['currentChoices'][number];
type InkThread = NonNullable<InkChoice['threadAtGeneration']>;
type InkPointer = InkState['currentPointer'];

/** inkjs caches each container's path, so naming a pointer by it is cheap and holds across stories. */
const pointerKey = (pointer: InkPointer): string =>
  pointer.container ? `${pointer.container.path.componentsString}@${pointer.index}` : '';

/** Anything on a stack that is not a value is told apart by identity: never merged wrongly. */
const others = new WeakMap<object, number>();
let otherCount = 0;
function otherId(object: object): number {
  if (!others.has(object)) others.set(object, ++otherCount);
  return others.get(object)!;
}

/** A value as text that differs whenever the value differs (type included: 1 is not 1.0 or "1"). */
export function inkValueKey(value: InkObject | null | undefined): string {
  if (value === null || value === undefined) return '-';
  const typed = value as unknown as {
    valueType?: number;
    valueObject?: unknown;
    contextIndex?: number;
  };
  if (typed.valueType === undefined) return `?${otherId(value)}`;
  const raw = typed.valueObject;
  if (raw instanceof Map) {
    const list = raw as Map<string, number> & { originNames?: readonly string[] | null };
    const items = [...list.keys()].sort().join(',');
    return `${typed.valueType}:[${items}|${(list.originNames ?? []).join(',')}]`;
  }
  if (raw && typeof raw === 'object' && 'componentsString' in raw) {
    return `${typed.valueType}:${String((raw as { componentsString: string }).componentsString)}`;
  }
  const context = typed.contextIndex === undefined ? '' : `#${typed.contextIndex}`;
  // Numbers and booleans as String() gives them (distinct for distinct values; faster than JSON).
  const text =
    typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : JSON.stringify(raw);
  return `${typed.valueType}:${text}${context}`;
}

function threadKey(thread: InkThread | null): string {
  if (!thread) return '';
  const elements = thread.callstack.map((element) => {
    const temps = [...element.temporaryVariables].map(
      ([name, value]) => `${name}=${inkValueKey(value)}`,
    );
    const heights =
      // The stack heights only matter to functions.
      Number(element.type) === PUSH_POP_TUNNEL
        ? ''
        : `${element.evaluationStackHeightWhenPushed} ${element.functionStartInOutputStream}`;
    return [
      element.type,
      pointerKey(element.currentPointer),
      element.inExpressionEvaluation ? 1 : 0,
      heights,
      temps.sort().join(';'),
    ].join(' ');
  });
  return `${pointerKey(thread.previousPointer)}/${elements.join('/')}`;
}

/** What choosing will do: the text shown, where it leads and the thread it resumes. */
function choiceKey(choice: InkChoice): string {
  return [
    choice.text,
    choice.sourcePath,
    choice.targetPath?.componentsString ?? '',
    choice.isInvisibleDefault ? 1 : 0,
    threadKey(choice.threadAtGeneration),
  ].join('\u0001');
}

/** The knots a decision can continue in: where each option leads, and where its thread returns. */
function choiceKnots(choices: readonly InkChoice[]): string[] {
  return choices.flatMap((choice) => [
    knotOfPath(choice.targetPath?.componentsString ?? ''),
    ...(choice.threadAtGeneration?.callstack ?? []).map((element) =>
      knotOfPath(element.currentPointer.container?.path.componentsString ?? ''),
    ),
  ]);
}

/**
 * The live globals (all of them when `live` is null) as `name=value`, in a
 * fixed order per set; `values` overrides the state's own.
 */
function globalsKey(
  state: InkState,
  live: ReadonlySet<string> | null,
  values?: ReadonlyMap<string, InkObject>,
): string {
  if (!live)
    return globalEntries(state)
      .map(([name, value]) => `${name}=${inkValueKey(values?.get(name) ?? value)}`)
      .join(',');
  const own = globalValues(state);
  let key = '';
  for (const name of live) key += `${name}=${inkValueKey(values?.get(name) ?? own(name))},`;
  return key;
}

function countsKey(counts: Map<string, number>, only: ReadonlySet<string> | 'all'): string {
  const keys = only === 'all' ? [...counts.keys()].sort() : [...only];
  return keys.map((path) => `${path}=${counts.get(path) ?? 0}`).join(',');
}

export interface LiveKeyParts {
  /** Where the story stands and what it counts: everything but the variables. */
  readonly position: string;
  /** The variables that some part of the story still ahead can read. */
  readonly variables: string;
  /** Their names (null: every variable); they follow from the options, so from the position. */
  readonly live: ReadonlySet<string> | null;
}

/**
 * The story's future at a decision point. Choosing replaces the whole call
 * stack with the chosen option's thread and starts a fresh output, so the live
 * call stack and the text already shown are left out: two states that differ
 * only there play out identically.
 */
export function liveStoryKeyParts(state: InkState, policy: KeyPolicy): LiveKeyParts {
  const choices = state.currentChoices;
  const visits = policy.counts === 'all' || policy.counts.size > 0;
  const counts = visits ? visitCounts(state) : null;
  const turns = policy.turns ? turnIndices(state) : null;
  const position = [
    choices.map(choiceKey).join('\u0002'),
    state.evaluationStack.map(inkValueKey).join(','),
    state.divertedPointer.isNull ? '' : pointerKey(state.divertedPointer),
    counts ? countsKey(counts, policy.counts) : '',
    turns ? `${countsKey(turns, 'all')}@${state.currentTurnIndex}` : '',
    `${state.storySeed}/${state.previousRandom}`,
  ].join('\n');
  const live = liveVariables(policy.liveness, choiceKnots(choices));
  return { position, variables: globalsKey(state, live), live };
}

/**
 * The parts of `state` (keyed as `like`) with some global variables set to
 * other `values`: the same position and live variables, values read again.
 */
export const liveKeyPartsLike = (
  state: InkState,
  like: LiveKeyParts,
  values: ReadonlyMap<string, InkObject>,
): LiveKeyParts => ({ ...like, variables: globalsKey(state, like.live, values) });
