/**
 * A tutor's import of learners' result files. Every file is checked on its
 * own and either kept or listed by name with the reason it was skipped, so one
 * bad file never costs the others: too large, not JSON, not a result, made
 * before results carried a checksum, damaged (its content no longer matches
 * the SHA-256 it carries), from a scenario or a version of it this app does
 * not have, or a second copy of an attempt already kept.
 */
import {
  EVIDENCE_FORMAT,
  evidenceExportSchema,
  type EvidenceExport,
} from '../evidence/evidence.ts';
import { checkSeal, webSha256, type SealCheck, type Sha256 } from '../evidence/integrity.ts';

export const MAX_RESULT_FILE_BYTES = 50 * 1024 * 1024;

/** What the import needs to know about a file before reading it, and how to read it. */
export interface ResultFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** A scenario as this app has it now: results must come from this version of its story. */
export interface ScenarioVersion {
  readonly title: string;
  readonly version: string;
}

export interface ImportContext {
  /** The current version of a scenario, or undefined when the app has no such scenario. */
  scenario(id: string): ScenarioVersion | undefined | Promise<ScenarioVersion | undefined>;
  /** Attempt ids already kept, each with where it came from (a file name). */
  readonly kept: ReadonlyMap<string, string>;
  readonly sha256?: Sha256;
  /**
   * Check a batch of files alone (checkFileAlone), e.g. in workers; by
   * default here, all of a batch at once (Web Crypto sums them off the main
   * thread).
   */
  readonly checkBatch?: (files: readonly ResultFile[]) => Promise<readonly CheckedFile[]>;
}

export interface AcceptedFile {
  readonly name: string;
  /** The evidence as validated; its attemptId is always set. */
  readonly evidence: EvidenceExport & { readonly attemptId: string };
}

export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

export type FileVerdict =
  ({ readonly ok: true } & AcceptedFile) | ({ readonly ok: false } & SkippedFile);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const skip = (name: string, reason: string): FileVerdict => ({ ok: false, name, reason });

/**
 * What can be known of a file without the other files or the app's scenarios:
 * skipped with its reason, a copy of an attempt kept already (not summed:
 * skipped as a duplicate whatever its state), or a result that is intact and
 * valid. Plain data, so a worker can find it (class-results-workers.ts).
 */
export type CheckedFile =
  | { readonly verdict: SkippedFile }
  | { readonly name: string; readonly knownAttempt: string }
  | { readonly name: string; readonly evidence: EvidenceExport };

/**
 * The part of a file's check that needs no other file: read it, parse it,
 * check its checksum and validate it. The schema runs on every file the
 * checksum passes: the checksum proves only that the file was not damaged
 * since some program summed it (anyone can recompute it), not that the app's
 * exporter wrote it, so it is no reason to trust the file's shape; and the
 * schema also fills what older versions of the file left out.
 */
export async function checkFileAlone(
  file: ResultFile,
  kept: { has(attemptId: string): boolean },
  sha256: Sha256 = webSha256,
): Promise<CheckedFile> {
  const { name } = file;
  const skip = (reason: string) => ({ verdict: { name, reason } });
  if (file.size > MAX_RESULT_FILE_BYTES)
    return skip(
      `too large to be a result file (${megabytes(file.size)}; the limit is ${megabytes(MAX_RESULT_FILE_BYTES)})`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch {
    return skip('could not be read');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return skip(
      /^\s*[[{]/.test(text)
        ? 'is broken JSON (cut short or edited by hand), so it cannot be read'
        : 'is not a JSON file, so it is not a Service Chain result',
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return skip('is JSON but not a Service Chain result file');
  const document = raw as Record<string, unknown>;
  if (document['format'] !== EVIDENCE_FORMAT)
    return skip('is JSON but not a Service Chain result file');
  const attemptId = document['attemptId'];
  if (typeof attemptId === 'string' && kept.has(attemptId))
    return { name, knownAttempt: attemptId };
  const seal: SealCheck = await checkSeal(document, sha256);
  if (seal === 'unsealed')
    return skip(
      'was exported by an older version of the game, without a checksum, so damage to it could not be detected; ask the learner to export it again',
    );
  if (seal === 'damaged')
    return skip(
      'is damaged: its content no longer matches the checksum it was exported with (changed after export)',
    );
  const parsed = evidenceExportSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'file';
    return skip(`is not a valid result file (${where}: ${issue?.message ?? 'invalid'})`);
  }
  return { name, evidence: parsed.data };
}

/** The rest of a file's check, in the import's order; `seen` holds attempts accepted earlier in it. */
async function decide(
  checked: CheckedFile,
  context: ImportContext,
  seen: ReadonlyMap<string, string>,
): Promise<FileVerdict> {
  if ('verdict' in checked) return { ok: false, ...checked.verdict };
  const { name } = checked;
  const duplicate = (earlier: string) =>
    skip(name, `is a duplicate: the same attempt as "${earlier}", already kept`);
  // A copy of an attempt kept by an earlier import: the kept copy is the one that counts.
  if ('knownAttempt' in checked) return duplicate(context.kept.get(checked.knownAttempt) ?? '');
  const { evidence } = checked;
  const attemptId = evidence.attemptId;
  if (!attemptId)
    return skip(name, 'has no attempt id, so a second copy of it could not be recognised');
  const earlier = seen.get(attemptId);
  if (earlier !== undefined) return duplicate(earlier);
  const { scenarioId, storyVersion } = evidence.result;
  const current = await context.scenario(scenarioId);
  if (!current) return skip(name, `is from a scenario this app does not have ("${scenarioId}")`);
  if (storyVersion !== current.version)
    return skip(
      name,
      `is from another version of "${current.title}" (the story has changed since it was played), so its choices cannot be compared with this version's`,
    );
  return { ok: true, name, evidence: { ...evidence, attemptId } };
}

/** Files read and summed at once: enough to keep Web Crypto busy, few enough to hold in memory. */
const BATCH = 64;

export interface ImportOutcome {
  readonly accepted: readonly AcceptedFile[];
  readonly skipped: readonly SkippedFile[];
}

/**
 * Check every file, in batches read and summed at once (the next one while
 * this one is decided), then decided in the
 * files' order (a duplicate within the import counts as a duplicate too, once
 * it passes the other checks). A copy of an attempt kept by an earlier import
 * is a duplicate before anything else is checked: the kept copy is the one
 * that counts.
 */
export async function checkResultFiles(
  files: Iterable<ResultFile>,
  context: ImportContext,
): Promise<ImportOutcome> {
  const accepted: AcceptedFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Map<string, string>();
  const list = [...files];
  const check = (from: number) => {
    const slice = list.slice(from, from + BATCH);
    return context.checkBatch
      ? context.checkBatch(slice)
      : Promise.all(slice.map((file) => checkFileAlone(file, context.kept, context.sha256)));
  };
  // The next batch is being checked while this one is decided.
  let next = check(0);
  for (let from = 0; from < list.length; from += BATCH) {
    const batch = await next;
    next = from + BATCH < list.length ? check(from + BATCH) : Promise.resolve([]);
    for (const checked of batch) {
      const verdict = await decide(checked, context, seen);
      if (verdict.ok) {
        accepted.push({ name: verdict.name, evidence: verdict.evidence });
        seen.set(verdict.evidence.attemptId, verdict.name);
      } else skipped.push({ name: verdict.name, reason: verdict.reason });
    }
  }
  return { accepted, skipped };
}
