import { describe, expect, it } from 'vitest';
import { buildChain, FRONT_LINE_ID, type ServiceChain } from '../../src/sim/chain/chain.ts';
import type { ScenarioMeta } from '../../src/sim/story/scenario.ts';
import { CHAIN_HEADER, chainMeta, PICKING_ERROR } from './chain-casts.ts';
import { initialState, type SimState } from '../../src/sim/session/sim-state.ts';
import { applyTags } from '../../src/sim/session/apply-tags.ts';

/** The late-supplier cast, as its story header declares it. */
const LATE_SUPPLIER = [
  ...CHAIN_HEADER,
  'character: customer; okafor-janet',
  'character: buying; mistry-dev',
  'character: supplier; calder-graham',
  'character: fitter; brennan-lee',
  'character: manager; bennett-claire',
  'partner: supplier',
  'partner: buying',
  'partner: fitter',
];

function play(meta: ScenarioMeta, ...lines: string[][]): SimState {
  return lines.reduce((state, tags) => applyTags(state, tags, meta).state, initialState(meta));
}

function node(chain: ServiceChain, id: string) {
  const found = chain.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node "${id}" in the chain`);
  return found;
}

const hasLink = (chain: ServiceChain, from: string, to: string, flow: string) =>
  chain.links.some((l) => l.from === from && l.to === to && l.flow === flow);

describe('the service chain map model', () => {
  const meta = chainMeta(LATE_SUPPLIER);

  it('puts the learner on the front line and every character on its side of the chain', () => {
    const chain = buildChain(meta, initialState(meta));
    expect(chain.nodes.map((n) => [n.id, n.side])).toEqual([
      ['customer', 'customer'],
      [FRONT_LINE_ID, 'front-line'],
      ['manager', 'front-line'],
      ['buying', 'internal'],
      ['supplier', 'external'],
      ['fitter', 'external'],
    ]);
    expect(node(chain, FRONT_LINE_ID).owner.role).toBe(
      'Customer Service Coordinator, Northway Home',
    );
  });

  it('names each link by its organisation or department and keeps its owner', () => {
    const chain = buildChain(meta, initialState(meta));
    expect(node(chain, 'supplier').name).toBe('Calder Upholstery');
    expect(node(chain, 'supplier').owner).toEqual({
      name: 'Graham Calder',
      role: 'Account manager, Calder Upholstery',
    });
    expect(node(chain, 'buying').name).toBe('Buying');
    expect(node(chain, 'fitter').name).toBe('Kirkgate Fitting');
    expect(node(chain, 'customer').name).toBe('Mrs Janet Okafor');
  });

  it('shows formal links with their agreement, informal links as informal, and customers as neither', () => {
    const chain = buildChain(meta, initialState(meta));
    expect(node(chain, 'supplier').relationship).toEqual({
      kind: 'formal',
      agreement:
        "Supply contract with SLA: at least 10 working days' notice of any delay; revised dispatch dates confirmed in writing within 1 working day",
    });
    expect(node(chain, 'fitter').relationship.kind).toBe('informal');
    expect(node(chain, 'customer').relationship.kind).toBe('none');
    expect(node(chain, 'manager').relationship.kind).toBe('none');
  });

  it('marks the link the story puts at risk as the failing link', () => {
    const chain = buildChain(meta, play(meta, ['status: supplier at-risk']));
    expect(node(chain, 'supplier').status).toBe('at-risk');
    expect(node(chain, 'fitter').status).toBe('on-track');
    expect(chain.failing).toEqual(['supplier']);
  });

  it('shows a link as breached once its SLA clock runs out', () => {
    const state = play(
      meta,
      ['sla: confirm; supplier; +1h; Revised date in writing'],
      ['clock: +2h'],
    );
    expect(node(buildChain(meta, state), 'supplier').status).toBe('breached');
  });

  it('shows a broken promise as a failure of the learner’s own link', () => {
    const state = play(meta, ['promise: callback; customer; +1h; Call back'], ['clock: +2h']);
    const chain = buildChain(meta, state);
    expect(node(chain, FRONT_LINE_ID).status).toBe('breached');
    expect(chain.failing).toContain(FRONT_LINE_ID);
  });

  it('gives customers mood words and partners and departments trust with stance words', () => {
    const chain = buildChain(meta, play(meta, ['mood: customer fail'], ['trust: supplier blame']));
    expect(node(chain, 'customer').feeling).toEqual({ kind: 'mood', words: 'concerned' });
    const supplier = node(chain, 'supplier').feeling;
    expect(supplier?.kind).toBe('trust');
    if (supplier?.kind === 'trust') {
      expect(supplier.trust).toBeLessThan(60);
      expect(supplier.words).toMatch(/strained|defensive|cooperative/);
    }
    expect(node(chain, 'manager').feeling).toBeNull();
  });

  it('lists each link’s contacts and agreements in time order with their times', () => {
    const state = play(
      meta,
      ['log: supplier; phone; Voicemail left for Graham Calder'],
      ['clock: +30m'],
      ['agree: supplier; verbal; Dispatch on Monday 16 June'],
      ['log: customer; in-person; Mrs Okafor in store'],
    );
    const chain = buildChain(meta, state);
    expect(node(chain, 'supplier').contacts).toEqual([
      { at: 0, time: 'Mon 09:00', channel: 'phone', summary: 'Voicemail left for Graham Calder' },
      {
        at: 30,
        time: 'Mon 09:30',
        channel: 'agreement (verbal, unconfirmed)',
        summary: 'Dispatch on Monday 16 June',
      },
    ]);
    expect(node(chain, FRONT_LINE_ID).contacts.map((c) => c.with)).toEqual([
      'Graham Calder',
      'Graham Calder',
      'Mrs Janet Okafor',
    ]);
  });

  it('is not a line: every link feeds back to the front line, and the customer closes a loop', () => {
    const chain = buildChain(meta, initialState(meta));
    for (const n of chain.nodes.filter((n) => n.id !== FRONT_LINE_ID)) {
      expect(
        chain.links.some((l) => l.from === n.id && l.to === FRONT_LINE_ID && l.feedback),
        `${n.id} has a way back`,
      ).toBe(true);
    }
    // You → supplier (request), supplier → customer (goods), customer → you (feedback).
    expect(hasLink(chain, FRONT_LINE_ID, 'supplier', 'information')).toBe(true);
    expect(hasLink(chain, 'supplier', 'customer', 'goods')).toBe(true);
    expect(hasLink(chain, 'customer', FRONT_LINE_ID, 'information')).toBe(true);
  });

  it('sends supplier notices back to Buying, who hold the contract', () => {
    const chain = buildChain(meta, initialState(meta));
    const notice = chain.links.find((l) => l.from === 'supplier' && l.to === 'buying');
    expect(notice?.feedback).toBe(true);
    expect(hasLink(chain, 'buying', 'supplier', 'information')).toBe(true);
  });

  it('routes goods from the warehouse through the courier to the customer when both exist', () => {
    const m = chainMeta(PICKING_ERROR);
    const chain = buildChain(m, initialState(m));
    expect(hasLink(chain, 'warehouse', 'courier', 'goods')).toBe(true);
    expect(hasLink(chain, 'courier', 'customer', 'goods')).toBe(true);
    expect(hasLink(chain, 'warehouse', 'customer', 'goods')).toBe(false);
    expect(node(chain, 'colleague').side).toBe('front-line');
    expect(node(chain, 'courier').name).toBe('Pennine Freight');
  });

  it('shows fitting as a service the fitter gives the customer', () => {
    const chain = buildChain(meta, initialState(meta));
    expect(hasLink(chain, 'fitter', 'customer', 'service')).toBe(true);
  });

  it('derives the customer’s touchpoints from the cast and carries each one’s status', () => {
    const chain = buildChain(meta, play(meta, ['status: supplier at-risk']));
    expect(chain.touchpoints.map((t) => [t.id, t.status])).toEqual([
      ['order', 'on-track'],
      ['delivery', 'at-risk'],
      ['fitting', 'on-track'],
      ['customer-service', 'on-track'],
    ]);
    const m = chainMeta(PICKING_ERROR);
    expect(buildChain(m, initialState(m)).touchpoints.map((t) => t.id)).toContain('returns');
  });

  it('links only nodes that are on the map, and builds the same map every time', () => {
    const chain = buildChain(meta, initialState(meta));
    const ids = new Set(chain.nodes.map((n) => n.id));
    for (const link of chain.links) {
      expect(ids.has(link.from) && ids.has(link.to), link.id).toBe(true);
    }
    expect(new Set(chain.links.map((l) => l.id)).size).toBe(chain.links.length);
    expect(buildChain(meta, initialState(meta))).toEqual(chain);
  });
});
