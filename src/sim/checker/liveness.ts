import { isObject, type Json, type JsonObject } from './compiled-json.ts';

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

export function livenessOf(root: Json): Liveness | null {
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
export function liveVariables(
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
