/**
 * What every path from a state adds up to: score ranges, path counts and
 * endings, worked out once per state and combined bottom-up.
 */
import { DIMENSION_IDS, type DimensionId } from '../scoring/rubric.ts';
import type { Session } from '../session/session.ts';

export type Totals = Record<DimensionId, number>;

export interface Future {
  readonly min: Totals;
  readonly max: Totals;
  readonly paths: number;
  readonly endings: ReadonlyMap<string, number>;
  /** Where the options of every decision some path from here meets were written. */
  readonly places: ReadonlySet<string>;
}

/** One value per dimension; set one by one (not `Object.fromEntries`) so every move's totals share a shape. */
export function totals(value: number): Totals {
  const each = {} as Totals;
  for (const id of DIMENSION_IDS) each[id] = value;
  return each;
}

const NO_PLACES: ReadonlySet<string> = new Set();

export function leaf(endings: ReadonlyMap<string, number>, paths: number): Future {
  return { min: totals(0), max: totals(0), paths, endings, places: NO_PLACES };
}

/** What the moments from `from` on add up to. */
export function sums(session: Session, from: number): Totals {
  const sum = totals(0);
  const moments = session.simState.moments;
  for (let i = from; i < moments.length; i++) sum[moments[i]!.dimension] += moments[i]!.delta;
  return sum;
}
