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
import {
  INITIAL_MOOD_CONTEXT,
  MOOD_GUARDS as IS,
  MOOD_UPDATES as DO,
  type MoodContext,
} from './customer-mood-rules.ts';

export { INITIAL_PATIENCE, type Escalation, type MoodContext } from './customer-mood-rules.ts';

export const customerMoodMachine = setup({
  types: {
    context: {} as MoodContext,
    events: {} as MoodEvent,
  },
  guards: {
    patienceExhausted: ({ context, event }) => IS.patienceExhausted(context, event),
    recoveryWasPromised: ({ context, event }) => IS.recoveryWasPromised(context, event),
    canBecomeAdvocate: ({ context, event }) => IS.canBecomeAdvocate(context, event),
    waitedTooLong: ({ context, event }) => IS.waitedTooLong(context, event),
  },
  actions: {
    soothe: assign(({ context, event }) => DO.soothe(context, event)),
    promiseRecovery: assign(({ context, event }) => DO.promiseRecovery(context, event)),
    deliverRecovery: assign(({ context, event }) => DO.deliverRecovery(context, event)),
    irritate: assign(({ context, event }) => DO.irritate(context, event)),
    recordFailure: assign(({ context, event }) => DO.recordFailure(context, event)),
    recordDoubleDeviation: assign(({ context, event }) => DO.recordDoubleDeviation(context, event)),
    addWait: assign(({ context, event }) => DO.addWait(context, event)),
    wearDown: assign(({ context, event }) => DO.wearDown(context, event)),
    escalateToManager: assign(({ context, event }) => DO.escalateToManager(context, event)),
    threatenToLeave: assign(({ context, event }) => DO.threatenToLeave(context, event)),
    threatenReview: assign(({ context, event }) => DO.threatenReview(context, event)),
    clearEscalation: assign(({ context, event }) => DO.clearEscalation(context, event)),
  },
}).createMachine({
  id: 'customerMood',
  initial: 'calm',
  context: INITIAL_MOOD_CONTEXT,
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
