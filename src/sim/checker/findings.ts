/**
 * What exploring has found so far, whatever paths were merged: problems (each
 * once), endings, dimensions scored, knots visited, options offered and the
 * decision points with what each option scores on its own move.
 */
import { DIMENSION_IDS, type DimensionId } from '../scoring/rubric.ts';
import type { Ending } from '../session/records.ts';
import type { Session } from '../session/session.ts';
import type { ExploreProblem, ExploreReport } from './explore-report.ts';

export class Findings {
  readonly problems: ExploreProblem[] = [];
  private readonly reported = new Set<string>();
  readonly endings = new Map<string, Ending>();
  readonly scored = new Set<DimensionId>();
  readonly visited = new Set<string>();
  readonly offered = new Set<string>();
  /** Option texts joined by newlines, with each option's value once it has been taken. */
  readonly decisionPoints = new Map<string, number[]>();
  private readonly chances = new Map<string, Set<DimensionId>>();
  /** Knots no path has visited yet; checked after every move. */
  private readonly unvisited: Set<string>;

  constructor(knots: readonly string[]) {
    this.unvisited = new Set(knots);
  }

  report(problem: ExploreProblem): void {
    const key = `${problem.kind}:${problem.choice ?? problem.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    // A copy: the session's path keeps changing as exploring goes on.
    this.problems.push({ ...problem, path: [...problem.path] });
  }

  /**
   * Note what one move did: knots entered and dimensions scored. Done on every
   * move, not once per state: merged states share their future, not their past.
   */
  noteMove(session: Session, firstMoment: number): void {
    const moments = session.simState.moments;
    for (let i = firstMoment; i < moments.length; i++) this.scored.add(moments[i]!.dimension);
    for (const knot of this.unvisited) {
      if (session.visits(knot) > 0) {
        this.unvisited.delete(knot);
        this.visited.add(knot);
      }
    }
  }

  /** Note the dimensions an option of a decision earned marks on by its own move. */
  noteChances(point: string, session: Session, firstMoment: number): void {
    const { moments, decisions } = session.simState;
    const decision = decisions.length - 1;
    for (let i = firstMoment; i < moments.length; i++) {
      const moment = moments[i]!;
      if (moment.delta <= 0 || moment.choice?.decision !== decision) continue;
      const offered = this.chances.get(point) ?? new Set<DimensionId>();
      offered.add(moment.dimension);
      this.chances.set(point, offered);
    }
  }

  /** The report of an exploration that has not finished (a budget stopped it), or to complete. */
  summary(states: number, moves: number): ExploreReport {
    return {
      complete: false,
      states,
      moves,
      paths: 0,
      decisions: this.decisionPoints.size,
      options: [...this.decisionPoints].map(([texts, values]) => ({
        texts: texts.split('\n'),
        values,
      })),
      chances: Object.fromEntries(
        [...this.chances].map(([point, dimensions]) => [
          point,
          DIMENSION_IDS.filter((id) => dimensions.has(id)),
        ]),
      ),
      endings: new Map(),
      ranges: {},
      scored: this.scored,
      visited: this.visited,
      offered: this.offered,
      problems: this.problems,
    };
  }
}
