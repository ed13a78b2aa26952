/**
 * A worker for the tutor's results page, so work on hundreds of attempts runs
 * on every core the machine lends it and the page stays responsive: it checks
 * result files alone (checkFileAlone in class-import.ts: read, parse,
 * checksum, schema), and replays kept attempts to find what the class page
 * needs of them (analyseAttempt in class-analysis.ts).
 */
import { checkFileAlone, type CheckedFile } from '../../sim/classroom/class-import.ts';
import { analyseAttempt, type AttemptAnalysis } from '../../sim/classroom/class-analysis.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { loadInk } from '../../sim/story/load-ink.ts';

export type WorkerRequest =
  | {
      readonly kind: 'check';
      readonly id: number;
      readonly files: readonly { readonly name: string; readonly blob: Blob }[];
      /** Attempts kept already: their copies are duplicates, not summed. */
      readonly kept: readonly string[];
    }
  | {
      readonly kind: 'analyse';
      readonly id: number;
      readonly scenario: Scenario;
      readonly attempts: readonly { readonly path: readonly number[]; readonly seed: number }[];
      /** Decision points whose options' outcomes are known already. */
      readonly known: readonly string[];
    };

export type WorkerAnswer =
  | { readonly kind: 'check'; readonly id: number; readonly checked: readonly CheckedFile[] }
  | {
      readonly kind: 'analyse';
      readonly id: number;
      readonly analyses: readonly AttemptAnalysis[];
    };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(answer: WorkerAnswer): void;
};

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  const { id } = request;
  if (request.kind === 'check') {
    const known = new Set(request.kept);
    const checked = await Promise.all(
      request.files.map(({ name, blob }) =>
        checkFileAlone({ name, size: blob.size, text: () => blob.text() }, known),
      ),
    );
    return { kind: 'check', id, checked };
  }
  await loadInk();
  const known = new Set(request.known);
  const analyses = request.attempts.map(({ path, seed }) => {
    const analysis = analyseAttempt(request.scenario, path, seed, known);
    // Points found by one attempt are not explored again for the next.
    if (analysis.ok) for (const point of Object.keys(analysis.points)) known.add(point);
    return analysis;
  });
  return { kind: 'analyse', id, analyses };
}

scope.onmessage = (event) => void answer(event.data).then((a) => scope.postMessage(a));
