/**
 * What the explorer is asked (options, budgets) and what it answers (the
 * report and its problems): the checker's contract with the build.
 */
import type { DimensionId, ScoreRange } from '../scoring/rubric.ts';
import type { Ending } from '../session/records.ts';
import type { Chances } from '../scoring/chances.ts';
import type { Session, SessionSnapshot } from '../session/session.ts';

export interface ExploreProblem {
  readonly kind: 'no-ending' | 'unscored-option' | 'runtime' | 'too-deep' | 'budget';
  readonly message: string;
  /** The choices (0-based) that lead to the problem. */
  readonly path: readonly number[];
  /** For unscored options: the option's text, to find it in the source. */
  readonly choice?: string;
  /** For loops and budgets: the knot the story kept going round, to find it in the source. */
  readonly knot?: string;
}

export interface ExploreReport {
  /** False when a budget stopped the exploration: then only the problems can be trusted. */
  readonly complete: boolean;
  readonly states: number;
  /** Options taken while exploring (remembered moves included). */
  readonly moves: number;
  readonly paths: number;
  /** Distinct decision points (sets of two or more options) some path meets. */
  readonly decisions: number;
  readonly endings: ReadonlyMap<string, Ending & { readonly paths: number }>;
  readonly ranges: Partial<Record<DimensionId, ScoreRange>>;
  /** Dimensions some path scores. */
  readonly scored: ReadonlySet<DimensionId>;
  /** Knots and stitches some path visits. */
  readonly visited: ReadonlySet<string>;
  /** Option texts some decision offers. */
  readonly offered: ReadonlySet<string>;
  /**
   * Every decision some path meets (two or more options), with what each option
   * scores on its own move (all dimensions summed), for the checker's tell figures.
   */
  readonly options: readonly DecisionOptions[];
  /** Per decision, the dimensions some option earns marks on by its own move. */
  readonly chances: Chances;
  readonly problems: readonly ExploreProblem[];
  /**
   * The session that explored, and its start: every move of every path is in
   * its memory, so playing a path again on it is quick (the tells' policy
   * plays). Only when the exploration finished; never saved with the story.
   */
  readonly player?: { readonly session: Session; readonly start: SessionSnapshot };
}

export interface DecisionOptions {
  readonly texts: readonly string[];
  readonly values: readonly number[];
}

/**
 * How far the checker goes before it stops with a problem instead of
 * hanging: the library's largest story needs about 2,500 states, 20,000
 * moves and a second or two (the time budget is generous because a busy CI
 * machine can be many times slower than that).
 */
export interface ExploreBudget {
  /** Decisions on one path. */
  readonly depth: number;
  /** Distinct states. */
  readonly states: number;
  /** Options taken, in all. */
  readonly moves: number;
  readonly seconds: number;
  /** Ink steps in one move: a divert loop with no choice never reaches the next decision. */
  readonly stepsPerMove: number;
  /** Nested function and tunnel calls at any moment. */
  readonly callDepth: number;
}

export const DEFAULT_BUDGET: ExploreBudget = {
  depth: 200,
  states: 250_000,
  moves: 2_000_000,
  seconds: 600,
  stepsPerMove: 200_000,
  callDepth: 400,
};

export interface ExploreProgress {
  readonly states: number;
  readonly moves: number;
  readonly seconds: number;
}

export interface ExploreOptions {
  /** Knot and stitch paths to watch for visits. */
  readonly knots?: readonly string[];
  readonly budget?: Partial<ExploreBudget>;
  /** Called every `progressSeconds[1]` seconds once exploring has taken `progressSeconds[0]`. */
  readonly onProgress?: (progress: ExploreProgress) => void;
  /** When progress is first reported and how often after that; three and two seconds unless given. */
  readonly progressSeconds?: readonly [after: number, every: number];
  /**
   * Play with full sessions, Ink save files and the key read from them, and
   * nothing remembered: many times slower, kept to check the fast path.
   */
  readonly reference?: boolean;
}
