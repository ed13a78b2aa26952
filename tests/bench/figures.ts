/** What the benchmark's parts share: printing a line, the load average, medians. */
import { loadavg } from 'node:os';

export type Say = (line?: string) => void;

export const load = (): string => `load ${loadavg()[0]?.toFixed(1)}`;

/** The value at fraction `p` of the sorted values (0.5: the median, 0.95: the 95th percentile). */
export const percentile = (values: readonly number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  NaN;

export const median = (values: readonly number[]): number => percentile(values, 0.5);
