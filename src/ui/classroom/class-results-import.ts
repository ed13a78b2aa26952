/**
 * Results into the tutor's store: learners' files dropped on the page, or a
 * class's attempts fetched from the classroom server with the class's code
 * and tutor key. Both go through the same checks (class-import.ts), so an
 * attempt from the server is kept, or skipped with its reason, exactly as
 * its file would be; one already kept is passed over quietly.
 */
import { CATALOGUE, loadScenario } from '../../scenarios.ts';
import { checkResultFiles, type ResultFile } from '../../sim/classroom/class-import.ts';
import type { ClassResultsStore, KeptResult } from '../../sim/classroom/class-store.ts';
import { analyseKept } from './class-results-analysis.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { checkInWorkers, resultFileOf } from './class-results-workers.ts';

export async function scenarioOf(id: string): Promise<Scenario | undefined> {
  if (!CATALOGUE.some((entry) => entry.id === id)) return undefined;
  const loaded = await loadScenario(id);
  return loaded.state === 'loaded' ? loaded.scenario : undefined;
}

export interface ImportReport {
  readonly kept: number;
  readonly skipped: { name: string; reason: string }[];
  /** Attempts passed over because they were kept already (from the server only). */
  readonly known?: number;
}

export const filesOf = (files: readonly File[]): ResultFile[] => files.map(resultFileOf);

export async function importFiles(
  store: ClassResultsStore,
  files: readonly ResultFile[],
  group: string,
  source: (name: string) => string = (name) => name,
): Promise<ImportReport> {
  const scenarios = new Map<string, Promise<Scenario | undefined>>();
  performance.mark('class-import:kept-ids');
  const kept = await store.kept();
  performance.mark('class-import:check');
  const outcome = await checkResultFiles(files, {
    kept,
    checkBatch: checkInWorkers(kept),
    scenario: async (id) => {
      if (!scenarios.has(id)) scenarios.set(id, scenarioOf(id));
      const scenario = await scenarios.get(id);
      return scenario ? { title: scenario.meta.title, version: scenario.version } : undefined;
    },
  });
  const keptAt = new Date().toISOString();
  performance.mark('class-import:store');
  const results = outcome.accepted.map(({ name, evidence }): KeptResult => ({
    attemptId: evidence.attemptId,
    group,
    scenarioId: evidence.result.scenarioId,
    storyVersion: evidence.result.storyVersion,
    source: source(name),
    keptAt,
    evidence,
  }));
  await store.put(results);
  // The class page's analysis of them starts now, while the tutor reads what was kept.
  for (const id of new Set(results.map((r) => r.scenarioId)))
    void scenarios.get(id)?.then(
      (scenario) =>
        scenario &&
        analyseKept(
          store,
          scenario,
          results.filter((r) => r.scenarioId === id),
        ),
    );
  performance.mark('class-import:list');
  return { kept: outcome.accepted.length, skipped: [...outcome.skipped] };
}

interface ServerAttempt {
  attemptId: string;
  evidence: { learner?: { name?: string } };
}

/**
 * A class's attempts from the classroom server, kept into `group`: the new
 * ones checked and kept, those kept already counted. Throws a sentence for
 * the tutor when the server cannot be reached or does not know the class.
 */
export async function importFromServer(
  store: ClassResultsStore,
  code: string,
  tutorKey: string,
  group: string,
): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/api/classes/${encodeURIComponent(code)}/attempts`, {
      headers: { authorization: `Bearer ${tutorKey}` },
      cache: 'no-store',
    });
  } catch {
    throw new Error(
      'The classroom server could not be reached. Check the connection and try again.',
    );
  }
  if (response.status === 403)
    throw new Error(`No class has the code ${code} with that tutor key. Check both and try again.`);
  if (!response.ok) throw new Error(`The classroom server answered ${response.status}.`);
  const { attempts } = (await response.json()) as { attempts: ServerAttempt[] };
  const kept = await store.kept();
  const fresh = attempts.filter((a) => !kept.has(a.attemptId));
  const files = fresh.map((a): ResultFile => {
    // Written back as it arrived (same keys in the same order), so its checksum still matches.
    const text = JSON.stringify(a.evidence);
    return {
      name: `${a.evidence.learner?.name ?? 'Unnamed learner'} (${a.attemptId})`,
      size: text.length,
      text: () => Promise.resolve(text),
    };
  });
  const report = await importFiles(store, files, group, () => `classroom server, class ${code}`);
  return { ...report, known: attempts.length - fresh.length };
}
