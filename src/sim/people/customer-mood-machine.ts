/**
 * The customer-mood machine. A customer starts calm; failures, dismissive
 * handling and waiting move them down (concerned → frustrated → angry →
 * escalated → lost); listening, apology, a credible plan and a remedy move
 * them back up (reassured → satisfied). After a failure, a recovery that goes
 * beyond putting it right can leave them more loyal than before (advocate:
 * the service-recovery paradox) — but not after a double deviation, a second
 * failure once a recovery was promised, which hits far harder than the first.
 */
import { assign, setup } from 'xstate';
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

const clamp = (value: number) => Math.max(0, Math.min(MAX_PATIENCE, value));

export const customerMoodMachine = setup({
  types: {
    context: {} as MoodContext,
    events: {} as MoodEvent,
  },
  guards: {
    patienceExhausted: ({ context }) => context.patience <= 0,
    recoveryWasPromised: ({ context }) => context.recoveryPromised,
    canBecomeAdvocate: ({ context }) => context.failures > 0 && !context.doubleDeviation,
    waitedTooLong: ({ context, event }) =>
      event.type === 'wait' &&
      context.waited + event.minutes >= (context.patience + 1) * MINUTES_PER_PATIENCE,
  },
  actions: {
    soothe: assign({ patience: ({ context }) => clamp(context.patience + 1), waited: 0 }),
    promiseRecovery: assign({
      patience: ({ context }) => clamp(context.patience + 1),
      waited: 0,
      recoveryPromised: true,
    }),
    deliverRecovery: assign({
      patience: ({ context }) => clamp(context.patience + 2),
      waited: 0,
      recoveryPromised: false,
    }),
    irritate: assign({ patience: ({ context }) => clamp(context.patience - 2) }),
    recordFailure: assign({
      patience: ({ context }) => clamp(context.patience - 1),
      failures: ({ context }) => context.failures + 1,
    }),
    recordDoubleDeviation: assign({
      patience: ({ context }) => clamp(context.patience - 3),
      failures: ({ context }) => context.failures + 1,
      doubleDeviation: true,
      recoveryPromised: false,
    }),
    addWait: assign({
      waited: ({ context, event }) => context.waited + (event.type === 'wait' ? event.minutes : 0),
    }),
    wearDown: assign({ patience: ({ context }) => clamp(context.patience - 1), waited: 0 }),
    escalateToManager: assign({ escalation: 'asks for a manager' as Escalation }),
    threatenToLeave: assign({
      escalation: 'threatens to take their business elsewhere' as Escalation,
    }),
    threatenReview: assign({ escalation: 'says they will post a bad review' as Escalation }),
    clearEscalation: assign({ escalation: null }),
  },
}).createMachine({
  id: 'customerMood',
  initial: 'calm',
  context: {
    patience: INITIAL_PATIENCE,
    waited: 0,
    failures: 0,
    recoveryPromised: false,
    doubleDeviation: false,
    escalation: null,
  },
  // Satisfied customers are not waiting for anything, so time alone does not move them.
  on: {
    wait: {},
  },
  states: {
    calm: {
      always: { guard: 'patienceExhausted', target: 'escalated', actions: 'escalateToManager' },
      on: {
        listen: { actions: 'soothe' },
        apologise: { actions: 'soothe' },
        reassure: { target: 'reassured', actions: 'promiseRecovery' },
        resolve: { target: 'satisfied', actions: 'deliverRecovery' },
        exceed: { target: 'satisfied', actions: 'deliverRecovery' },
        'keep-promise': { actions: 'deliverRecovery' },
        dismiss: { target: 'concerned', actions: 'irritate' },
        'blame-partner': { target: 'concerned', actions: 'irritate' },
        fail: [
          { guard: 'recoveryWasPromised', target: 'angry', actions: 'recordDoubleDeviation' },
          { target: 'concerned', actions: 'recordFailure' },
        ],
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
        wait: [
          { guard: 'waitedTooLong', target: 'concerned', actions: 'wearDown' },
          { actions: 'addWait' },
        ],
      },
    },
    concerned: {
      always: { guard: 'patienceExhausted', target: 'escalated', actions: 'escalateToManager' },
      on: {
        listen: { actions: 'soothe' },
        apologise: { actions: 'soothe' },
        reassure: { target: 'reassured', actions: 'promiseRecovery' },
        resolve: { target: 'satisfied', actions: 'deliverRecovery' },
        exceed: [
          { guard: 'canBecomeAdvocate', target: 'advocate', actions: 'deliverRecovery' },
          { target: 'satisfied', actions: 'deliverRecovery' },
        ],
        'keep-promise': { target: 'reassured', actions: 'deliverRecovery' },
        dismiss: { target: 'frustrated', actions: 'irritate' },
        'blame-partner': { target: 'frustrated', actions: 'irritate' },
        fail: [
          { guard: 'recoveryWasPromised', target: 'angry', actions: 'recordDoubleDeviation' },
          { target: 'frustrated', actions: 'recordFailure' },
        ],
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
        wait: [
          { guard: 'waitedTooLong', target: 'frustrated', actions: 'wearDown' },
          { actions: 'addWait' },
        ],
      },
    },
    frustrated: {
      always: { guard: 'patienceExhausted', target: 'escalated', actions: 'escalateToManager' },
      on: {
        listen: { target: 'concerned', actions: 'soothe' },
        apologise: { target: 'concerned', actions: 'soothe' },
        reassure: { target: 'reassured', actions: 'promiseRecovery' },
        resolve: { target: 'satisfied', actions: 'deliverRecovery' },
        exceed: { target: 'satisfied', actions: 'deliverRecovery' },
        'keep-promise': { target: 'concerned', actions: 'deliverRecovery' },
        dismiss: { target: 'angry', actions: 'irritate' },
        'blame-partner': { target: 'angry', actions: 'irritate' },
        fail: [
          { guard: 'recoveryWasPromised', target: 'angry', actions: 'recordDoubleDeviation' },
          { target: 'angry', actions: 'recordFailure' },
        ],
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
        wait: [
          { guard: 'waitedTooLong', target: 'angry', actions: 'wearDown' },
          { actions: 'addWait' },
        ],
      },
    },
    angry: {
      always: { guard: 'patienceExhausted', target: 'escalated', actions: 'escalateToManager' },
      on: {
        listen: { target: 'frustrated', actions: 'soothe' },
        apologise: { target: 'frustrated', actions: 'soothe' },
        reassure: { target: 'concerned', actions: 'promiseRecovery' },
        resolve: { target: 'reassured', actions: 'deliverRecovery' },
        exceed: { target: 'reassured', actions: 'deliverRecovery' },
        'keep-promise': { target: 'frustrated', actions: 'deliverRecovery' },
        dismiss: { target: 'escalated', actions: ['irritate', 'threatenReview'] },
        'blame-partner': { target: 'escalated', actions: ['irritate', 'threatenReview'] },
        fail: [
          {
            guard: 'recoveryWasPromised',
            target: 'escalated',
            actions: ['recordDoubleDeviation', 'threatenToLeave'],
          },
          { target: 'escalated', actions: ['recordFailure', 'threatenToLeave'] },
        ],
        'break-promise': {
          target: 'escalated',
          actions: ['recordDoubleDeviation', 'threatenToLeave'],
        },
        wait: [
          {
            guard: 'waitedTooLong',
            target: 'escalated',
            actions: ['wearDown', 'escalateToManager'],
          },
          { actions: 'addWait' },
        ],
      },
    },
    escalated: {
      on: {
        listen: { actions: 'soothe' },
        apologise: { target: 'angry', actions: ['soothe', 'clearEscalation'] },
        reassure: { target: 'angry', actions: ['promiseRecovery', 'clearEscalation'] },
        resolve: { target: 'concerned', actions: ['deliverRecovery', 'clearEscalation'] },
        exceed: { target: 'concerned', actions: ['deliverRecovery', 'clearEscalation'] },
        'keep-promise': { target: 'angry', actions: ['deliverRecovery', 'clearEscalation'] },
        dismiss: { target: 'lost', actions: 'irritate' },
        'blame-partner': { target: 'lost', actions: 'irritate' },
        fail: { target: 'lost', actions: 'recordDoubleDeviation' },
        'break-promise': { target: 'lost', actions: 'recordDoubleDeviation' },
        wait: [
          { guard: 'waitedTooLong', target: 'lost', actions: 'wearDown' },
          { actions: 'addWait' },
        ],
      },
    },
    lost: { type: 'final' },
    reassured: {
      on: {
        listen: { actions: 'soothe' },
        apologise: { actions: 'soothe' },
        reassure: { actions: 'promiseRecovery' },
        resolve: { target: 'satisfied', actions: 'deliverRecovery' },
        exceed: [
          { guard: 'canBecomeAdvocate', target: 'advocate', actions: 'deliverRecovery' },
          { target: 'satisfied', actions: 'deliverRecovery' },
        ],
        'keep-promise': { target: 'satisfied', actions: 'deliverRecovery' },
        dismiss: { target: 'concerned', actions: 'irritate' },
        'blame-partner': { target: 'concerned', actions: 'irritate' },
        fail: { target: 'angry', actions: 'recordDoubleDeviation' },
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
        // A customer with a credible plan is not "waiting": the promise's deadline covers them.
        wait: {},
      },
    },
    satisfied: {
      on: {
        listen: { actions: 'soothe' },
        apologise: { actions: 'soothe' },
        reassure: { actions: 'soothe' },
        resolve: { actions: 'deliverRecovery' },
        exceed: [
          { guard: 'canBecomeAdvocate', target: 'advocate', actions: 'deliverRecovery' },
          { actions: 'deliverRecovery' },
        ],
        'keep-promise': { actions: 'deliverRecovery' },
        dismiss: { target: 'concerned', actions: 'irritate' },
        'blame-partner': { target: 'concerned', actions: 'irritate' },
        fail: [
          { guard: 'recoveryWasPromised', target: 'angry', actions: 'recordDoubleDeviation' },
          { target: 'concerned', actions: 'recordFailure' },
        ],
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
      },
    },
    advocate: {
      on: {
        dismiss: { target: 'satisfied', actions: 'irritate' },
        'blame-partner': { target: 'satisfied', actions: 'irritate' },
        fail: { target: 'concerned', actions: 'recordFailure' },
        'break-promise': { target: 'angry', actions: 'recordDoubleDeviation' },
      },
    },
  },
});
