/**
 * The partner-relationship machine, for suppliers, couriers, contact centres
 * and internal departments. Trust (0–100) moves with how the learner treats
 * the partner; guards on trust decide the stance: allied, cooperative,
 * strained or defensive. Formal partners (a contract with an SLA) can be held
 * to it; pressing an informal partner as if there were a contract backfires.
 */
import { assign, setup } from 'xstate';
import type { TrustEventName } from '../story/tags.ts';

export const STANCES = ['allied', 'cooperative', 'strained', 'defensive'] as const;
export type Stance = (typeof STANCES)[number];

export interface PartnerContext {
  readonly trust: number;
  readonly formal: boolean;
}

export type PartnerEvent = { type: TrustEventName };
export interface PartnerInput {
  readonly formal: boolean;
}

/** How far each event moves trust; the reasons are in docs/authoring.md. */
export const TRUST_EFFECTS: Readonly<Record<TrustEventName, number>> = {
  consult: 10,
  share: 10,
  'agree-written': 10,
  'agree-verbal': 0,
  support: 10,
  thank: 5,
  pressure: -5,
  blame: -20,
  bypass: -15,
  ignore: -10,
};
/** Invoking a contract that does not exist costs an informal partner more. */
const INFORMAL_PRESSURE = -15;
export const ALLIED_AT = 80;
export const COOPERATIVE_AT = 45;
export const STRAINED_AT = 25;

const clampTrust = (value: number) => Math.max(0, Math.min(100, value));

export const partnerRelationshipMachine = setup({
  types: {
    context: {} as PartnerContext,
    events: {} as PartnerEvent,
    input: {} as PartnerInput,
  },
  guards: {
    isAllied: ({ context }) => context.trust >= ALLIED_AT,
    isCooperative: ({ context }) => context.trust >= COOPERATIVE_AT && context.trust < ALLIED_AT,
    isStrained: ({ context }) => context.trust >= STRAINED_AT && context.trust < COOPERATIVE_AT,
  },
  actions: {
    applyTrust: assign({
      trust: ({ context, event }) =>
        clampTrust(
          context.trust +
            (event.type === 'pressure' && !context.formal
              ? INFORMAL_PRESSURE
              : TRUST_EFFECTS[event.type]),
        ),
    }),
  },
}).createMachine({
  id: 'partnerRelationship',
  context: ({ input }) => ({
    trust: 60,
    formal: input.formal,
  }),
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

export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  allied: 'allied: working with you as one team',
  cooperative: 'cooperative',
  strained: 'strained',
  defensive: 'defensive',
};
