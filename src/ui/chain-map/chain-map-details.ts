/**
 * The words behind the chain map: each node's label and details panel, the
 * customer's touchpoints and every flow as a sentence. Everything the diagram
 * shows is here as text, so a screen reader or a printout loses nothing.
 */
import { STATUS_ICONS, STATUS_WORDS } from '../../sim/chain/link-status.ts';
import {
  SIDE_WORDS,
  type ChainLink,
  type ChainNode,
  type ServiceChain,
} from '../../sim/chain/chain.ts';
import type { LinkStatus } from '../../sim/story/tags.ts';
import { h } from '../shell/dom.ts';
import { sideIcon } from './chain-map-legend.ts';

/** Words only a screen reader needs, to turn the badges into a sentence. */
const hidden = (text: string) => h('span', { className: 'visually-hidden' }, text);

/** Icon and words together, so status never depends on colour alone. */
export function statusBadge(status: LinkStatus, spokenEnd = ''): HTMLSpanElement {
  return h(
    'span',
    { className: `chain-status chain-status-${status}` },
    // U+FE0E asks for the plain text glyph, not a colour emoji that varies by device.
    h(
      'span',
      { className: 'chain-status-icon', 'aria-hidden': 'true' },
      `${STATUS_ICONS[status]}\uFE0E`,
    ),
    ` ${STATUS_WORDS[status]}`,
    spokenEnd ? hidden(spokenEnd) : null,
  );
}

/** "Account manager, Calder Upholstery" reads as "Account manager" under the name Calder Upholstery. */
function shortRole(node: ChainNode): string {
  const comma = node.owner.role.indexOf(', ');
  if (comma === -1) return node.owner.role;
  const rest = node.owner.role.slice(comma + 2);
  const same = rest.includes(node.name) || node.name.includes(rest.replace(/ team$/, ''));
  return same ? node.owner.role.slice(0, comma) : node.owner.role;
}

function formWords(node: ChainNode): string | null {
  if (node.relationship.kind === 'formal') return 'Formal';
  if (node.relationship.kind === 'informal') return 'Informal';
  return null;
}

function feelingText(node: ChainNode): string | null {
  const f = node.feeling;
  if (!f) return null;
  return f.kind === 'mood' ? `Mood: ${f.words}` : `Trust ${f.trust}/100 · ${f.words}`;
}

const FLOW_WORDS: Readonly<Record<ChainLink['flow'], string>> = {
  goods: 'Goods',
  service: 'Service',
  information: 'Information',
};

export function flowSentence(link: ChainLink, nameOf: (id: string) => string): string {
  const kind = link.feedback ? 'Feedback loop' : FLOW_WORDS[link.flow];
  return `${kind}: ${nameOf(link.from)} → ${nameOf(link.to)} (${link.label})`;
}

export function detailsContent(node: ChainNode, chain: ServiceChain, headingId: string): Node[] {
  const nameOf = (id: string) => chain.nodes.find((n) => n.id === id)?.name ?? id;
  const rel = node.relationship;
  const relationship =
    rel.kind === 'none' ? `Not a partnership: ${rel.note}` : `${formWords(node)}: ${rel.agreement}`;
  const feeling = node.feeling
    ? node.feeling.kind === 'mood'
      ? ['Mood', node.feeling.words]
      : ['Trust', `${node.feeling.trust} out of 100: ${node.feeling.words}`]
    : null;
  const row = (term: string, ...value: (Node | string)[]) => [
    h('dt', {}, term),
    h('dd', {}, ...value),
  ];
  const flows = chain.links.filter((l) => l.from === node.id || l.to === node.id);
  return [
    h('h3', { id: headingId, className: 'chain-details-title', tabindex: -1 }, node.name),
    h(
      'dl',
      { className: 'chain-facts' },
      ...row(
        'Owner',
        node.owner.name === 'You' ? node.owner.role : `${node.owner.name}, ${node.owner.role}`,
      ),
      ...row('Side', SIDE_WORDS[node.side]),
      ...row('Relationship', relationship),
      ...row('Status', statusBadge(node.status)),
      ...(feeling ? row(feeling[0] ?? '', feeling[1] ?? '') : []),
    ),
    h('h4', {}, 'Flows in and out'),
    h(
      'ul',
      { className: 'chain-flow-list' },
      ...flows.map((l) =>
        h('li', { className: l.feedback ? 'is-feedback' : '' }, flowSentence(l, nameOf)),
      ),
    ),
    h('h4', {}, `Contacts logged (${node.contacts.length})`),
    node.contacts.length > 0
      ? h(
          'ol',
          { className: 'chain-contacts' },
          ...node.contacts.map((c) =>
            h(
              'li',
              {},
              h('time', {}, c.time),
              ' ',
              h(
                'span',
                { className: 'chain-channel' },
                c.with ? `${c.channel}, ${c.with}` : c.channel,
              ),
              h('span', { className: 'chain-summary' }, c.summary),
            ),
          ),
        )
      : h('p', { className: 'chain-empty' }, 'No contacts logged with this link yet.'),
  ];
}

export function touchpointList(chain: ServiceChain, id: string): HTMLElement {
  const nameOf = (nodeId: string) => chain.nodes.find((n) => n.id === nodeId)?.name ?? nodeId;
  return h(
    'section',
    { className: 'chain-journey', 'aria-labelledby': id },
    h('h3', { id }, 'Customer journey: touchpoints'),
    h(
      'ol',
      {},
      ...chain.touchpoints.map((t) =>
        h(
          'li',
          { className: `chain-touchpoint chain-touchpoint-${t.status}` },
          h('span', { className: 'chain-touchpoint-name' }, t.label),
          h('span', { className: 'chain-touchpoint-via' }, `via ${t.via.map(nameOf).join(', ')}`),
          statusBadge(t.status),
        ),
      ),
    ),
  );
}

/** "Your trace: 1, 4": the steps of the learner's trace that named this link. */
function tracedBadge(numbers: readonly number[]): HTMLSpanElement {
  return h(
    'span',
    { className: 'chain-node-traced' },
    h('span', {}, numbers.length === 1 ? 'Your trace: step' : 'Your trace: steps'),
    ...numbers.map((n) => h('span', { className: 'chain-trace-number' }, String(n))),
    hidden('.'),
  );
}

/**
 * A link on the map: a real button named by its own visible text (so speech
 * control users can say what they see), joined into a sentence by hidden words.
 */
export function nodeButton(
  node: ChainNode,
  failing: boolean,
  detailsId: string,
  traced: readonly number[] = [],
): HTMLButtonElement {
  const form = formWords(node);
  const feeling = feelingText(node);
  // Say each thing once: "You" needs only its role, a colleague named by role only the person.
  const role = shortRole(node);
  const owner =
    node.owner.name === node.name
      ? role
      : role === node.name
        ? node.owner.name
        : `${node.owner.name} · ${role}`;
  return h(
    'button',
    {
      type: 'button',
      className: `chain-node chain-node-${node.side} chain-form-${node.relationship.kind}${traced.length > 0 ? ' is-traced' : ''}`,
      'data-node': node.id,
      'data-status': node.status,
      'data-failing': failing ? 'true' : null,
      'aria-expanded': 'false',
      'aria-controls': detailsId,
      tabindex: -1,
    },
    h(
      'span',
      { className: 'chain-node-top' },
      sideIcon(node.side),
      h(
        'span',
        { className: 'chain-node-name' },
        node.name,
        hidden(`, ${SIDE_WORDS[node.side].toLowerCase()}.`),
      ),
    ),
    h('span', { className: 'chain-node-owner' }, owner, hidden('.')),
    h(
      'span',
      { className: 'chain-node-tags' },
      form ? h('span', { className: 'chain-form' }, form, hidden(' link,')) : null,
      statusBadge(node.status, '.'),
    ),
    feeling ? h('span', { className: 'chain-node-feeling' }, feeling) : null,
    traced.length > 0 ? tracedBadge(traced) : null,
    node.feeling?.kind === 'trust'
      ? h('span', { className: 'chain-trust', style: `--trust: ${node.feeling.trust}%` })
      : null,
  );
}
