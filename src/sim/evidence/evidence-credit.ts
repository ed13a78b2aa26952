/**
 * What each piece of an attempt's evidence credits: which syllabus marking
 * points or topics a decision, a log entry, an agreement or the reflection
 * shows. Only a sound decision, and what follows one, credits anything.
 */
import type { Agreement, Decision, LogEntry } from '../session/records.ts';
import type { Reflection } from '../scoring/reflection.ts';
import type { DimensionId } from '../scoring/rubric.ts';
import { characterOf, type ScenarioMeta } from '../story/scenario.ts';
import type { SimState } from '../session/sim-state.ts';
import { MISCONCEPTIONS, type SyllabusId } from '../scoring/syllabus.ts';

/**
 * What a scored dimension shows when the author tagged no syllabus point on
 * the decision: the nearest marking point or topic in the seeds.
 */
export const DIMENSION_EVIDENCE: Readonly<Record<DimensionId, SyllabusId>> = {
  listening: 'communication-techniques',
  ownership: 'complaint-handling',
  remedy: 'legislation',
  'follow-through': 'coordinated-accountability',
  escalation: 'escalation',
  'partner-communication': 'proactive-communication',
  investigation: 'pdca',
  compliance: 'legislation',
};

/** The decision a record follows: ids are shared and rising, so it is the last choice before it. */
function decisionBefore(state: SimState, id: number): Decision | undefined {
  return state.decisions.findLast((d) => d.transcriptId < id);
}

/**
 * Whether a decision was sound: nothing it scored was negative and it hit no
 * misconception. Only a sound decision credits the points tagged on it, and
 * only what follows a sound decision (a log entry, an agreement) credits anything.
 */
export function soundDecision(state: SimState, decision: Decision): boolean {
  return (
    decision.misconceptions.length === 0 &&
    !state.moments.some((m) => m.choice?.decision === decision.index && m.delta < 0)
  );
}

/** Why a decision was not sound, in the words its scores and misconceptions give. */
export function unsoundReasons(state: SimState, decision: Decision): string[] {
  return [
    ...state.moments
      .filter((m) => m.choice?.decision === decision.index && m.delta < 0)
      .map((m) => m.why),
    ...decision.misconceptions.map(
      (id) => `Misconception: ${MISCONCEPTIONS.find((m) => m.id === id)?.label ?? id}.`,
    ),
  ];
}

/** The decision a record follows is sound (a record made before any choice counts as sound). */
function followsSound(state: SimState, id: number): boolean {
  const decision = decisionBefore(state, id);
  return !decision || soundDecision(state, decision);
}

export function logEvidence(state: SimState, meta: ScenarioMeta, entry: LogEntry): SyllabusId[] {
  if (!followsSound(state, entry.id)) return [];
  const kind = characterOf(meta, entry.who)?.kind;
  // Contacting a partner is proactive communication; documenting needs a written agreement.
  const base: SyllabusId[] =
    kind === 'partner' || kind === 'department'
      ? ['proactive-communication']
      : ['complaint-handling'];
  return [...base, ...(decisionBefore(state, entry.id)?.evidence ?? [])];
}

export function agreementEvidence(state: SimState, agreement: Agreement): SyllabusId[] {
  if (!followsSound(state, agreement.id)) return [];
  const base: SyllabusId[] = agreement.written
    ? ['coordinated-accountability', 'documenting-agreements']
    : ['coordinated-accountability'];
  return [...base, ...(decisionBefore(state, agreement.id)?.evidence ?? [])];
}

export function reflectionEvidence(reflection: Reflection): SyllabusId[] {
  const planned = Object.values(reflection.pdca).some((t) => t.trim() !== '');
  return planned ? ['partnership-challenge', 'pdca'] : ['partnership-challenge'];
}
