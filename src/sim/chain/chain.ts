/**
 * The service chain as a map: who is in it, which side of Northway they sit
 * on, how they are bound (contract or goodwill), how each link is doing now,
 * and every contact the learner has had with it. Pure data built from the
 * scenario's cast and the live state, so the map always matches the story.
 */
import { clockLabel, deadlineStatus, type ClockStart } from '../story/clock.ts';
import { feelingWords, stanceOf } from '../people/people.ts';
import { STANCE_WORDS } from '../people/partner-relationship.ts';
import { characterOf, type Character, type ScenarioMeta } from '../story/scenario.ts';
import type { SimState } from '../session/sim-state.ts';
import type { LinkStatus } from '../story/tags.ts';
import {
  chainLinks,
  FRONT_LINE_ID,
  linkName,
  STAGE_ORDER,
  stageOf,
  touchpointsOf,
  type ChainLink,
  type Touchpoint,
} from './chain-links.ts';
import { tracedLinks, type TracedLink } from './chain-trace.ts';

export { FRONT_LINE_ID, type ChainLink, type Touchpoint } from './chain-links.ts';

export type ChainSide = 'customer' | 'front-line' | 'internal' | 'external';

const SIDES: readonly ChainSide[] = ['customer', 'front-line', 'internal', 'external'];

export const SIDE_WORDS: Readonly<Record<ChainSide, string>> = {
  customer: 'Customer',
  'front-line': 'Front line',
  internal: 'Internal department',
  external: 'External partner',
};

export type ChainRelationship =
  | { readonly kind: 'formal'; readonly agreement: string }
  | { readonly kind: 'informal'; readonly agreement: string }
  | { readonly kind: 'none'; readonly note: string };

export type ChainFeeling =
  | { readonly kind: 'mood'; readonly words: string }
  | { readonly kind: 'trust'; readonly trust: number; readonly words: string };

export interface ChainContact {
  readonly at: number;
  readonly time: string;
  /** "phone", "email", … for a logged contact; "agreement (written)" and the like otherwise. */
  readonly channel: string;
  readonly summary: string;
  /** The other party's name: set only on the front line's log, which holds everyone's. */
  readonly with?: string;
}

export interface ChainNode {
  readonly id: string;
  /** The link: an organisation, a department, or the customer's own name. */
  readonly name: string;
  readonly owner: { readonly name: string; readonly role: string };
  readonly side: ChainSide;
  readonly relationship: ChainRelationship;
  readonly status: LinkStatus;
  readonly feeling: ChainFeeling | null;
  readonly contacts: readonly ChainContact[];
}

export interface ServiceChain {
  readonly title: string;
  /** Scenario time the map was drawn at, e.g. "Mon 09:03". */
  readonly now: string;
  readonly nodes: readonly ChainNode[];
  readonly links: readonly ChainLink[];
  readonly touchpoints: readonly (Touchpoint & { readonly status: LinkStatus })[];
  /** The links at risk or breached: where the chain is failing now. */
  readonly failing: readonly string[];
  /** The links the learner traced in chain-mapping tasks, numbered in order. */
  readonly trace: readonly TracedLink[];
}

const STATUS_RANK: Readonly<Record<LinkStatus, number>> = {
  'on-track': 0,
  'at-risk': 1,
  breached: 2,
};

const worstStatus = (statuses: readonly LinkStatus[]): LinkStatus =>
  statuses.reduce<LinkStatus>((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a), 'on-track');

function sideOf(character: Character): ChainSide {
  if (character.kind === 'customer') return 'customer';
  if (character.kind === 'partner') return 'external';
  if (character.kind === 'department') return 'internal';
  // Colleagues in the customer service team stand beside the learner; others are departments.
  return stageOf(character) === 'service-team' ? 'front-line' : 'internal';
}

function relationshipOf(character: Character): ChainRelationship {
  if (character.relationship) {
    const { formal, agreement } = character.relationship;
    return { kind: formal ? 'formal' : 'informal', agreement };
  }
  if (character.kind === 'customer') return { kind: 'none', note: 'Customer of Northway Home' };
  if (character.kind === 'colleague')
    return { kind: 'none', note: 'Colleague at Northway Home: line management, not a partnership' };
  // Matches the relationship machine's default: partners contract, departments cooperate.
  return character.kind === 'partner'
    ? { kind: 'formal', agreement: 'Contract in place; its terms are not recorded here' }
    : { kind: 'informal', agreement: 'No agreed service standard recorded' };
}

function contactsWith(
  state: SimState,
  who: string,
  start: ClockStart | undefined,
  names?: Map<string, string>,
): ChainContact[] {
  const mine = (id: string) => names !== undefined || id === who;
  const withName = (id: string) => (names ? { with: names.get(id) ?? id } : {});
  const entries: (ChainContact & { order: number })[] = [
    ...state.log
      .filter((entry) => mine(entry.who))
      .map((entry) => ({
        order: entry.id,
        at: entry.at,
        time: clockLabel(entry.at, start),
        channel: entry.channel,
        summary: entry.summary,
        ...withName(entry.who),
      })),
    ...state.agreements
      .filter((agreement) => mine(agreement.who))
      .map((agreement) => ({
        order: agreement.id,
        at: agreement.at,
        time: clockLabel(agreement.at, start),
        channel: agreement.written ? 'agreement (written)' : 'agreement (verbal, unconfirmed)',
        summary: agreement.what,
        ...withName(agreement.who),
      })),
  ];
  entries.sort((a, b) => a.at - b.at || a.order - b.order);
  return entries.map(({ order: _order, ...contact }) => contact);
}

function nodeOf(character: Character, state: SimState, start?: ClockStart): ChainNode {
  const person = state.people[character.id];
  const slaStatuses = state.slas
    .filter((sla) => sla.partner === character.id)
    .map((sla): LinkStatus =>
      sla.status === 'running'
        ? deadlineStatus(state.clock, sla.startedAt, sla.dueAt)
        : sla.status === 'breached'
          ? 'breached'
          : 'on-track',
    );
  let feeling: ChainFeeling | null = null;
  if (person?.kind === 'customer') feeling = { kind: 'mood', words: feelingWords(person) ?? '' };
  if (person?.kind === 'partner') {
    const stance = stanceOf(person);
    feeling = {
      kind: 'trust',
      trust: person.relationship.context.trust,
      words: stance ? STANCE_WORDS[stance] : '',
    };
  }
  return {
    id: character.id,
    name: linkName(character),
    owner: { name: character.name, role: character.role },
    side: sideOf(character),
    relationship: relationshipOf(character),
    status: worstStatus([person?.status ?? 'on-track', ...slaStatuses]),
    feeling,
    contacts: contactsWith(state, character.id, start),
  };
}

/** The learner's own link: its status is the state of the promises they have made. */
function frontLineNode(meta: ScenarioMeta, state: SimState): ChainNode {
  const names = new Map(meta.characters.map((c) => [c.id, c.name]));
  const promiseStatuses = state.promises.map((p): LinkStatus =>
    p.status === 'broken'
      ? 'breached'
      : p.status === 'open'
        ? deadlineStatus(state.clock, p.madeAt, p.dueAt)
        : 'on-track',
  );
  return {
    id: FRONT_LINE_ID,
    name: 'You',
    owner: { name: 'You', role: 'Customer Service Coordinator, Northway Home' },
    side: 'front-line',
    relationship: {
      kind: 'none',
      note: 'You own the customer relationship and coordinate every other link',
    },
    status: worstStatus(promiseStatuses),
    feeling: null,
    contacts: contactsWith(state, FRONT_LINE_ID, meta.start, names),
  };
}

export function buildChain(meta: ScenarioMeta, state: SimState): ServiceChain {
  const rank = (node: ChainNode) => {
    const character = characterOf(meta, node.id);
    return (
      SIDES.indexOf(node.side) * 100 + (character ? STAGE_ORDER.indexOf(stageOf(character)) : 0)
    );
  };
  // Sorting is stable, so links with the same lane and stage keep the story's order.
  const nodes = [
    frontLineNode(meta, state),
    ...meta.characters.map((character) => nodeOf(character, state, meta.start)),
  ].sort((a, b) => rank(a) - rank(b));
  const statusOf = new Map(nodes.map((node) => [node.id, node.status]));
  return {
    title: meta.title,
    now: clockLabel(state.clock, meta.start),
    nodes,
    links: chainLinks(meta.characters),
    touchpoints: touchpointsOf(meta.characters).map((touchpoint) => ({
      ...touchpoint,
      status: worstStatus(touchpoint.via.map((id) => statusOf.get(id) ?? 'on-track')),
    })),
    failing: nodes.filter((node) => node.status !== 'on-track').map((node) => node.id),
    trace: tracedLinks(meta, state.chainTrace),
  };
}
