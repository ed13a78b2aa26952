/**
 * What the class page needs of each kept attempt that its file does not hold
 * (class-analysis.ts: a replay of its path), found once and kept with it.
 * An import starts it for the attempts it keeps, in the workers, while the
 * tutor reads the import's outcome; a class page opened later waits for that
 * and then finds (and keeps) only what is still missing.
 */
import type { PointOutcomes } from '../../sim/classroom/class-analysis.ts';
import type { ClassResultsStore, KeptResult } from '../../sim/classroom/class-store.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { analyseInWorkers } from './class-results-workers.ts';

/** The analysis under way, if any: one at a time, so no attempt is replayed twice. */
let running: Promise<unknown> = Promise.resolve();

/** Resolves when every analysis started so far has been kept. */
export const analysisSettled = (): Promise<unknown> => running;

async function analyse(
  store: ClassResultsStore,
  scenario: Scenario,
  results: readonly KeptResult[],
): Promise<KeptResult[]> {
  const todo = results.filter((r) => !r.steps && r.storyVersion === scenario.version);
  if (todo.length === 0) return [...results];
  // One replay per path and seed: a replay depends on nothing else (the story is this version).
  const keyOf = ({ evidence }: KeptResult) =>
    `${evidence.result.seed ?? 1}:${evidence.result.path.join(',')}`;
  const distinct = new Map<string, { path: readonly number[]; seed: number }>();
  for (const r of todo)
    distinct.set(keyOf(r), { path: r.evidence.result.path, seed: r.evidence.result.seed ?? 1 });
  const known = await store.points(scenario.version);
  const analyses = await analyseInWorkers(
    scenario,
    [...distinct.values()],
    new Set(Object.keys(known)),
  );
  const found: PointOutcomes = {};
  const steps = new Map<string, KeptResult['steps']>();
  [...distinct.keys()].forEach((key, i) => {
    const analysis = analyses[i];
    if (!analysis?.ok) return;
    Object.assign(found, analysis.points);
    steps.set(key, analysis.steps);
  });
  const fresh = todo.flatMap((r) => {
    const analysed = steps.get(keyOf(r));
    return analysed ? [{ attemptId: r.attemptId, steps: analysed }] : [];
  });
  if (fresh.length > 0) await store.putSteps(fresh);
  if (Object.keys(found).length > 0) await store.putPoints(scenario.version, found);
  const analysed = new Map(fresh.map((f) => [f.attemptId, f.steps]));
  return results.map((r) => {
    const found = analysed.get(r.attemptId);
    return found ? { ...r, steps: found } : r;
  });
}

/** Find and keep what `results` (of `scenario`) still miss; the results with it. */
export function analyseKept(
  store: ClassResultsStore,
  scenario: Scenario,
  results: readonly KeptResult[],
): Promise<KeptResult[]> {
  const job = running.then(() => analyse(store, scenario, results));
  // Holds on to nothing: an import's whole files must not outlive it.
  running = job.then(
    () => undefined,
    () => undefined,
  );
  return job;
}
