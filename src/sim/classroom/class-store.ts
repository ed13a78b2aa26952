/**
 * Where a tutor's class results are kept, as an interface: the results page
 * keeps them in the browser (IndexedDB, src/ui/classroom/class-results-db.ts), and the
 * classroom server can feed the same page later by implementing it (or by
 * calling `add` with results its learners sent). A memory store is here for
 * tests and for a browser that refuses storage.
 */
import type { AttemptStep, PointOutcomes } from './class-analysis.ts';
import type { EvidenceExport } from '../evidence/evidence.ts';

/** One kept attempt: the learner's result file as validated, and where it came from. */
export interface KeptResult {
  readonly attemptId: string;
  /** The class the tutor imported it into. */
  readonly group: string;
  readonly scenarioId: string;
  readonly storyVersion: string;
  /** A file's name, or how it arrived (e.g. "classroom server"). */
  readonly source: string;
  readonly keptAt: string;
  readonly evidence: EvidenceExport;
  /** Found by replaying its path once (class-analysis.ts); absent until then. */
  readonly steps?: readonly AttemptStep[];
}

export interface ClassResultsStore {
  all(): Promise<KeptResult[]>;
  /** Every kept attempt id with its source, for recognising duplicates. */
  kept(): Promise<Map<string, string>>;
  /** Keep new results and replace kept ones with the same attempt id (e.g. once analysed). */
  put(results: readonly KeptResult[]): Promise<void>;
  /** Option outcomes found so far for a version of a story, keyed by decision point. */
  points(storyVersion: string): Promise<PointOutcomes>;
  putPoints(storyVersion: string, points: PointOutcomes): Promise<void>;
  /** Forget one class's results for a scenario. */
  remove(group: string, scenarioId: string): Promise<void>;
}

export function memoryClassStore(): ClassResultsStore {
  const results = new Map<string, KeptResult>();
  const points = new Map<string, PointOutcomes>();
  return {
    all: () => Promise.resolve([...results.values()]),
    kept: () => Promise.resolve(new Map([...results.values()].map((r) => [r.attemptId, r.source]))),
    put: (list) => {
      for (const result of list) results.set(result.attemptId, result);
      return Promise.resolve();
    },
    points: (version) => Promise.resolve(points.get(version) ?? {}),
    putPoints: (version, found) => {
      points.set(version, { ...points.get(version), ...found });
      return Promise.resolve();
    },
    remove: (group, scenarioId) => {
      for (const [id, r] of results)
        if (r.group === group && r.scenarioId === scenarioId) results.delete(id);
      return Promise.resolve();
    },
  };
}
