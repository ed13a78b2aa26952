/** The records a session keeps: what a learner reads back in the transcript and the report. */
import type { DimensionId } from '../scoring/rubric.ts';
import type { MisconceptionId, SyllabusId } from '../scoring/syllabus.ts';
import type { Channel, Outcome } from '../story/tags.ts';

export interface TranscriptEntry {
  readonly id: number;
  /** speech: a character; narration: what the learner sees; choice: the learner; event: the simulation. */
  readonly kind: 'speech' | 'narration' | 'choice' | 'event';
  readonly speaker: string | null;
  readonly text: string;
  /** In-scenario minutes since the start. */
  readonly at: number;
}

/** The learner's most recent choice, which the scored moments that follow belong to. */
export interface ChoiceRef {
  readonly decision: number;
  readonly text: string;
  readonly transcriptId: number;
}

export interface ScoredMoment {
  readonly id: number;
  readonly dimension: DimensionId;
  readonly delta: number;
  readonly why: string;
  /** Null when the simulation scored it (e.g. a deadline passed) before any choice. */
  readonly choice: ChoiceRef | null;
  readonly at: number;
}

export interface Decision {
  readonly index: number;
  readonly options: readonly string[];
  readonly chosen: number;
  readonly evidence: readonly SyllabusId[];
  readonly transcriptId: number;
  readonly misconceptions: readonly MisconceptionId[];
  readonly at: number;
  /** Set when the decision was a step of a chain-mapping task: the question asked. */
  readonly chainTask?: string;
}

/** One link the learner traced in a chain-mapping task. */
export interface ChainTraceStep {
  readonly decision: number;
  readonly question: string;
  /** The character id of the link chosen (`you` for Customer Service). */
  readonly who: string;
}

export interface LogEntry {
  readonly id: number;
  readonly who: string;
  readonly channel: Channel;
  readonly summary: string;
  readonly at: number;
}

export interface Agreement {
  readonly id: number;
  readonly who: string;
  readonly written: boolean;
  readonly what: string;
  readonly at: number;
}

export interface PromiseRecord {
  readonly id: string;
  readonly to: string;
  readonly what: string;
  readonly madeAt: number;
  readonly dueAt: number;
  /** `withdrawn`: taken back before it fell due, and the person told (`# withdrawn:`). */
  readonly status: 'open' | 'kept' | 'broken' | 'withdrawn';
  /** What was first promised, when the story revised it before it fell due (`# revised:`). */
  readonly revised?: { readonly what: string; readonly dueAt: number };
}

/** A partner's key performance indicator as last read in the scenario. */
export interface KpiReading {
  readonly who: string;
  readonly label: string;
  readonly value: number;
  readonly target: number;
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  readonly at: number;
}

export interface SlaRecord {
  readonly id: string;
  readonly partner: string;
  readonly what: string;
  readonly startedAt: number;
  readonly dueAt: number;
  readonly status: 'running' | 'met' | 'breached';
}

export interface Ending {
  readonly outcome: Outcome;
  readonly title: string;
  readonly meaning: string;
}

/** One point on the mood and trust curves: everyone's state after a decision. */
export interface HistoryPoint {
  readonly decision: number;
  readonly at: number;
  readonly people: Readonly<Record<string, { readonly state: string; readonly level: number }>>;
}
