/**
 * The interactive service chain map. The DOM is the truth: each link is a
 * real button in a labelled lane (Tab reaches the map once, arrow keys move
 * between links, Enter or Space opens its details, Escape closes them and
 * returns to the link). The arrows are an aria-hidden SVG drawn over the
 * lanes from the buttons' measured positions, so the picture follows the
 * layout from a 360 px phone to a 1920 px projector.
 */
import './chain-map.css';
import { SIDE_WORDS, type ChainSide, type ServiceChain } from '../../sim/chain/chain.ts';
import {
  channelRoom,
  COLUMN_OF_SIDE,
  createArrowLayer,
  drawArrows,
  keepArrowsDrawn,
} from './chain-map-draw.ts';
import {
  detailsContent,
  flowSentence,
  nodeButton,
  statusBadge,
  touchpointList,
} from './chain-map-details.ts';
import { legend } from './chain-map-legend.ts';
import { traceList } from '../play/chain-task.ts';
import { h } from '../shell/dom.ts';

export interface ChainMapOptions {
  /** Given when the map is shown on demand: adds a Close button, and Escape closes the map. */
  readonly onClose?: () => void;
}

/** Below this width the lanes stack into one column. */
const STACK_BELOW = 720;

const LANE_TITLES = {
  customer: 'Customer',
  'front-line': 'Front line',
  internal: 'Internal departments',
  external: 'External partners',
} as const;

let instances = 0;

/** The links the learner named in a chain-mapping task, in order, with what each answered. */
function traceSection(chain: ServiceChain, id: string): HTMLElement {
  return h(
    'section',
    { className: 'chain-trace', 'aria-labelledby': id },
    h('h3', { id }, 'Your trace of the chain'),
    h(
      'p',
      { className: 'chain-trace-intro' },
      'The links you named in the chain-mapping task, numbered in order. The same numbers mark them on the map.',
    ),
    traceList(chain.trace, { labelledBy: id, questions: true }),
  );
}

export function renderChainMap(chain: ServiceChain, options: ChainMapOptions = {}): HTMLElement {
  const prefix = `chain-${++instances}`;
  const detailsId = `${prefix}-details`;
  const failing = new Set(chain.failing);
  const nameOf = (id: string) => chain.nodes.find((n) => n.id === id)?.name ?? id;

  const tracedSteps = (id: string) => chain.trace.filter((l) => l.who === id).map((l) => l.number);
  const buttons = chain.nodes.map((node) =>
    nodeButton(node, failing.has(node.id), detailsId, tracedSteps(node.id)),
  );
  const buttonOf = (id: string) => buttons.find((b) => b.dataset.node === id);
  const lane = (side: ChainSide) => {
    const headingId = `${prefix}-lane-${side}`;
    const members = chain.nodes.flatMap((n, i) => (n.side === side ? [buttons[i]] : []));
    return h(
      'div',
      { className: `chain-lane chain-lane-${side}`, role: 'group', 'aria-labelledby': headingId },
      h('h3', { id: headingId, className: 'chain-lane-title' }, LANE_TITLES[side]),
      members.length > 0
        ? h('ul', { className: 'chain-lane-nodes' }, ...members.map((b) => h('li', {}, b ?? null)))
        : h(
            'p',
            { className: 'chain-empty' },
            `No ${SIDE_WORDS[side].toLowerCase()} in this scenario.`,
          ),
    );
  };
  const column = (index: number, ...lanes: HTMLElement[]) =>
    h('div', { className: 'chain-column', 'data-column': index }, ...lanes);
  const lanes = h(
    'div',
    { className: 'chain-lanes', style: `--chain-channel: ${channelRoom(chain)}px` },
    column(COLUMN_OF_SIDE.customer, lane('customer')),
    column(COLUMN_OF_SIDE['front-line'], lane('front-line')),
    column(COLUMN_OF_SIDE.internal, lane('internal'), lane('external')),
  );
  const arrows = createArrowLayer(prefix);
  const diagram = h('div', { className: 'chain-diagram' }, arrows, lanes);

  const details = h('section', {
    className: 'chain-details',
    id: detailsId,
    'aria-labelledby': `${detailsId}-title`,
  });

  const failingNodes = chain.nodes.filter((n) => failing.has(n.id));
  const titleId = `${prefix}-title`;
  const root = h(
    'section',
    { className: 'chain-map', 'aria-labelledby': titleId, 'data-layout': 'lanes' },
    h(
      'header',
      { className: 'chain-map-head' },
      h('h2', { id: titleId }, 'Service chain map'),
      h('p', { className: 'chain-map-sub' }, `${chain.title} · as of ${chain.now}`),
      options.onClose
        ? h(
            'button',
            { type: 'button', className: 'chain-close', onclick: () => options.onClose?.() },
            'Close map',
          )
        : null,
    ),
    failingNodes.length > 0
      ? h(
          'p',
          { className: 'chain-alert' },
          failingNodes.length === 1 ? 'Failing link:' : 'Failing links:',
          ...failingNodes.map((n) =>
            h('span', { className: 'chain-alert-link' }, n.name, ' ', statusBadge(n.status)),
          ),
        )
      : null,
    // Keyboard instructions for keyboards only; a touch screen gets its own.
    h(
      'p',
      { className: 'chain-hint chain-hint-keys' },
      'Tab to the map, move between links with the arrow keys, press Enter to see details and Escape to come back.',
    ),
    h('p', { className: 'chain-hint chain-hint-touch' }, 'Tap a link to see its details.'),
    h('div', { className: 'chain-body' }, diagram, details),
    chain.trace.length > 0 ? traceSection(chain, `${prefix}-trace`) : null,
    legend(),
    touchpointList(chain, `${prefix}-journey`),
    h(
      'details',
      { className: 'chain-words' },
      h('summary', {}, 'Every flow in words'),
      h('ul', {}, ...chain.links.map((l) => h('li', {}, flowSentence(l, nameOf)))),
    ),
  );

  // Roving tabindex: one node is in the Tab order; the arrows move it.
  let current = Math.max(
    0,
    chain.nodes.findIndex((n) => n.side === 'customer'),
  );
  let open: string | null = null;
  const move = (index: number) => {
    buttons[current]?.setAttribute('tabindex', '-1');
    current = (index + buttons.length) % buttons.length;
    buttons[current]?.setAttribute('tabindex', '0');
    buttons[current]?.focus();
  };
  buttons[current]?.setAttribute('tabindex', '0');

  const highlight = (id: string | null) => {
    root.toggleAttribute('data-spotlight', id !== null);
    for (const path of arrows.querySelectorAll<SVGPathElement>('.chain-link')) {
      const related = id !== null && (path.dataset.from === id || path.dataset.to === id);
      path.classList.toggle('is-related', related);
    }
    for (const b of buttons) b.classList.toggle('is-spotlit', b.dataset.node === id);
  };
  const close = (refocus: boolean) => {
    const was = open;
    open = null;
    details.replaceChildren();
    root.removeAttribute('data-open');
    for (const b of buttons) b.setAttribute('aria-expanded', 'false');
    highlight(null);
    if (refocus && was) buttonOf(was)?.focus();
  };
  const show = (id: string) => {
    const node = chain.nodes.find((n) => n.id === id);
    if (!node) return;
    open = id;
    const closeButton = h(
      'button',
      {
        type: 'button',
        className: 'chain-details-close',
        'aria-label': 'Close details',
        onclick: () => close(true),
      },
      h('span', { 'aria-hidden': 'true' }, '✕ '),
      'Close',
    );
    const [heading, ...rest] = detailsContent(node, chain, `${detailsId}-title`);
    details.replaceChildren(
      h('div', { className: 'chain-details-head' }, heading ?? '', closeButton),
      ...rest,
    );
    root.setAttribute('data-open', '');
    // The card covers the half of the map away from the link, so the link stays in view.
    root.dataset.panel = COLUMN_OF_SIDE[node.side] === 2 ? 'left' : 'right';
    for (const b of buttons) b.setAttribute('aria-expanded', String(b.dataset.node === id));
    highlight(id);
    // On a phone the details are a bottom sheet: lift the link above it first.
    if (root.dataset.layout === 'stacked') buttonOf(id)?.scrollIntoView?.({ block: 'start' });
    // Focus the heading so a screen reader reads the details it just opened.
    details.querySelector<HTMLElement>('.chain-details-title')?.focus({ preventScroll: true });
  };

  buttons.forEach((button, index) => {
    button.addEventListener('click', () => {
      move(index);
      show(button.dataset.node ?? '');
    });
    button.addEventListener('focus', () => open ?? highlight(button.dataset.node ?? null));
    button.addEventListener('blur', () => open ?? highlight(null));
  });

  root.addEventListener('keydown', (event) => {
    const onNode = buttons.includes(event.target as HTMLButtonElement);
    const steps: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
    };
    if (onNode && event.key in steps) move(current + (steps[event.key] ?? 0));
    else if (onNode && event.key === 'Home') move(0);
    else if (onNode && event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape' && open) close(true);
    else if (event.key === 'Escape' && options.onClose) options.onClose();
    // Over a scenario, digits would pick a hidden choice: keep them inside the map.
    else if (/^[1-9]$/.test(event.key) && options.onClose) event.stopPropagation();
    else return;
    event.preventDefault();
    // The app's own Escape opens the pause menu; this Escape belongs to the map.
    event.stopPropagation();
  });

  keepArrowsDrawn(root, lanes, STACK_BELOW, (layout) => {
    drawArrows(arrows, diagram, chain, layout, prefix);
    if (open) highlight(open);
  });
  return root;
}
