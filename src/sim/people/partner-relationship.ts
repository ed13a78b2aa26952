/**
 * The partner-relationship machine, for suppliers, couriers, contact centres
 * and internal departments. Trust (0–100) moves with how the learner treats
 * the partner; guards on trust decide the stance: allied, cooperative,
 * strained or defensive. Formal partners (a contract with an SLA) can be held
 * to it; pressing an informal partner as if there were a contract backfires.
 * The machine that names these rules is in partner-relationship-machine.ts.
 */
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

export const initialPartnerContext = (input: PartnerInput): PartnerContext => ({
  trust: 60,
  formal: input.formal,
});

export const PARTNER_GUARDS: Readonly<
  Record<'isAllied' | 'isCooperative' | 'isStrained', (context: PartnerContext) => boolean>
> = {
  isAllied: (context) => context.trust >= ALLIED_AT,
  isCooperative: (context) => context.trust >= COOPERATIVE_AT && context.trust < ALLIED_AT,
  isStrained: (context) => context.trust >= STRAINED_AT && context.trust < COOPERATIVE_AT,
};

export const PARTNER_UPDATES: Readonly<
  Record<'applyTrust', (context: PartnerContext, event: PartnerEvent) => Partial<PartnerContext>>
> = {
  applyTrust: (context, event) => ({
    trust: clampTrust(
      context.trust +
        (event.type === 'pressure' && !context.formal
          ? INFORMAL_PRESSURE
          : TRUST_EFFECTS[event.type]),
    ),
  }),
};

export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  allied: 'allied: working with you as one team',
  cooperative: 'cooperative',
  strained: 'strained',
  defensive: 'defensive',
};
