/**
 * The small chain picture beside a chain-mapping task: every link of the
 * scenario's chain in its lane, the links the learner has traced outlined and
 * numbered in the order they were named, and the route between them drawn
 * with the chain map's own layout and arrow code. It repeats what the trace
 * list says, so it is hidden from screen readers and holds nothing to focus.
 */
import {
  buildChain,
  FRONT_LINE_ID,
  type ChainLink,
  type ChainSide,
} from '../../sim/chain/chain.ts';
import { FRONT_LINE_NAME } from '../../sim/chain/chain-trace.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import type { SimState } from '../../sim/session/sim-state.ts';
import {
  channelRoom,
  COLUMN_OF_SIDE,
  createArrowLayer,
  drawArrows,
  keepArrowsDrawn,
} from '../chain-map/chain-map-draw.ts';
import { sideIcon } from '../chain-map/chain-map-legend.ts';
import { h } from '../shell/dom.ts';

/** Below this width the lanes stack into one column, as the full map does. */
const STACK_BELOW = 520;

const LANE_TITLES: Readonly<Record<ChainSide, string>> = {
  customer: 'Customer',
  'front-line': 'Front line',
  internal: 'Internal',
  external: 'External',
};

let instances = 0;

export function renderTraceMap(meta: ScenarioMeta, state: SimState): HTMLElement {
  const prefix = `chain-trace-${++instances}`;
  const chain = buildChain(meta, state);
  // The learner's route: one arrow from each link named to the next one named.
  const route: ChainLink[] = chain.trace.slice(1).flatMap((link, i) => {
    const from = chain.trace[i]?.who ?? link.who;
    return from === link.who
      ? []
      : [
          {
            id: `trace-${link.number}`,
            from,
            to: link.who,
            flow: 'information' as const,
            feedback: false,
            label: link.question,
          },
        ];
  });
  const numbersOf = (id: string) => chain.trace.filter((l) => l.who === id).map((l) => l.number);

  const nodeBox = (id: string, name: string, side: ChainSide) => {
    const numbers = numbersOf(id);
    return h(
      'span',
      {
        className: `chain-trace-node chain-trace-node-${side}${numbers.length > 0 ? ' is-traced' : ''}`,
        'data-node': id,
      },
      sideIcon(side),
      h('span', { className: 'chain-trace-node-name' }, name),
      ...numbers.map((n) => h('span', { className: 'chain-trace-number' }, String(n))),
    );
  };
  const lane = (side: ChainSide) => {
    const members = chain.nodes.filter((n) => n.side === side);
    if (members.length === 0) return null;
    return h(
      'div',
      { className: `chain-trace-lane chain-trace-lane-${side}` },
      h('span', { className: 'chain-trace-lane-title' }, LANE_TITLES[side]),
      ...members.map((n) =>
        nodeBox(n.id, n.id === FRONT_LINE_ID ? `${FRONT_LINE_NAME} (you)` : n.name, side),
      ),
    );
  };
  const column = (index: number, ...lanes: (HTMLElement | null)[]) =>
    h('div', { className: 'chain-trace-column', 'data-column': index }, ...lanes);
  const lanes = h(
    'div',
    { className: 'chain-trace-lanes', style: `--chain-channel: ${channelRoom(chain)}px` },
    column(COLUMN_OF_SIDE.customer, lane('customer')),
    column(COLUMN_OF_SIDE['front-line'], lane('front-line')),
    column(COLUMN_OF_SIDE.internal, lane('internal'), lane('external')),
  );
  // Two layers: the chain's own flows, faint, and the learner's route over them.
  const flows = createArrowLayer(`${prefix}-flows`);
  flows.classList.add('chain-trace-flows');
  const path = createArrowLayer(`${prefix}-route`);
  path.classList.add('chain-trace-route');
  const diagram = h('div', { className: 'chain-trace-diagram' }, flows, path, lanes);
  const root = h(
    'div',
    { className: 'chain-trace-map', 'aria-hidden': 'true', 'data-layout': 'lanes' },
    diagram,
  );

  keepArrowsDrawn(root, lanes, STACK_BELOW, (layout) => {
    drawArrows(flows, diagram, chain, layout, `${prefix}-flows`);
    drawArrows(path, diagram, { ...chain, links: route }, layout, `${prefix}-route`);
  });
  return root;
}
