/**
 * The guided reflection kept with an attempt: the six stages of Gibbs'
 * reflective cycle and a short plan–do–check–act action plan. Assessors on
 * Level 3/4 courses look for a reflective account of a challenge and the
 * steps taken (seeds: examiner marking points), so the description starts
 * from a few sentences about what the learner actually did, which they
 * finish and edit into their own words.
 */
import { z } from '../zod.ts';
import { firstPerson, whenLabel } from '../story/phrasing.ts';
import type { DimensionScore } from './scoring.ts';
import { BAND_LABELS } from './rubric.ts';
import { RUBRIC } from './rubric-texts.ts';
import type { ScenarioMeta } from '../story/scenario.ts';
import type { Decision, ScoredMoment } from '../session/records.ts';
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
    prompt:
      'What happened? Finish these sentences in your own words, and change anything you like.',
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

/** A choice quoted in the scaffold is cut, at a word, past this many characters. */
const QUOTE_MAX = 110;

/** A sentence that ends as one: a full stop added unless it ends with its own stop or question. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A long choice cut at a word, its closing quotation mark kept, so the scaffold stays short. */
function shortened(choice: string): string {
  if (choice.length <= QUOTE_MAX) return choice;
  const cut = choice.slice(0, QUOTE_MAX).replace(/[\s,;:–—-]+\S*$/, '');
  return /^\s*["“]/.test(choice) ? `${cut}…”` : `${cut}…`;
}

/** What the learner did at a decision, as a clause: "I chose to ring Graham", "I said: “…”". */
const did = (choice: string) => firstPerson(shortened(choice)).replace(/\.$/, '');

/** The decision whose choice moved the scores most (the earliest of equals), or null before any. */
function keyDecision(state: SimState): Decision | null {
  const weight = (decision: Decision) =>
    state.moments
      .filter((moment) => moment.choice?.decision === decision.index)
      .reduce((sum, moment) => sum + Math.abs(moment.delta), 0);
  return state.decisions.reduce<Decision | null>(
    (best, decision) => (best === null || weight(decision) > weight(best) ? decision : best),
    null,
  );
}

const BAND_ORDER = ['not-yet', 'developing', 'secure', 'strong'] as const;
const bandRank = (score: DimensionScore) => (score.band ? BAND_ORDER.indexOf(score.band) : -1);

/**
 * The moment of a dimension that a choice made, the highest (or lowest)
 * scoring, at a decision other than `except` (one the scaffold already names).
 */
function telling(score: DimensionScore, highest: boolean, except?: number): ScoredMoment | null {
  const chosen = score.moments.filter(
    (moment) => moment.choice !== null && moment.choice.decision !== except,
  );
  const sorted = chosen.toSorted((a, b) => (highest ? b.delta - a.delta : a.delta - b.delta));
  const moment = sorted[0];
  return moment && (highest ? moment.delta > 0 : moment.delta < 0) ? moment : null;
}

/**
 * A short start to the description, in the first person, for the learner to
 * finish in their own words: the scenario, the decision that weighed most,
 * how it ended, one strength and one thing to do differently (the weakest
 * principle, with a chance passed over or a choice that cost marks). The
 * full record of what happened is in the report above it, so it is not
 * repeated here: a long account is one a learner cannot make their own.
 */
export function describeAttempt(
  state: SimState,
  meta: ScenarioMeta,
  scores: readonly DimensionScore[],
): string {
  const at = (minutes: number) => whenLabel(minutes, meta.start);
  const lines = [`In “${meta.title}” I was the Customer Service Coordinator at Northway Home.`];
  const key = keyDecision(state);
  const keyChoice = key?.options[key.chosen];
  if (key && keyChoice !== undefined)
    lines.push(
      sentence(`The decision that mattered most came at ${at(key.at)}, when ${did(keyChoice)}`),
    );
  if (state.ending) lines.push(`It ended: ${sentence(state.ending.title)}`);

  const evidenced = scores.filter((score) => score.band !== null);
  const best = evidenced
    .filter((score) => bandRank(score) > 0)
    .toSorted((a, b) => bandRank(b) - bandRank(a) || b.score - a.score)[0];
  if (best?.band) {
    const moment = telling(best, true, key?.index);
    const example = moment?.choice
      ? ` ${sentence(`For example, at ${at(moment.at)} ${did(moment.choice.text)}`)}`
      : '';
    const heading = bandRank(best) > 1 ? 'What went well' : 'What went best';
    lines.push(
      `${heading}: ${RUBRIC[best.dimension].name}, rated ${BAND_LABELS[best.band]}.${example}`,
    );
  } else lines.push('What went well: …');

  // The weakest principle, and among equals the one with a chance passed over or marks lost.
  const weakest = evidenced
    .filter((score) => score !== best)
    .map((score) => ({ score, passed: score.missed[0], lost: telling(score, false) }))
    .toSorted(
      (a, b) =>
        bandRank(a.score) - bandRank(b.score) ||
        Number(Boolean(b.passed ?? b.lost)) - Number(Boolean(a.passed ?? a.lost)),
    )[0];
  const band = weakest?.score.band;
  if (weakest && band && (band !== 'strong' || weakest.passed || weakest.lost)) {
    const { score, passed, lost } = weakest;
    const example = passed
      ? ` ${sentence(`At ${at(passed.at)} ${did(passed.chose)}, which passed over a chance to show it`)}`
      : lost?.choice
        ? ` ${sentence(`At ${at(lost.at)} ${did(lost.choice.text)}, which cost marks`)}`
        : '';
    const area = bandRank(score) > 1 ? 'least strong' : 'weakest';
    lines.push(
      `What I would do differently: ${RUBRIC[score.dimension].name} was my ${area} area, rated ${BAND_LABELS[band]}.${example}`,
    );
  }
  lines.push('Next time I would …');
  return lines.join('\n');
}

/** A reflection to start from: the description pre-filled, everything else the learner's. */
export function startReflection(
  state: SimState,
  meta: ScenarioMeta,
  scores: readonly DimensionScore[],
  now: string,
): Reflection {
  return { ...emptyReflection(now), description: describeAttempt(state, meta, scores) };
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
