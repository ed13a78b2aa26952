/**
 * What of a story's state decides its future, read once from the compiled
 * story: which visit counts and turn numbers it reads, whom it asks about
 * through mood() and trust(), and which variables each knot can still read
 * (./liveness.ts). The reference key (./reference-key.ts) and the live key
 * (./live-key.ts) both keep exactly what the policy says.
 */
import { isObject, walk, type Json } from './compiled-json.ts';
import { livenessOf, type Liveness } from './liveness.ts';

export interface KeyPolicy {
  /** 'all': every visit count matters; otherwise only these container paths. */
  readonly counts: 'all' | ReadonlySet<string>;
  readonly turns: boolean;
  /** Who the story can ask about through mood() or trust(); 'all' when a call names no one literally. */
  readonly people: 'all' | ReadonlySet<string>;
  /** Which variables each knot can still lead to reading; null when a computed divert makes that unknowable. */
  readonly liveness: Liveness | null;
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
