/**
 * The results page's workers (class-results-worker.ts), started once per page,
 * with the work split between them: checking result files, and replaying kept
 * attempts. A file the page has as text (an attempt from the classroom
 * server), or anything when workers cannot be started, is done on the page's
 * own thread instead: the answers are the same either way.
 */
import {
  checkFileAlone,
  type CheckedFile,
  type ResultFile,
} from '../../sim/classroom/class-import.ts';
import { analyseAttempt, type AttemptAnalysis } from '../../sim/classroom/class-analysis.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import type { WorkerAnswer, WorkerRequest } from './class-results-worker.ts';

/** The files picked or dropped by the tutor, by the ResultFile made for each. */
const blobs = new WeakMap<ResultFile, Blob>();

export function resultFileOf(file: File): ResultFile {
  const result: ResultFile = {
    name: file.webkitRelativePath || file.name,
    size: file.size,
    text: () => file.text(),
  };
  blobs.set(result, file);
  return result;
}

type Kind = WorkerRequest['kind'];
/**
 * Checking and replaying have workers of their own, so an import's files are
 * never checked behind the replays of the import before it.
 */
const pools = new Map<Kind, Worker[]>();
let asked = 0;
const waiting = new Map<number, (answer: WorkerAnswer | null) => void>();

/** The workers for one kind of work; none when this browser cannot start them. */
function workers(kind: Kind): Worker[] {
  const pool = pools.get(kind);
  if (pool) return pool;
  const count =
    kind === 'analyse' ? 1 : Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  try {
    const started = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./class-results-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
        waiting.get(data.id)?.(data);
        waiting.delete(data.id);
      };
      // A worker that fails hands its work back to the page's thread, and is not asked again.
      worker.onerror = () => {
        pools.set(
          kind,
          (pools.get(kind) ?? []).filter((w) => w !== worker),
        );
        for (const give of waiting.values()) give(null);
        waiting.clear();
      };
      return worker;
    });
    pools.set(kind, started);
  } catch {
    pools.set(kind, []);
  }
  return pools.get(kind) ?? [];
}

type Asked<K> = K extends WorkerRequest['kind']
  ? Omit<Extract<WorkerRequest, { kind: K }>, 'id'>
  : never;

function ask<K extends WorkerRequest['kind']>(
  worker: Worker,
  request: Asked<K>,
): Promise<Extract<WorkerAnswer, { kind: K }> | null> {
  const id = (asked += 1);
  return new Promise((resolve) => {
    waiting.set(id, (answer) => resolve(answer as Extract<WorkerAnswer, { kind: K }> | null));
    worker.postMessage({ ...request, id });
  });
}

/** `items` split into one run of neighbours per worker, each done there (or here), in order. */
async function shared<T, R>(
  kind: Kind,
  items: readonly T[],
  there: (worker: Worker, part: readonly T[]) => Promise<readonly R[] | null>,
  here: (part: readonly T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const running = workers(kind);
  if (running.length === 0) return [...(await here(items))];
  const share = Math.ceil(items.length / running.length);
  const parts = await Promise.all(
    running.map(async (worker, i) => {
      const part = items.slice(i * share, (i + 1) * share);
      if (part.length === 0) return [];
      return (await there(worker, part)) ?? here(part);
    }),
  );
  return parts.flat();
}

/** Check files alone (checkFileAlone), in the workers where they can be; in the files' order. */
export function checkInWorkers(
  kept: ReadonlyMap<string, string>,
): (files: readonly ResultFile[]) => Promise<readonly CheckedFile[]> {
  const keptIds = [...kept.keys()];
  const here = (part: readonly ResultFile[]) =>
    Promise.all(part.map((file) => checkFileAlone(file, kept)));
  return (files) =>
    files.every((file) => blobs.has(file))
      ? shared(
          'check',
          files,
          async (worker, part) =>
            (
              await ask<'check'>(worker, {
                kind: 'check',
                files: part.map((file) => ({ name: file.name, blob: blobs.get(file) as Blob })),
                kept: keptIds,
              })
            )?.checked ?? null,
          here,
        )
      : here(files);
}

/** Lets the browser draw between chunks of work on the page's thread. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Replay attempts (analyseAttempt), in the workers where they can be; in the
 * attempts' order. On the page's thread it stops to let the page answer a few
 * times a second.
 */
export function analyseInWorkers(
  scenario: Scenario,
  attempts: readonly { readonly path: readonly number[]; readonly seed: number }[],
  known: ReadonlySet<string>,
): Promise<AttemptAnalysis[]> {
  const here = async (part: readonly (typeof attempts)[number][]) => {
    const found = new Set(known);
    const analyses: AttemptAnalysis[] = [];
    let since = performance.now();
    for (const { path, seed } of part) {
      const analysis = analyseAttempt(scenario, path, seed, found);
      if (analysis.ok) for (const point of Object.keys(analysis.points)) found.add(point);
      analyses.push(analysis);
      if (performance.now() - since > 50) {
        await breathe();
        since = performance.now();
      }
    }
    return analyses;
  };
  return shared(
    'analyse',
    attempts,
    async (worker, part) =>
      (
        await ask<'analyse'>(worker, {
          kind: 'analyse',
          scenario,
          attempts: part,
          known: [...known],
        })
      )?.analyses ?? null,
    here,
  );
}
