/**
 * The recovery rubric's words: for each dimension its name, the principle
 * behind it and what strong and weak choices look like, with the justice
 * theory they sit under. Apart from the ids in rubric.ts so that playing a
 * scenario does not load them: the report and the class pages do.
 */
import type { DimensionId } from './rubric.ts';

/**
 * Justice theory (Tax, Brown & Chandrashekaran 1998): customers judge a
 * complaint by the fairness of the outcome, of the process, and of how they
 * were treated. The rubric's dimensions sit under these as DOMAIN.md §5 maps them.
 */
export const JUSTICE = {
  distributive: {
    name: 'Distributive justice',
    meaning: 'the fairness of the outcome: what the customer receives to put it right',
  },
  procedural: {
    name: 'Procedural justice',
    meaning:
      'the fairness of the process: how quickly, easily and flexibly it was put right, without being passed around',
  },
  interactional: {
    name: 'Interactional justice',
    meaning:
      'the fairness of the treatment: honesty, explanation, courtesy, effort and empathy along the way',
  },
} as const;
export type Justice = keyof typeof JUSTICE;

export interface RubricDimension {
  readonly id: DimensionId;
  readonly name: string;
  /** The kind of fairness this dimension is judged on, where justice theory places it. */
  readonly justice?: Justice;
  readonly definition: string;
  readonly principle: string;
  readonly strong: string;
  readonly weak: string;
}

export const RUBRIC: Readonly<Record<DimensionId, RubricDimension>> = {
  listening: {
    id: 'listening',
    name: 'Listening and empathy',
    justice: 'interactional',
    definition: 'Lets the person tell their story and acknowledges the impact on them.',
    principle:
      'People need to feel heard before they can hear a solution; acknowledging the impact lowers the temperature of the whole conversation.',
    strong: 'Lets the customer finish, summarises what they said and names the impact on them.',
    weak: 'Interrupts, jumps to policy or to a fix, or treats the problem as a transaction.',
  },
  ownership: {
    id: 'ownership',
    name: 'Ownership and apology',
    definition:
      'Takes ownership — "not our fault, but our problem" — with a sincere, timely apology.',
    principle:
      "The customer's contract is with us, whoever in the chain failed; blaming a partner in front of the customer makes the whole organisation look unreliable.",
    strong: 'Apologises specifically and early, and says "I will sort this out".',
    weak: 'Passes the blame to a supplier, courier or colleague, or apologises only "if" there was a problem.',
  },
  remedy: {
    id: 'remedy',
    name: 'Fair, proportionate remedy',
    justice: 'distributive',
    definition:
      "Matches the remedy to the kind and size of the failure and to the customer's legal rights.",
    principle:
      'A remedy should put the customer back where they should have been, and at least meet their statutory rights; compensation is no substitute for a process that works.',
    strong: 'Offers what the law and the situation call for, and asks what the customer needs.',
    weak: 'Offers less than their rights, or throws a voucher at the problem instead of fixing it.',
  },
  'follow-through': {
    id: 'follow-through',
    name: 'Speed and follow-through',
    justice: 'procedural',
    definition: 'Acts promptly, promises only what can be kept, calls back when promised.',
    principle:
      'A broken promise during a recovery is a second failure, and customers judge it more harshly than the first; closing the loop is what rebuilds trust.',
    strong: 'Gives a realistic time, keeps it, and confirms when the problem is closed.',
    weak: 'Promises what depends on others, misses a call-back, or leaves the customer to chase.',
  },
  escalation: {
    id: 'escalation',
    name: 'Escalation judgement',
    justice: 'procedural',
    definition:
      "Escalates what is outside one's authority, carries legal or safety risk, repeats, or breaches a partner's SLA — with a summary and a proposal.",
    principle:
      'Escalation is a tool for risk and authority, not a way to pass a problem on: fix what you are empowered to fix, and escalate early what you are not.',
    strong: 'Escalates promptly with the facts, the risk and a proposed action.',
    weak: 'Sits on a legal or repeat risk, or escalates what they could have solved themselves.',
  },
  'partner-communication': {
    id: 'partner-communication',
    name: 'Two-way partner communication',
    justice: 'interactional',
    definition:
      'Contacts partners proactively, seeks and acts on their feedback, shares information back, and agrees and records commitments.',
    principle:
      'Partnerships are kept up by communication both ways; an agreement that is not written down leaves no trail for accountability.',
    strong: "Asks for the partner's view, shares what was learned, confirms agreements in writing.",
    weak: 'Only issues instructions, decides without them, or relies on a phone call nobody recorded.',
  },
  investigation: {
    id: 'investigation',
    name: 'Investigating before blaming',
    definition:
      'Checks internal records and processes first, finds the root cause and improves the process (plan–do–check–act).',
    principle:
      'Many "partner" failures start inside the organisation; fixing the root cause stops the failure happening to the next customer.',
    strong: 'Checks our own records before contacting the partner, and agrees a process change.',
    weak: 'Assumes the partner is at fault, or fixes this case without asking why it happened.',
  },
  compliance: {
    id: 'compliance',
    name: 'Compliance',
    definition:
      'Applies consumer rights, data protection and equality duties correctly, and keeps records.',
    principle:
      'The Consumer Rights Act 2015, UK GDPR and the Equality Act 2010 set the floor of good service; records are how the organisation shows it met them.',
    strong: 'States rights accurately, meets legal time limits, and records what was done.',
    weak: 'Misstates rights, misses a legal deadline or leaves no record.',
  },
};

/**
 * The service-recovery paradox, told as the research tells it: a customer more
 * loyal after a well-handled failure than if nothing had gone wrong. Shown when
 * an ending leaves a customer an advocate, so no learner plans to fail.
 */
export const RECOVERY_PARADOX =
  "This ending shows the service-recovery paradox: a customer who thinks more of us after a failure put right well than if nothing had gone wrong. It is rare and fragile. Studies find it lifts satisfaction but not reliably loyalty or word of mouth (de Matos, Henrique and Rossi 2007), it is most likely after a first, minor failure outside the firm's control, and it vanishes after a second failure (Michel and Meuter 2008). A strong recovery limits the damage; it is never a reason to let things go wrong.";
