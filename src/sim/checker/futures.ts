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

export const totals = (value: number): Totals =>
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, value])) as Totals;

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
