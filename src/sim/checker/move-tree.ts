/**
 * Remembered moves: what one option produced up to the next decision, as a
 * tree that branches wherever the rest of the move depended on something
 * outside it. ./exploring-runner.ts records and replays them.
 */
import type { Question, StoryLine } from '../story/story-runner.ts';
import type { Mark } from './marking-runner.ts';

/**
 * What one option led to, as a tree: lines, then the end of the move or a
 * point where the rest depends on something outside the move: a question to
 * the simulation, or a variable the move read before writing it.
 */
export interface MoveStep {
  readonly lines: readonly StoryLine[];
  readonly then: MoveAsk | MoveRead | MoveEnd;
}
export interface MoveAsk {
  readonly kind: 'ask';
  readonly question: Question;
  readonly who: string;
  /** Tags of the unfinished line, handed over before the question. */
  readonly early: readonly string[];
  readonly answers: Map<string, MoveStep>;
}
export interface MoveRead {
  readonly kind: 'read';
  readonly name: string;
  readonly answers: Map<string, MoveStep>;
}
export interface MoveEnd {
  readonly kind: 'end';
  readonly problems: readonly string[];
  readonly end: Mark;
  /** The global variables the move did not set: each replay puts back their values from its start. */
  readonly kept: readonly string[];
}

/** One move as Ink played it, before it joins the tree. */
export type Recorded =
  | { readonly kind: 'line'; readonly line: StoryLine }
  | {
      readonly kind: 'ask';
      readonly question: Question;
      readonly who: string;
      readonly early: readonly string[];
      readonly answer: string;
    }
  | { readonly kind: 'read'; readonly name: string; readonly answer: string };

export interface Recording {
  /** The moves from the position it started at, by option. */
  readonly trees: Map<number, MoveStep>;
  readonly index: number;
  readonly events: Recorded[];
  readonly written: Set<string>;
  readonly read: Set<string>;
}

/** Add one played move to the tree of moves from the same position and option. */
export function graft(
  tree: MoveStep | undefined,
  events: readonly Recorded[],
  end: MoveEnd,
): MoveStep {
  const at = events.findIndex((event) => event.kind !== 'line');
  const lines = events
    .slice(0, at === -1 ? events.length : at)
    .flatMap((event) => (event.kind === 'line' ? [event.line] : []));
  const point = events[at];
  if (!point || point.kind === 'line') return tree ?? { lines, then: end };
  // Ink is deterministic: the same position and answers give the same lines
  // and branch points, so a known tree already has this prefix and only the
  // branch may be new.
  const known = tree && tree.then.kind !== 'end' ? tree.then : null;
  if (tree && !samePoint(tree.then, point))
    throw new Error('Ink played one move two ways from the same start');
  const answers = known?.answers ?? new Map<string, MoveStep>();
  answers.set(point.answer, graft(answers.get(point.answer), events.slice(at + 1), end));
  if (tree && known) return tree;
  const then: MoveAsk | MoveRead =
    point.kind === 'ask'
      ? { kind: 'ask', question: point.question, who: point.who, early: point.early, answers }
      : { kind: 'read', name: point.name, answers };
  return { lines, then };
}

function samePoint(then: MoveStep['then'], point: Recorded): boolean {
  if (then.kind === 'ask')
    return point.kind === 'ask' && point.question === then.question && point.who === then.who;
  if (then.kind === 'read') return point.kind === 'read' && point.name === then.name;
  return false;
}
