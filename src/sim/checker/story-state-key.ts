/**
 * Reduces an Ink state at a decision point to what decides the story's
 * future, so the checker can merge paths that arrive at the same place in the
 * same state. Visit counts are kept only where the story reads them; turn
 * counts only if it uses TURNS_SINCE; variables only while some part of the
 * story still ahead can read them; thread numbering is left out.
 *
 * Two keys give the same partition: `storyStateKey` from inkjs's save format
 * (slow, the reference) and `liveStoryKeyParts` from inkjs's live objects
 * (read through ink-internals.ts).
 */
import {
  globalEntries,
  PUSH_POP_TUNNEL,
  turnIndices,
  visitCounts,
  type InkObject,
  type InkState,
} from './ink-internals.ts';

export interface KeyPolicy {
  /** 'all': every visit count matters; otherwise only these container paths. */
  readonly counts: 'all' | ReadonlySet<string>;
  readonly turns: boolean;
  /** Who the story can ask about through mood() or trust(); 'all' when a call names no one literally. */
  readonly people: 'all' | ReadonlySet<string>;
  /** Which variables each knot can still lead to reading; null when a computed divert makes that unknowable. */
  readonly liveness: Liveness | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (node: Json | undefined): node is JsonObject =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

function walk(node: Json, visit: (object: JsonObject) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (isObject(node)) {
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
  let relative = false;
  let usesTurns = false;
  const counts = new Set<string>();
  walk(root, (object) => {
    const read = object['CNT?'];
    if (typeof read === 'string') {
      if (read.startsWith('.')) relative = true;
      else counts.add(read);
    }
    if (object['^->'] !== undefined) usesTurns = true;
  });
  const commands = commandsIn(root);
  // Sequences and READ_COUNT of a computed target can read any count.
  const anyCount = relative || ['visit', 'seq', 'readc'].some((command) => commands.has(command));
  // TURNS() ("turn") reads the turn number; TURNS_SINCE ("turns") and READ_COUNT read turn indices.
  if (['turn', 'turns', 'readc'].some((command) => commands.has(command))) usesTurns = true;
  return {
    counts: anyCount ? 'all' : counts,
    turns: usesTurns,
    people: askedAbout(root),
    liveness: livenessOf(root),
  };
}

/** Ink's control commands and native functions: the bare strings in a container ("^" marks text). */
function commandsIn(root: Json): ReadonlySet<string> {
  const found = new Set<string>();
  const scan = (node: Json): void => {
    if (Array.isArray(node)) {
      for (const child of node) {
        if (typeof child === 'string') {
          if (!child.startsWith('^')) found.add(child);
        } else scan(child);
      }
    } else if (isObject(node)) Object.values(node).forEach(scan);
  };
  scan(root);
  return found;
}

export const withAllCounts = (policy: KeyPolicy): KeyPolicy => ({ ...policy, counts: 'all' });

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
        const call = isObject(child) ? child['x()'] : undefined;
        if (typeof call === 'string' && EXTERNALS.has(call)) {
          const [open, who, close] = node.slice(Math.max(0, index - 3), index);
          const literal = index >= 3 && open === 'str' && close === '/str';
          if (literal && typeof who === 'string' && who.startsWith('^')) people.add(who.slice(1));
          else anyone = true;
        }
        scan(child);
      });
    } else if (isObject(node)) Object.values(node).forEach(scan);
  };
  scan(root);
  return anyone ? 'all' : people;
}

/*
 * Variable liveness. A variable no part of the story still ahead can read
 * cannot change anything that follows, so states differing only in it have
 * the same future. Worked out per knot (the first part of a container's
 * path, "0" for the story's opening): the variables a knot reads anywhere in
 * it, and the knots it can divert, call, tunnel or choose into. A knot's
 * live variables are its own reads and those of every knot it can lead to.
 * Whole knots are the unit, so a read earlier in the same knot counts too:
 * coarser than needed, never unsafe.
 */
export interface Liveness {
  readonly byKnot: ReadonlyMap<string, ReadonlySet<string>>;
  /** Unions already worked out, by the knots a decision can continue in. */
  readonly unions: Map<string, ReadonlySet<string>>;
}

interface KnotGraph {
  readonly reads: Map<string, Set<string>>;
  readonly leadsTo: Map<string, Set<string>>;
  /** A divert or call to a computed target: any knot could follow. */
  computed: boolean;
}

/** The knot a path names; relative paths are resolved from the container holding the object. */
function knotOf(target: string, container: readonly string[]): string {
  if (!target.startsWith('.')) return target.split('.')[0] ?? '';
  const path = [...container];
  target
    .slice(1)
    .split('.')
    .forEach((part, index) => {
      // The first "^" names the object's own container, where resolving starts.
      if (part === '^') {
        if (index > 0) path.pop();
      } else path.push(part);
    });
  return path[0] ?? '';
}

function noteObject(
  graph: KnotGraph,
  object: JsonObject,
  knot: string,
  container: readonly string[],
): void {
  const read = object['VAR?'] ?? object['^var'];
  if (typeof read === 'string') graph.reads.get(knot)!.add(read);
  for (const jump of ['->', '*', 'f()', '->t->', '^->']) {
    const target = object[jump];
    if (typeof target !== 'string') continue;
    if (object['var'] === true) graph.computed = true;
    else graph.leadsTo.get(knot)!.add(knotOf(target, container));
  }
}

function scanContainer(graph: KnotGraph, container: Json[], path: readonly string[]): void {
  const knot = path[0] ?? '';
  if (path.length > 0 && !graph.reads.has(knot)) {
    graph.reads.set(knot, new Set());
    graph.leadsTo.set(knot, new Set());
  }
  const last = container.length - 1;
  container.forEach((child, index) => {
    if (Array.isArray(child)) {
      const terminator = child[child.length - 1];
      const name =
        isObject(terminator) && typeof terminator['#n'] === 'string'
          ? terminator['#n']
          : String(index);
      scanContainer(graph, child, [...path, name]);
    } else if (isObject(child)) {
      if (index === last) {
        for (const [name, named] of Object.entries(child)) {
          if (Array.isArray(named)) scanContainer(graph, named, [...path, name]);
        }
      } else if (path.length > 0) noteObject(graph, child, knot, path);
    }
  });
}

function livenessOf(root: Json): Liveness | null {
  if (!Array.isArray(root)) return null;
  const graph: KnotGraph = { reads: new Map(), leadsTo: new Map(), computed: false };
  scanContainer(graph, root, []);
  if (graph.computed) return null;
  const byKnot = new Map([...graph.reads].map(([knot, reads]) => [knot, new Set(reads)]));
  for (let changed = true; changed;) {
    changed = false;
    for (const [knot, live] of byKnot) {
      for (const next of graph.leadsTo.get(knot) ?? []) {
        for (const name of byKnot.get(next) ?? []) {
          if (!live.has(name)) {
            live.add(name);
            changed = true;
          }
        }
      }
    }
  }
  return { byKnot, unions: new Map() };
}

/** Variables that can still be read from any of these knots; null: all of them. */
function liveVariables(
  liveness: Liveness | null,
  knots: Iterable<string>,
): ReadonlySet<string> | null {
  if (!liveness) return null;
  const names = [...new Set(knots)].sort();
  const id = names.join('\n');
  let live = liveness.unions.get(id);
  if (!live) {
    // A knot the scan never saw (it should not happen) keeps every variable.
    if (names.some((knot) => !liveness.byKnot.has(knot))) return null;
    live = new Set(names.flatMap((knot) => [...liveness.byKnot.get(knot)!]));
    liveness.unions.set(id, live);
  }
  return live;
}

const knotOfPath = (path: string): string => path.split('.')[0] ?? '';

/*
 * The reference key, from inkjs's own save format: slow, kept to check the
 * live key against and for the explorer's reference mode.
 */

/** A saved thread without its number, which only grows with every decision. */
function threadBody(thread: Json): Json {
  if (!isObject(thread)) return thread;
  const body = { ...thread };
  delete body['threadIndex'];
  return body;
}

/** The knots a saved thread returns to once its current knot is done. */
function threadKnots(thread: Json): string[] {
  const callstack =
    isObject(thread) && Array.isArray(thread['callstack']) ? thread['callstack'] : [];
  return callstack.flatMap((element) =>
    isObject(element) && typeof element['cPath'] === 'string' ? [knotOfPath(element['cPath'])] : [],
  );
}

interface SavedChoices {
  readonly choices: Json;
  readonly knots: readonly string[];
}

/**
 * One flow at a decision point, as its options: what each shows, where it
 * leads and the thread it resumes. Choosing replaces the whole call stack with
 * the chosen option's thread and starts a fresh output, so the live call stack
 * and the text already shown are left out.
 */
function flowFuture(flow: Json): SavedChoices {
  if (!isObject(flow)) return { choices: flow, knots: [] };
  const saved = isObject(flow['choiceThreads']) ? flow['choiceThreads'] : {};
  const callstack = flow['callstack'];
  const live =
    isObject(callstack) && Array.isArray(callstack['threads']) ? callstack['threads'] : [];
  const threadOf = (index: Json): Json =>
    (typeof index === 'number' ? saved[String(index)] : undefined) ??
    live.find((thread) => isObject(thread) && thread['threadIndex'] === index) ??
    null;
  const knots: string[] = [];
  const current = Array.isArray(flow['currentChoices']) ? flow['currentChoices'] : [];
  const choices = current.filter(isObject).map((choice) => {
    const rest = { ...choice };
    delete rest['originalThreadIndex'];
    delete rest['index'];
    const thread = threadOf(choice['originalThreadIndex'] ?? null);
    if (typeof choice['targetPath'] === 'string') knots.push(knotOfPath(choice['targetPath']));
    knots.push(...threadKnots(thread));
    return { ...rest, thread: threadBody(thread) };
  });
  return { choices, knots };
}

/** An object's entries in name order: the save format lists them in the order they arose. */
function sorted(values: Json, keep: (name: string) => boolean = () => true): Json {
  if (!isObject(values)) return values;
  return Object.entries(values)
    .filter(([name]) => keep(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function storyStateKey(stateJson: string, policy: KeyPolicy): string {
  const state = JSON.parse(stateJson) as JsonObject;
  const visits = isObject(state['visitCounts']) ? state['visitCounts'] : {};
  const counts =
    policy.counts === 'all'
      ? visits
      : Object.fromEntries([...policy.counts].map((path) => [path, visits[path] ?? 0]));
  const flows = Object.entries(isObject(state['flows']) ? state['flows'] : {}).map(
    ([name, flow]) => [name, flowFuture(flow)] as const,
  );
  const live = liveVariables(
    policy.liveness,
    flows.flatMap(([, flow]) => flow.knots),
  );
  return JSON.stringify([
    flows.map(([name, flow]) => [name, flow.choices]),
    state['currentFlowName'] ?? null,
    sorted(state['variablesState'] ?? null, (name) => !live || live.has(name)),
    state['evalStack'] ?? null,
    state['currentDivertTarget'] ?? null,
    sorted(counts),
    policy.turns ? [sorted(state['turnIndices'] ?? null), state['turnIdx'] ?? null] : null,
    state['storySeed'] ?? null,
    state['previousRandom'] ?? null,
  ]);
}

/*
 * The live key: the same facts as `storyStateKey`, read straight from inkjs's
 * objects instead of through ToJson and JSON.parse (about fifty times faster).
 * It relies on inkjs 2.4's field names, so tests check that it splits states
 * exactly as the reference key does.
 */
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
  return `${typed.valueType}:${JSON.stringify(raw)}${context}`;
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

function globalsKey(state: InkState, live: ReadonlySet<string> | null): string {
  return globalEntries(state)
    .filter(([name]) => !live || live.has(name))
    .map(([name, value]) => `${name}=${inkValueKey(value)}`)
    .join(',');
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
  return {
    position,
    variables: globalsKey(state, liveVariables(policy.liveness, choiceKnots(choices))),
  };
}
