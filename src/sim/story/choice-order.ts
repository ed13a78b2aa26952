/**
 * The order a decision's options are shown in. Ink's order is the author's
 * writing order, which must not become an answer key, so each attempt shows
 * them in an order drawn from the attempt's seed and the decision's number.
 * The same seed always gives the same order, so a resumed attempt, a replay
 * from a decision and the report all see what the learner saw. Saves keep
 * Ink's indices; only the screen uses this order.
 */
import type { OptionPlace } from './tags.ts';

/** A small, fast, well-mixed PRNG (mulberry32): the same seed gives the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One seed per decision, so one decision's order says nothing about the next one's. */
function decisionSeed(seed: number, decision: number): number {
  let hash = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(decision + 1, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Ink indices in the order they are shown: position → index. Options pinned
 * `first` or `last` keep that place (in writing order among themselves); the
 * others are shuffled (Fisher–Yates) between them.
 */
export function displayOrder(
  options: readonly string[],
  seed: number,
  decision: number,
  pins: Readonly<Record<string, OptionPlace>> = {},
): number[] {
  const pinOf = (index: number) =>
    Object.hasOwn(pins, options[index]!) ? pins[options[index]!] : undefined;
  const indices = options.map((_, index) => index);
  const first = indices.filter((index) => pinOf(index) === 'first');
  const last = indices.filter((index) => pinOf(index) === 'last');
  const free = indices.filter((index) => pinOf(index) === undefined);
  const next = random(decisionSeed(seed, decision));
  for (let i = free.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  return [...first, ...free, ...last];
}
