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

/**
 * What the class page reads of a kept attempt: everything but the evidence's
 * decisions, communication log, agreements and reflection, and which pieces
 * evidence each marking point and why each was missed (the bulk of a file,
 * which the page never shows: a learner's report is a replay of the path).
 */
export function lightResult(result: KeptResult): KeptResult {
  const { evidence } = result;
  return {
    ...result,
    evidence: {
      ...evidence,
      decisions: [],
      communicationLog: [],
      agreements: [],
      reflection: null,
      markingPoints: evidence.markingPoints.map(({ id, kind, label }) => ({
        id,
        kind,
        label,
        evidencedBy: [],
      })),
      notYetEvidenced: evidence.notYetEvidenced.map(({ id, kind, label }) => ({
        id,
        kind,
        label,
        missed: [],
      })),
    },
  };
}

/** One class's results for one scenario, as the results page lists it. */
export interface ClassEntry {
  readonly group: string;
  readonly scenarioId: string;
  readonly attempts: number;
}

export interface ClassResultsStore {
  all(): Promise<KeptResult[]>;
  /** Every class and scenario with results, and how many attempts each has. */
  classes(): Promise<ClassEntry[]>;
  /** One class's results for a scenario, light (see lightResult): what its page reads. */
  forClass(group: string, scenarioId: string): Promise<KeptResult[]>;
  /** Every kept attempt id with its source, for recognising duplicates. */
  kept(): Promise<Map<string, string>>;
  /** Keep new results and replace kept ones with the same attempt id. */
  put(results: readonly KeptResult[]): Promise<void>;
  /** Add what replaying kept attempts found (class-analysis.ts). */
  putSteps(found: readonly { attemptId: string; steps: readonly AttemptStep[] }[]): Promise<void>;
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
    classes: () => {
      const entries = new Map<string, ClassEntry>();
      for (const r of results.values()) {
        const key = `${r.group}\u0000${r.scenarioId}`;
        const attempts = (entries.get(key)?.attempts ?? 0) + 1;
        entries.set(key, { group: r.group, scenarioId: r.scenarioId, attempts });
      }
      return Promise.resolve([...entries.values()]);
    },
    forClass: (group, scenarioId) =>
      Promise.resolve(
        [...results.values()]
          .filter((r) => r.group === group && r.scenarioId === scenarioId)
          .map(lightResult),
      ),
    kept: () => Promise.resolve(new Map([...results.values()].map((r) => [r.attemptId, r.source]))),
    put: (list) => {
      for (const result of list) results.set(result.attemptId, result);
      return Promise.resolve();
    },
    putSteps: (found) => {
      for (const { attemptId, steps } of found) {
        const kept = results.get(attemptId);
        if (kept) results.set(attemptId, { ...kept, steps });
      }
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
