/**
 * The reference key, from inkjs's own save format: slow, kept to check the
 * live key (./live-key.ts) against and for the explorer's reference mode.
 */
import { isObject, knotOfPath, type Json, type JsonObject } from './compiled-json.ts';
import type { KeyPolicy } from './key-policy.ts';
import { liveVariables } from './liveness.ts';
import type { Session } from '../session/session.ts';
import { futureKey } from '../session/sim-state.ts';

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

function storyStateKey(stateJson: string, policy: KeyPolicy): string {
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

/**
 * The same partition as `Session.futureKey`, for a plain session, through
 * Ink's save format: slow, the reference the fast key is checked against.
 */
export function referenceKey(session: Session, policy: KeyPolicy): string {
  const ink = storyStateKey(session.saveInk(), policy);
  return `${futureKey(session.simState, policy.people)}\n${ink}`;
}
