/**
 * Reduces an inkjs save state to what decides the story's future, so the
 * checker can merge paths that arrive at the same place in the same state.
 * Visit counts are kept only where the story reads them; turn counts only if
 * it uses TURNS_SINCE; thread numbering is made independent of history.
 */

export interface KeyPolicy {
  /** 'all': every visit count matters; otherwise only these container paths. */
  readonly counts: 'all' | ReadonlySet<string>;
  readonly turns: boolean;
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
  return { counts: usesSequences || relative ? 'all' : counts, turns: usesTurns };
}

export const withAllCounts = (policy: KeyPolicy): KeyPolicy => ({ ...policy, counts: 'all' });

/** Thread numbers grow with every decision; renumber them in order of appearance. */
function renumberThreads(flows: Json): Json {
  const numbers = new Map<string, number>();
  const rank = (value: Json): number => {
    const key = String(value);
    if (!numbers.has(key)) numbers.set(key, numbers.size);
    return numbers.get(key)!;
  };
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'threadCounter') continue;
      if (key === 'threadIndex' || key === 'originalThreadIndex') out[key] = rank(value);
      else if (
        key === 'choiceThreads' &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([thread, body]) => [String(rank(thread)), rewrite(body)]),
        );
      } else out[key] = rewrite(value);
    }
    return out;
  };
  return rewrite(flows);
}

export function storyStateKey(stateJson: string, policy: KeyPolicy): string {
  const state = JSON.parse(stateJson) as { [key: string]: Json };
  const visits = (state['visitCounts'] ?? {}) as { [key: string]: Json };
  const counts =
    policy.counts === 'all'
      ? visits
      : Object.fromEntries(
          Object.entries(visits).filter(([path]) =>
            (policy.counts as ReadonlySet<string>).has(path),
          ),
        );
  return JSON.stringify([
    renumberThreads(state['flows'] ?? null),
    state['currentFlowName'] ?? null,
    state['variablesState'] ?? null,
    state['evalStack'] ?? null,
    counts,
    policy.turns ? [state['turnIndices'] ?? null, state['turnIdx'] ?? null] : null,
    state['storySeed'] ?? null,
    state['previousRandom'] ?? null,
  ]);
}
