/**
 * The partner-relationship machine: trust moves with every event, then the
 * transient `judging` state picks the stance from it. Its guards and action
 * are the plain rules in partner-relationship.ts.
 */
import { assign, setup } from 'xstate';
import {
  initialPartnerContext,
  PARTNER_GUARDS,
  PARTNER_UPDATES,
  type PartnerContext,
  type PartnerEvent,
  type PartnerInput,
} from './partner-relationship.ts';

export const partnerRelationshipMachine = setup({
  types: {
    context: {} as PartnerContext,
    events: {} as PartnerEvent,
    input: {} as PartnerInput,
  },
  guards: {
    isAllied: ({ context }) => PARTNER_GUARDS.isAllied(context),
    isCooperative: ({ context }) => PARTNER_GUARDS.isCooperative(context),
    isStrained: ({ context }) => PARTNER_GUARDS.isStrained(context),
  },
  actions: {
    applyTrust: assign(({ context, event }) => PARTNER_UPDATES.applyTrust(context, event)),
  },
}).createMachine({
  id: 'partnerRelationship',
  context: ({ input }) => initialPartnerContext(input),
  initial: 'cooperative',
  on: {
    consult: { actions: 'applyTrust', target: '.judging' },
    share: { actions: 'applyTrust', target: '.judging' },
    'agree-written': { actions: 'applyTrust', target: '.judging' },
    'agree-verbal': { actions: 'applyTrust', target: '.judging' },
    support: { actions: 'applyTrust', target: '.judging' },
    thank: { actions: 'applyTrust', target: '.judging' },
    pressure: { actions: 'applyTrust', target: '.judging' },
    blame: { actions: 'applyTrust', target: '.judging' },
    bypass: { actions: 'applyTrust', target: '.judging' },
    ignore: { actions: 'applyTrust', target: '.judging' },
  },
  states: {
    /** A transient state: trust has just moved, and the guards pick the stance. */
    judging: {
      always: [
        { guard: 'isAllied', target: 'allied' },
        { guard: 'isCooperative', target: 'cooperative' },
        { guard: 'isStrained', target: 'strained' },
        { target: 'defensive' },
      ],
    },
    allied: {},
    cooperative: {},
    strained: {},
    defensive: {},
  },
});
