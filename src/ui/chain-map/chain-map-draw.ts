/**
 * The chain map's arrow layer: an aria-hidden SVG laid over the node buttons'
 * lanes. It measures where the browser put the buttons and draws the routed
 * flows, so the drawing follows any screen width and font size. The words
 * for every flow live in the DOM (details panel and flow list), not here.
 */
import type { ChainLink, ServiceChain } from '../../sim/chain/chain.ts';
import { aroundCount, routeLinks, TRACK_GAP, type Box } from './chain-map-route.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

export type LinkStyle = 'goods' | 'service' | 'information' | 'feedback';

const styleOf = (link: ChainLink): LinkStyle => (link.feedback ? 'feedback' : link.flow);

const STYLES: readonly LinkStyle[] = ['goods', 'service', 'information', 'feedback'];

/** The empty layer with one arrowhead per style; ids carry a prefix so two maps can coexist. */
export function createArrowLayer(prefix: string): SVGSVGElement {
  const defs = svg(
    'defs',
    {},
    ...STYLES.map((style) =>
      svg(
        'marker',
        {
          id: `${prefix}-head-${style}`,
          class: `chain-head chain-head-${style}`,
          viewBox: '0 0 10 10',
          refX: 8,
          refY: 5,
          markerWidth: style === 'goods' ? 13 : 11,
          markerHeight: style === 'goods' ? 13 : 11,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 L2.5,5 z' }),
      ),
    ),
  );
  return svg(
    'svg',
    { class: 'chain-arrows', 'aria-hidden': 'true', focusable: 'false' },
    defs,
    svg('g', { class: 'chain-links' }),
  );
}

/** Lanes share one column on the right, so the front line touches every other lane. */
export const COLUMN_OF_SIDE = { customer: 0, 'front-line': 1, internal: 2, external: 2 } as const;

function relativeBox(element: Element, origin: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

/** Room the channel under the front line needs, set before measuring so nothing reflows after. */
export function channelRoom(chain: ServiceChain): number {
  const column = new Map(chain.nodes.map((n) => [n.id, COLUMN_OF_SIDE[n.side]]));
  return 24 + aroundCount(chain.links, column) * TRACK_GAP;
}

export function drawArrows(
  layer: SVGSVGElement,
  diagram: HTMLElement,
  chain: ServiceChain,
  layout: ArrowLayout,
  prefix: string,
): void {
  const origin = diagram.getBoundingClientRect();
  const boxes = new Map<string, Box>();
  for (const button of diagram.querySelectorAll<HTMLElement>('[data-node]')) {
    boxes.set(button.dataset.node ?? '', relativeBox(button, origin));
  }
  const column = new Map(
    chain.nodes.map((n) => [n.id, layout === 'stacked' ? 0 : COLUMN_OF_SIDE[n.side]]),
  );
  const laneBox = (index: number) => {
    const lane = diagram.querySelector(`[data-column="${index}"]`);
    return lane ? relativeBox(lane, origin) : { x: 0, y: 0, w: 0, h: 0 };
  };
  const [l0, l1, l2] = [laneBox(0), laneBox(1), laneBox(2)];
  const firstNode = [...boxes.values()][0];
  const routes = routeLinks(chain.links, {
    layout,
    boxes,
    column,
    corridors: [(l0.x + l0.w + l1.x) / 2, (l1.x + l1.w + l2.x) / 2],
    // Stacked: fill the gutter beside the buttons; lanes: the margin right of the last column.
    bulge: layout === 'stacked' ? Math.max(12, (firstNode?.x ?? 24) - 6) : 24,
  });
  layer.setAttribute('viewBox', `0 0 ${origin.width} ${origin.height}`);
  layer.setAttribute('width', String(origin.width));
  layer.setAttribute('height', String(origin.height));
  const group = layer.querySelector('.chain-links');
  // Feedback is drawn last so its dashes stay visible where it crosses a solid flow.
  const order = (style: LinkStyle) =>
    ['goods', 'service', 'information', 'feedback'].indexOf(style);
  const drawn = [...routes].sort((a, b) => order(styleOf(a.link)) - order(styleOf(b.link)));
  group?.replaceChildren(
    ...drawn.map(({ link, d }) => {
      const style = styleOf(link);
      return svg('path', {
        d,
        class: `chain-link chain-link-${style}`,
        'data-from': link.from,
        'data-to': link.to,
        'marker-end': `url(#${prefix}-head-${style})`,
      });
    }),
  );
}

export type ArrowLayout = 'lanes' | 'stacked';

/**
 * Lay a map out for its width and draw its arrows now and whenever it or its
 * lanes change size: 'stacked' below `stackBelow` px, else 'lanes' (on
 * `root.dataset.layout`, for the CSS). A map taken off the page lets go of its
 * observer, so replays retain nothing.
 */
export function keepArrowsDrawn(
  root: HTMLElement,
  lanes: HTMLElement,
  stackBelow: number,
  draw: (layout: ArrowLayout) => void,
): void {
  if (typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    if (!root.isConnected) {
      observer.disconnect();
      return;
    }
    const layout = root.getBoundingClientRect().width < stackBelow ? 'stacked' : 'lanes';
    root.dataset.layout = layout;
    draw(layout);
  });
  observer.observe(root);
  observer.observe(lanes);
}
