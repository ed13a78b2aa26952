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
import { checkSeal, webSha256, type Sha256 } from '../evidence/integrity.ts';

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

/** Check one file against what is kept; `seen` holds attempts accepted earlier in this import. */
async function checkResultFile(
  file: ResultFile,
  context: ImportContext,
  seen: ReadonlyMap<string, string> = new Map(),
): Promise<FileVerdict> {
  const { name } = file;
  if (file.size > MAX_RESULT_FILE_BYTES)
    return skip(
      name,
      `too large to be a result file (${megabytes(file.size)}; the limit is ${megabytes(MAX_RESULT_FILE_BYTES)})`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch {
    return skip(name, 'could not be read');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return skip(
      name,
      /^\s*[[{]/.test(text)
        ? 'is broken JSON (cut short or edited by hand), so it cannot be read'
        : 'is not a JSON file, so it is not a Service Chain result',
    );
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return skip(name, 'is JSON but not a Service Chain result file');
  const document = raw as Record<string, unknown>;
  if (document['format'] !== EVIDENCE_FORMAT)
    return skip(name, 'is JSON but not a Service Chain result file');
  const seal = await checkSeal(document, context.sha256 ?? webSha256);
  if (seal === 'unsealed')
    return skip(
      name,
      'was exported by an older version of the game, without a checksum, so damage to it could not be detected; ask the learner to export it again',
    );
  if (seal === 'damaged')
    return skip(
      name,
      'is damaged: its content no longer matches the checksum it was exported with (changed after export)',
    );
  const parsed = evidenceExportSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'file';
    return skip(name, `is not a valid result file (${where}: ${issue?.message ?? 'invalid'})`);
  }
  const evidence = parsed.data;
  const attemptId = evidence.attemptId;
  if (!attemptId)
    return skip(name, 'has no attempt id, so a second copy of it could not be recognised');
  const { scenarioId, storyVersion } = evidence.result;
  const current = await context.scenario(scenarioId);
  if (!current) return skip(name, `is from a scenario this app does not have ("${scenarioId}")`);
  if (storyVersion !== current.version)
    return skip(
      name,
      `is from another version of "${current.title}" (the story has changed since it was played), so its choices cannot be compared with this version's`,
    );
  const earlier = seen.get(attemptId) ?? context.kept.get(attemptId);
  if (earlier !== undefined)
    return skip(name, `is a duplicate: the same attempt as "${earlier}", already kept`);
  return { ok: true, name, evidence: { ...evidence, attemptId } };
}

export interface ImportOutcome {
  readonly accepted: readonly AcceptedFile[];
  readonly skipped: readonly SkippedFile[];
}

/** Check every file in turn (a duplicate within the batch counts as a duplicate too). */
export async function checkResultFiles(
  files: Iterable<ResultFile>,
  context: ImportContext,
): Promise<ImportOutcome> {
  const accepted: AcceptedFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const verdict = await checkResultFile(file, context, seen);
    if (verdict.ok) {
      accepted.push({ name: verdict.name, evidence: verdict.evidence });
      seen.set(verdict.evidence.attemptId, verdict.name);
    } else skipped.push({ name: verdict.name, reason: verdict.reason });
  }
  return { accepted, skipped };
}
