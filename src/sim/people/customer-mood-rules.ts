/**
 * What the customer-mood machine's guards ask and what its actions change, as
 * plain functions of the context and the event. The machine in
 * customer-mood-machine.ts names them; the play screen runs them through the
 * machine's transition table (machine-table.ts) without loading XState.
 */
import type { MoodEvent } from './customer-mood.ts';

export type Escalation =
  | 'asks for a manager'
  | 'threatens to take their business elsewhere'
  | 'says they will post a bad review';

export interface MoodContext {
  /** 0–6: how much more poor handling the customer will take before escalating. */
  readonly patience: number;
  /** Minutes since the customer last had meaningful contact. */
  readonly waited: number;
  readonly failures: number;
  /** A recovery has been promised and not yet delivered. */
  readonly recoveryPromised: boolean;
  readonly doubleDeviation: boolean;
  readonly escalation: Escalation | null;
}

export const INITIAL_PATIENCE = 5;
const MAX_PATIENCE = 6;
/** Minutes a customer without a plan waits, per point of patience, before their mood slips. */
const MINUTES_PER_PATIENCE = 30;

export const INITIAL_MOOD_CONTEXT: MoodContext = {
  patience: INITIAL_PATIENCE,
  waited: 0,
  failures: 0,
  recoveryPromised: false,
  doubleDeviation: false,
  escalation: null,
};

const clamp = (value: number) => Math.max(0, Math.min(MAX_PATIENCE, value));

type Guard = (context: MoodContext, event: MoodEvent) => boolean;
type Update = (context: MoodContext, event: MoodEvent) => Partial<MoodContext>;
/** Keeps each table's names as its type, with every entry taking the context and the event. */
const named =
  <T>() =>
  <K extends string>(entries: Record<K, T>): Readonly<Record<K, T>> =>
    entries;

export const MOOD_GUARDS = named<Guard>()({
  patienceExhausted: (context) => context.patience <= 0,
  recoveryWasPromised: (context) => context.recoveryPromised,
  canBecomeAdvocate: (context) => context.failures > 0 && !context.doubleDeviation,
  waitedTooLong: (context, event) =>
    event.type === 'wait' &&
    context.waited + event.minutes >= (context.patience + 1) * MINUTES_PER_PATIENCE,
});

export const MOOD_UPDATES = named<Update>()({
  soothe: (context) => ({ patience: clamp(context.patience + 1), waited: 0 }),
  promiseRecovery: (context) => ({
    patience: clamp(context.patience + 1),
    waited: 0,
    recoveryPromised: true,
  }),
  deliverRecovery: (context) => ({
    patience: clamp(context.patience + 2),
    waited: 0,
    recoveryPromised: false,
  }),
  irritate: (context) => ({ patience: clamp(context.patience - 2) }),
  recordFailure: (context) => ({
    patience: clamp(context.patience - 1),
    failures: context.failures + 1,
  }),
  recordDoubleDeviation: (context) => ({
    patience: clamp(context.patience - 3),
    failures: context.failures + 1,
    doubleDeviation: true,
    recoveryPromised: false,
  }),
  addWait: (context, event) => ({
    waited: context.waited + (event.type === 'wait' ? event.minutes : 0),
  }),
  wearDown: (context) => ({ patience: clamp(context.patience - 1), waited: 0 }),
  escalateToManager: () => ({ escalation: 'asks for a manager' }),
  threatenToLeave: () => ({ escalation: 'threatens to take their business elsewhere' }),
  threatenReview: () => ({ escalation: 'says they will post a bad review' }),
  clearEscalation: () => ({ escalation: null }),
});
