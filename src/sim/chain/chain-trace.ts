/**
 * The learner's trace in a chain-mapping task, ready to show: each link they
 * named, numbered in the order they named it, with the link's name as the
 * chain map spells it. Pure data from the scenario's cast and the state, so
 * the play screen, the chain map and the report tell the same trace.
 */
import { FRONT_LINE_ID, linkName, stageOf } from './chain-links.ts';
import type { ChainTraceStep } from '../session/records.ts';
import { characterOf, type ScenarioMeta } from '../story/scenario.ts';
import type { SimState } from '../session/sim-state.ts';

export interface TracedLink {
  /** 1 for the first link traced, then 2, 3 … across the attempt. */
  readonly number: number;
  /** The decision (0-based, in the attempt) where the link was named. */
  readonly decision: number;
  readonly question: string;
  /** The character id of the link (`you` for Customer Service). */
  readonly who: string;
  /** The link's name: "Warehouse & Dispatch", "Pennine Freight", "Customer Service". */
  readonly name: string;
}

export interface ChainTaskView {
  /** The question the coming decision asks. */
  readonly question: string;
  /** Which step of the task this is: one more than the links traced so far. */
  readonly step: number;
  readonly trace: readonly TracedLink[];
}

/** Customer Service is the learner's own link, the front line. */
export const FRONT_LINE_NAME = 'Customer Service';

/**
 * A link's name in a trace. Departments and partners by their organisation, as
 * on the chain map; a colleague in the service team by their role, as on the
 * map, with the person, so it is not taken for the learner's own link.
 */
export function tracedLinkName(meta: ScenarioMeta, who: string): string {
  if (who === FRONT_LINE_ID) return FRONT_LINE_NAME;
  const character = characterOf(meta, who);
  // An unknown id is shown as itself, so a typo is visible, not blank.
  if (!character) return who;
  if (character.kind === 'colleague' && stageOf(character) === 'service-team')
    return `${linkName(character)} (${character.name})`;
  return linkName(character);
}

export function tracedLinks(meta: ScenarioMeta, trace: readonly ChainTraceStep[]): TracedLink[] {
  return trace.map((step, i) => ({
    number: i + 1,
    decision: step.decision,
    question: step.question,
    who: step.who,
    name: tracedLinkName(meta, step.who),
  }));
}

/** The chain-mapping task the coming decision belongs to, or null when it is an ordinary one. */
export function chainTaskView(meta: ScenarioMeta, state: SimState): ChainTaskView | null {
  if (state.pendingChainTask === null || state.ending) return null;
  const trace = tracedLinks(meta, state.chainTrace);
  return { question: state.pendingChainTask, step: trace.length + 1, trace };
}

/** "Warehouse & Dispatch → Pennine Freight", or '' for an empty trace. */
export const traceSentence = (trace: readonly TracedLink[]): string =>
  trace.map((link) => link.name).join(' → ');
