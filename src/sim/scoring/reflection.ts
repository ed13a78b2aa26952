/**
 * The guided reflection kept with an attempt: the six stages of Gibbs'
 * reflective cycle and a short plan–do–check–act action plan. Assessors on
 * Level 3/4 courses look for a reflective account of a challenge and the
 * steps taken (seeds: examiner marking points), so the description starts
 * from what the learner actually did, taken from the transcript, and they
 * edit it into their own words.
 */
import { z } from 'zod';
import { firstPerson, whenLabel } from '../story/phrasing.ts';
import type { DimensionScore } from './scoring.ts';
import { characterName, type ScenarioMeta } from '../story/scenario.ts';
import type { SimState } from '../session/sim-state.ts';

const REFLECTION_VERSION = 1;
const text = z.string().max(20_000);

export const reflectionSchema = z.object({
  version: z.literal(REFLECTION_VERSION),
  description: text,
  feelings: text,
  evaluation: text,
  analysis: text,
  conclusion: text,
  actionPlan: text,
  pdca: z.object({ plan: text, do: text, check: text, act: text }),
  updatedAt: z.string().datetime(),
});

export type Reflection = z.infer<typeof reflectionSchema>;
export type GibbsStageId = Exclude<keyof Reflection, 'version' | 'pdca' | 'updatedAt'>;
export type PdcaStepId = keyof Reflection['pdca'];

export interface Prompt<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly prompt: string;
}

/** Gibbs (1988), in order; the prompts are the questions each stage asks. */
export const GIBBS_STAGES: readonly Prompt<GibbsStageId>[] = [
  {
    id: 'description',
    label: 'Description',
    prompt: 'What happened? Edit this account of what you did so it reads in your own words.',
  },
  {
    id: 'feelings',
    label: 'Feelings',
    prompt:
      'What were you thinking and feeling at the time, and how do you think the customer and partners felt?',
  },
  {
    id: 'evaluation',
    label: 'Evaluation',
    prompt: 'What went well and what went badly, for the customer and for the partnership?',
  },
  {
    id: 'analysis',
    label: 'Analysis',
    prompt: 'Why did it go that way? Use the principles below to explain what made the difference.',
  },
  {
    id: 'conclusion',
    label: 'Conclusion',
    prompt:
      'What else could you have done, and what have you learned about working across the service chain?',
  },
  {
    id: 'actionPlan',
    label: 'Action plan',
    prompt: 'If this happened again at work, what would you do, and what will you practise first?',
  },
];

export const PDCA_STEPS: readonly Prompt<PdcaStepId>[] = [
  {
    id: 'plan',
    label: 'Plan',
    prompt: 'One change to how you or your team works, and the result you expect.',
  },
  {
    id: 'do',
    label: 'Do',
    prompt: 'Where and when you will try it, and with whom (which partner or department).',
  },
  {
    id: 'check',
    label: 'Check',
    prompt: 'How you will know it worked: feedback, a KPI or SLA measure, a call-back kept.',
  },
  {
    id: 'act',
    label: 'Act',
    prompt: 'What you will make standard, or adjust, once you have checked.',
  },
];

export function emptyReflection(now: string): Reflection {
  return {
    version: REFLECTION_VERSION,
    description: '',
    feelings: '',
    evaluation: '',
    analysis: '',
    conclusion: '',
    actionPlan: '',
    pdca: { plan: '', do: '', check: '', act: '' },
    updatedAt: now,
  };
}

/** A first-person account of the attempt from its transcript and records, for the learner to edit. */
export function describeAttempt(state: SimState, meta: ScenarioMeta): string {
  const name = (id: string | null) => (id === null ? 'someone' : characterName(meta, id));
  const lines = [
    `Scenario: ${meta.title}. ${meta.summary}`,
    'As the Customer Service Coordinator at Northway Home, this is what I did:',
  ];
  for (const entry of state.transcript) {
    if (entry.kind === 'choice')
      lines.push(`- ${whenLabel(entry.at, meta.start)}: ${firstPerson(entry.text)}`);
    if (entry.kind === 'event') lines.push(`- ${whenLabel(entry.at, meta.start)}: ${entry.text}`);
  }
  if (state.log.length > 0) {
    lines.push('Who I contacted:');
    for (const entry of state.log)
      lines.push(`- ${name(entry.who)} (${entry.channel}): ${entry.summary}`);
  }
  if (state.agreements.length > 0) {
    lines.push('What we agreed:');
    for (const a of state.agreements)
      lines.push(`- With ${name(a.who)}, ${a.written ? 'in writing' : 'verbally only'}: ${a.what}`);
  }
  if (state.ending) lines.push(`How it ended: ${state.ending.title}. ${state.ending.meaning}`);
  return lines.join('\n');
}

/** A reflection to start from: the description pre-filled, everything else the learner's. */
export function startReflection(state: SimState, meta: ScenarioMeta, now: string): Reflection {
  return { ...emptyReflection(now), description: describeAttempt(state, meta) };
}

/** The principles to analyse against: weakest evidenced dimensions first, as they teach most. */
export function principlesToAnalyse(scores: readonly DimensionScore[]): DimensionScore[] {
  const order = ['not-yet', 'developing', 'secure', 'strong'];
  return scores
    .filter((s) => s.band !== null)
    .toSorted((a, b) => order.indexOf(a.band ?? '') - order.indexOf(b.band ?? ''));
}

/** True when the learner has written nothing of their own beyond the pre-filled description. */
export function isUntouched(reflection: Reflection, prefilled: string): boolean {
  const own = [
    reflection.feelings,
    reflection.evaluation,
    reflection.analysis,
    reflection.conclusion,
    reflection.actionPlan,
    ...Object.values(reflection.pdca),
  ];
  return reflection.description === prefilled && own.every((t) => t.trim() === '');
}

export function parseReflection(raw: unknown): Reflection | null {
  const parsed = reflectionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Who wrote a reflection and on what, for the top of its download. */
export interface ReflectionHeading {
  readonly scenario: string;
  /** Null when the learner gave no name. */
  readonly learner: string | null;
  /** The day of the attempt, already written for people ("2 December 2026"). */
  readonly date: string;
}

/** The reflection as a plain-text file: who, what and when first, then each stage under its name. */
export function reflectionText(reflection: Reflection, heading: ReflectionHeading): string {
  const part = (label: string, text: string) => `${label}\n${text.trim() || '(not written)'}\n`;
  return [
    `Reflection: ${heading.scenario}`,
    `Learner: ${heading.learner ?? '(no name given)'}`,
    `Date of the attempt: ${heading.date}`,
    '',
    ...GIBBS_STAGES.map((stage) => part(stage.label, reflection[stage.id])),
    ...PDCA_STEPS.map((step) => part(`Action plan, ${step.label}`, reflection.pdca[step.id])),
  ].join('\n');
}
