/**
 * Reduces an inkjs save state to what decides the story's future, so the
 * checker can merge paths that arrive at the same place in the same state.
 * Visit counts are kept only where the story reads them; turn counts only if
 * it uses TURNS_SINCE; thread numbering is made independent of history.
 */
import type { Story } from 'inkjs';

export interface KeyPolicy {
  /** 'all': every visit count matters; otherwise only these container paths. */
  readonly counts: 'all' | ReadonlySet<string>;
  readonly turns: boolean;
  /** Who the story can ask about through mood() or trust(); 'all' when a call names no one literally. */
  readonly people: 'all' | ReadonlySet<string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(node: Json, visit: (object: { [key: string]: Json }) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((child) => walk(child, visit));
  }
}

/**
 * Read what the compiled story can observe of its own history. Once-only
 * choices read visit counts too, but only when their decision is met again;
 * the explorer detects a decision met twice on one path and then asks for
 * every count to be kept (see `withAllCounts`).
 */
export function keyPolicyFor(compiled: string): KeyPolicy {
  const root = (JSON.parse(compiled) as { root: Json }).root;
  let usesSequences = false;
  let usesTurns = false;
  let relative = false;
  const counts = new Set<string>();
  walk(root, (object) => {
    const read = object['CNT?'];
    if (typeof read === 'string') {
      if (read.startsWith('.')) relative = true;
      else counts.add(read);
    }
    if (object['^->'] !== undefined) usesTurns = true;
  });
  const text = JSON.stringify(root);
  if (text.includes('"visit"') || text.includes('"seq"')) usesSequences = true;
  if (text.includes('"turns"') || text.includes('"readc"')) usesTurns = true;
  return {
    counts: usesSequences || relative ? 'all' : counts,
    turns: usesTurns,
    people: askedAbout(root),
  };
}

const EXTERNALS = new Set(['mood', 'trust']);

/**
 * Who the story asks about. A call compiles to `"str", "^who", "/str",
 * {"x()": "mood"}`; an argument that is not such a literal (a variable, a
 * function parameter) could name anyone, so then everyone counts.
 */
function askedAbout(root: Json): 'all' | ReadonlySet<string> {
  const people = new Set<string>();
  let anyone = false;
  const scan = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        const call =
          child && typeof child === 'object' && !Array.isArray(child) ? child['x()'] : undefined;
        if (typeof call === 'string' && EXTERNALS.has(call)) {
          const [open, who, close] = node.slice(Math.max(0, index - 3), index);
          if (
            index >= 3 &&
            open === 'str' &&
            close === '/str' &&
            typeof who === 'string' &&
            who.startsWith('^')
          ) {
            people.add(who.slice(1));
          } else anyone = true;
        }
        scan(child);
      });
    } else if (node && typeof node === 'object') Object.values(node).forEach(scan);
  };
  scan(root);
  return anyone ? 'all' : people;
}

export const withAllCounts = (policy: KeyPolicy): KeyPolicy => ({ ...policy, counts: 'all' });

/** A saved thread without its number, which only grows with every decision. */
function threadBody(thread: Json): Json {
  if (!thread || typeof thread !== 'object' || Array.isArray(thread)) return thread;
  const { threadIndex: _number, ...body } = thread;
  return body;
}

/**
 * One flow at a decision point, as its options: what each shows, where it
 * leads and the thread it resumes. Choosing replaces the whole call stack with
 * the chosen option's thread and starts a fresh output, so the live call stack
 * and the text already shown are left out.
 */
function flowFuture(flow: Json): Json {
  if (!flow || typeof flow !== 'object' || Array.isArray(flow)) return flow;
  const saved = (flow['choiceThreads'] ?? {}) as { [key: string]: Json };
  const live = ((flow['callstack'] as { [key: string]: Json } | undefined)?.['threads'] ??
    []) as Json[];
  const threadOf = (index: Json): Json =>
    saved[String(index)] ??
    live.find((thread) => (thread as { [key: string]: Json } | null)?.['threadIndex'] === index) ??
    null;
  const choices = ((flow['currentChoices'] ?? []) as { [key: string]: Json }[]).map((choice) => {
    const { originalThreadIndex, index: _position, ...rest } = choice;
    return { ...rest, thread: threadBody(threadOf(originalThreadIndex ?? null)) };
  });
  return choices;
}

/** The exact key, from inkjs's own save format: slow, kept to check the live key against. */
export function storyStateKey(stateJson: string, policy: KeyPolicy): string {
  const state = JSON.parse(stateJson) as { [key: string]: Json };
  const visits = (state['visitCounts'] ?? {}) as { [key: string]: Json };
  const counts =
    policy.counts === 'all'
      ? visits
      : Object.fromEntries([...policy.counts].map((path) => [path, visits[path] ?? 0]));
  const flows = (state['flows'] ?? {}) as { [key: string]: Json };
  return JSON.stringify([
    Object.entries(flows).map(([name, flow]) => [name, flowFuture(flow)]),
    state['currentFlowName'] ?? null,
    state['variablesState'] ?? null,
    state['evalStack'] ?? null,
    state['currentDivertTarget'] ?? null,
    counts,
    policy.turns ? [state['turnIndices'] ?? null, state['turnIdx'] ?? null] : null,
    state['storySeed'] ?? null,
    state['previousRandom'] ?? null,
  ]);
}

/*
 * The live key: the same facts as `storyStateKey`, read straight from inkjs's
 * objects instead of through ToJson and JSON.parse (about fifty times faster).
 * It relies on inkjs 2.4's field names, so tests check that it splits states
 * exactly as the JSON key does.
 */
type InkState = Story['state'];
type InkChoice = InkState['currentChoices'][number];
type InkThread = NonNullable<InkChoice['threadAtGeneration']>;
type InkPointer = InkState['currentPointer'];
type InkContainer = NonNullable<InkPointer['container']>;
type InkObject = InkState['evaluationStack'][number];

/** Fields inkjs keeps private; a patched copy (see StoryRunner.mark) keeps its changes in `_patch`. */
interface StateInternals {
  readonly _visitCounts: Map<string, number>;
  readonly _turnIndices: Map<string, number>;
  readonly _patch: {
    readonly globals: Map<string, InkObject>;
    readonly visitCounts: Map<InkContainer, number>;
    readonly turnIndices: Map<InkContainer, number>;
  } | null;
  readonly variablesState: { readonly _globalVariables: Map<string, InkObject> };
}

const internals = (state: InkState) => state as unknown as StateInternals;

/** inkjs caches each container's path, so naming a pointer by it is cheap and holds across stories. */
const pointerKey = (pointer: InkPointer): string =>
  pointer.container ? `${pointer.container.path.componentsString}@${pointer.index}` : '';

/** A value as text that differs whenever the value differs (type included: 1 is not 1.0 or "1"). */
export function inkValueKey(value: InkObject | null | undefined): string {
  if (value === null || value === undefined) return '-';
  const typed = value as unknown as {
    valueType?: number;
    valueObject?: unknown;
    contextIndex?: number;
  };
  if (typed.valueType === undefined) return `?${String(value)}`;
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
  return `${typed.valueType}:${JSON.stringify(raw)}${context}`;
}

function threadKey(thread: InkThread | null): string {
  if (!thread) return '';
  const elements = thread.callstack.map((element) => {
    const temps = [...element.temporaryVariables].map(
      ([name, value]) => `${name}=${inkValueKey(value)}`,
    );
    return [
      element.type,
      pointerKey(element.currentPointer),
      element.inExpressionEvaluation ? 1 : 0,
      element.evaluationStackHeightWhenPushed,
      element.functionStartInOutputStream,
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

function globalsKey(state: InkState): string {
  const base = internals(state).variablesState._globalVariables;
  const patched = internals(state)._patch?.globals;
  const parts: string[] = [];
  for (const [name, value] of base) parts.push(inkValueKey(patched?.get(name) ?? value));
  if (patched)
    for (const [name, value] of patched)
      if (!base.has(name)) parts.push(`${name}=${inkValueKey(value)}`);
  return parts.join(',');
}

/** Merge inkjs's saved counts (by path) with a patch's newer ones (by container). */
function countsByPath(
  saved: Map<string, number>,
  patched: Map<InkContainer, number> | undefined,
): Map<string, number> {
  if (!patched || patched.size === 0) return saved;
  const merged = new Map(saved);
  for (const [container, count] of patched) merged.set(container.path.toString(), count);
  return merged;
}

function countsKey(counts: Map<string, number>, only: ReadonlySet<string> | 'all'): string {
  const keys = only === 'all' ? [...counts.keys()].sort() : [...only];
  return keys.map((path) => `${path}=${counts.get(path) ?? 0}`).join(',');
}

/**
 * The story's future at a decision point. Choosing replaces the whole call
 * stack with the chosen option's thread and starts a fresh output, so the live
 * call stack and the text already shown are left out: two states that differ
 * only there play out identically.
 */
export function liveStoryKey(state: InkState, policy: KeyPolicy): string {
  const inner = internals(state);
  const visits = countsByPath(inner._visitCounts, inner._patch?.visitCounts);
  const turns = policy.turns ? countsByPath(inner._turnIndices, inner._patch?.turnIndices) : null;
  return [
    state.currentChoices.map(choiceKey).join('\u0002'),
    globalsKey(state),
    state.evaluationStack.map(inkValueKey).join(','),
    state.divertedPointer.isNull ? '' : pointerKey(state.divertedPointer),
    countsKey(visits, policy.counts),
    turns ? `${countsKey(turns, 'all')}@${state.currentTurnIndex}` : '',
    `${state.storySeed}/${state.previousRandom}`,
  ].join('\n');
}
