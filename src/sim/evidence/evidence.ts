/**
 * Portfolio evidence from one attempt, as a JSON document a learner keeps and
 * a tutor can import (schema-validated). Each piece — a decision, a
 * communication-log entry, an agreement, the reflection — names the syllabus
 * marking points or topics it evidences, because the seeds advise linking
 * every piece of evidence explicitly to what it demonstrates.
 */
import { z } from '../zod.ts';
import { whenLabel } from '../story/phrasing.ts';
import { reflectionSchema, type Reflection } from '../scoring/reflection.ts';
import { attemptIdOf, type Result } from './result.ts';
import { resultSchema } from './result-schema.ts';
import { DIMENSION_IDS } from '../scoring/rubric.ts';
import { characterName, type ScenarioMeta } from '../story/scenario.ts';
import { selfRatingSchema, type SelfRating } from '../scoring/self-rating.ts';
import type { SimState } from '../session/sim-state.ts';
import { MISCONCEPTIONS, SYLLABUS_POINTS, type SyllabusId } from '../scoring/syllabus.ts';
import { CHANNELS } from '../story/tags.ts';
import {
  agreementEvidence,
  DIMENSION_EVIDENCE,
  logEvidence,
  reflectionEvidence,
  soundDecision,
  unsoundReasons,
} from './evidence-credit.ts';

export const EVIDENCE_FORMAT = 'service-chain-evidence';
/**
 * 2: pieces credit only what the learner did soundly; `notYetEvidenced` lists the rest.
 * 3: the attempt's id, the learner's name when the app has one, and a SHA-256 of the
 * content (`sha256`, added by `seal` in integrity.ts) so a tutor's import catches damage.
 */
const EVIDENCE_VERSION = 3;

const SYLLABUS_IDS = SYLLABUS_POINTS.map((p) => p.id) as [SyllabusId, ...SyllabusId[]];

const syllabusRef = z.object({
  id: z.enum(SYLLABUS_IDS),
  kind: z.enum(['marking-point', 'topic']),
  label: z.string(),
});
const named = z.array(syllabusRef).min(1);
/** A log entry or agreement after an unsound choice evidences nothing, and says so by being empty. */
const credited = z.array(syllabusRef);
const when = { at: z.string(), minutes: z.number().int().min(0) };

export const evidenceExportSchema = z.object({
  format: z.literal(EVIDENCE_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(EVIDENCE_VERSION)]),
  exportedAt: z.string().datetime(),
  /** The attempt this file is from (version 3 on): two files with one id are one attempt. */
  attemptId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(120)
    .optional(),
  /** Who played, as the learner named themselves in the app; absent when they gave no name. */
  learner: z.object({ name: z.string().trim().min(1).max(200) }).optional(),
  /**
   * A random id kept on the learner's device, only in a file without a name,
   * so a tutor's page groups one unnamed learner's attempts (never who they are).
   */
  anonymousDevice: z
    .string()
    .regex(/^[a-z0-9-]{8,64}$/)
    .optional(),
  result: resultSchema,
  selfRating: selfRatingSchema.nullable(),
  /** The decisions that evidence something: tagged syllabus points or a scored dimension. */
  decisions: z.array(
    z.object({
      number: z.number().int().min(1),
      ...when,
      chosen: z.string(),
      scored: z.array(
        z.object({ dimension: z.enum(DIMENSION_IDS), delta: z.number(), why: z.string() }),
      ),
      misconceptions: z.array(z.string()),
      evidences: credited,
    }),
  ),
  communicationLog: z.array(
    z.object({
      ...when,
      who: z.string(),
      channel: z.enum(CHANNELS),
      summary: z.string(),
      evidences: credited,
    }),
  ),
  agreements: z.array(
    z.object({
      ...when,
      who: z.string(),
      what: z.string(),
      written: z.boolean(),
      evidences: credited,
    }),
  ),
  reflection: reflectionSchema.extend({ evidences: named }).nullable(),
  /** Each point evidenced, and by which pieces: what an assessor cross-references. */
  markingPoints: z.array(syllabusRef.extend({ evidencedBy: z.array(z.string()).min(1) })),
  /**
   * Points the scenario gave this learner a chance to show that no piece
   * evidences, each with the moments it was missed and why: what to work on.
   */
  notYetEvidenced: z
    .array(
      syllabusRef.extend({
        missed: z.array(z.object({ ref: z.string(), why: z.string() })).min(1),
      }),
    )
    .default([]),
  /** SHA-256 of the rest of the file (see integrity.ts): detects damage, not cheating. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export type EvidenceExport = z.infer<typeof evidenceExportSchema>;
type SyllabusRef = z.infer<typeof syllabusRef>;

function refs(ids: Iterable<SyllabusId>): SyllabusRef[] {
  return [...new Set(ids)].flatMap((id) => {
    const point = SYLLABUS_POINTS.find((p) => p.id === id);
    return point ? [{ id: point.id, kind: point.kind, label: point.label }] : [];
  });
}

export interface EvidenceSource {
  readonly result: Result;
  readonly state: SimState;
  readonly meta: ScenarioMeta;
  readonly selfRating: SelfRating | null;
  readonly reflection: Reflection | null;
  readonly exportedAt: string;
  /** The learner's name, when the app has one; left out of the file when empty. */
  readonly learnerName?: string | null;
  /** This device's anonymous id, put in the file only when there is no name. */
  readonly anonymousDevice?: string | null;
}

export function buildEvidence(source: EvidenceSource): EvidenceExport {
  const { state, meta } = source;
  const name = (who: string) => characterName(meta, who);
  const time = (minutes: number) => ({ at: whenLabel(minutes, meta.start), minutes });
  const decisions = state.decisions.flatMap((d) => {
    const scored = state.moments
      .filter((m) => m.choice?.decision === d.index)
      .map(({ dimension, delta, why }) => ({ dimension, delta, why }));
    const sound = soundDecision(state, d);
    // A dimension scored well shows its point; the points tagged on the decision need it sound.
    const evidences = refs([
      ...(sound ? d.evidence : []),
      ...scored.filter((m) => m.delta > 0).map((m) => DIMENSION_EVIDENCE[m.dimension]),
    ]);
    if (evidences.length === 0 && d.evidence.length === 0 && scored.length === 0) return [];
    const misconceptions = d.misconceptions.map(
      (id) => MISCONCEPTIONS.find((m) => m.id === id)?.label ?? id,
    );
    const chosen = d.options[d.chosen] ?? '';
    return [{ number: d.index + 1, ...time(d.at), chosen, scored, misconceptions, evidences }];
  });
  const communicationLog = state.log.map((entry) => ({
    ...time(entry.at),
    who: name(entry.who),
    channel: entry.channel,
    summary: entry.summary,
    evidences: refs(logEvidence(state, meta, entry)),
  }));
  const agreements = state.agreements.map((a) => ({
    ...time(a.at),
    who: name(a.who),
    what: a.what,
    written: a.written,
    evidences: refs(agreementEvidence(state, a)),
  }));
  const reflection = source.reflection
    ? { ...source.reflection, evidences: refs(reflectionEvidence(source.reflection)) }
    : null;
  const pieces = [
    ...decisions.map((d) => ({ ref: `decision ${d.number}`, evidences: d.evidences })),
    ...communicationLog.map((e, i) => ({
      ref: `communication log ${i + 1}`,
      evidences: e.evidences,
    })),
    ...agreements.map((a, i) => ({ ref: `agreement ${i + 1}`, evidences: a.evidences })),
    ...(reflection ? [{ ref: 'reflection', evidences: reflection.evidences }] : []),
  ];
  const markingPoints = refs(pieces.flatMap((p) => p.evidences.map((e) => e.id))).map((point) => ({
    ...point,
    evidencedBy: pieces.filter((p) => p.evidences.some((e) => e.id === point.id)).map((p) => p.ref),
  }));
  const credited = new Set(markingPoints.map((p) => p.id));
  const missed = new Map<SyllabusId, { ref: string; why: string }[]>();
  for (const d of state.decisions) {
    if (soundDecision(state, d)) continue;
    const why = unsoundReasons(state, d).join(' ');
    for (const id of d.evidence) {
      if (credited.has(id)) continue;
      missed.set(id, [...(missed.get(id) ?? []), { ref: `decision ${d.index + 1}`, why }]);
    }
  }
  const notYetEvidenced = refs(missed.keys()).map((point) => ({
    ...point,
    missed: missed.get(point.id) ?? [],
  }));
  const learnerName = source.learnerName?.trim();
  const result = source.result;
  return {
    format: EVIDENCE_FORMAT,
    version: EVIDENCE_VERSION,
    exportedAt: source.exportedAt,
    attemptId:
      result.attemptId ?? attemptIdOf(result.scenarioId, result.seed ?? 0, result.startedAt),
    ...(learnerName
      ? { learner: { name: learnerName } }
      : source.anonymousDevice
        ? { anonymousDevice: source.anonymousDevice }
        : {}),
    result,
    selfRating: source.selfRating,
    decisions,
    communicationLog,
    agreements,
    reflection,
    markingPoints,
    notYetEvidenced,
  };
}

/** A file name that sorts by scenario and date: service-chain-late-supplier-2025-06-09.json. */
export function evidenceFileName(result: Result): string {
  return `service-chain-${result.scenarioId}-${result.finishedAt.slice(0, 10)}.json`;
}

const GROUP_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  decision: ['Decision', 'Decisions'],
  agreement: ['Agreement', 'Agreements'],
  'communication log': ['Communication log', 'Communication log'],
};

/** "decision 2", "decision 9", "agreement 1" → "Decisions 2, 9 · Agreement 1", for reading. */
export function groupRefs(refs: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const ref of refs) {
    const match = /^(.*) (\d+)$/.exec(ref);
    const kind = match?.[1] ?? ref;
    groups.set(kind, [...(groups.get(kind) ?? []), ...(match?.[2] ? [match[2]] : [])]);
  }
  return [...groups]
    .map(([kind, numbers]) => {
      const [one, many] = GROUP_NAMES[kind] ?? [kind.charAt(0).toUpperCase() + kind.slice(1), ''];
      if (numbers.length === 0) return one;
      return `${numbers.length > 1 ? many : one} ${numbers.join(', ')}`;
    })
    .join(' · ');
}

export type EvidenceImport =
  | { readonly ok: true; readonly evidence: EvidenceExport }
  | { readonly ok: false; readonly error: string };

/** For a tutor importing a learner's file: says what is wrong instead of guessing. */
export function parseEvidence(text: string): EvidenceImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not JSON' };
  }
  const parsed = evidenceExportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, evidence: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'invalid evidence file',
  };
}
