/**
 * The chain map's key and its small side icons. The key shows each line and
 * border style beside its meaning in words, because the styles (not colour)
 * are what tell a goods flow from a feedback loop on a washed-out projector.
 */
import type { ChainSide } from '../../sim/chain/chain.ts';
import { STATUS_ICONS, STATUS_MEANINGS, STATUS_WORDS } from '../../sim/chain/link-status.ts';
import { LINK_STATUSES } from '../../sim/story/tags.ts';
import { h } from '../shell/dom.ts';
import { svg, type LinkStyle } from './chain-map-draw.ts';

/** Simple 24-unit line icons: a person, a headset, a building, two chain links. */
const ICONS: Readonly<Record<ChainSide, readonly string[]>> = {
  customer: [
    'M12 11.5a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
    'M4.5 21c0-4.2 3.4-6.8 7.5-6.8s7.5 2.6 7.5 6.8',
  ],
  'front-line': [
    'M4.5 14v-2a7.5 7.5 0 0 1 15 0v2',
    'M4.5 13.5h3v6h-3zM16.5 13.5h3v6h-3z',
    'M18 19.5c0 1.5-2 2.5-5 2.5',
  ],
  internal: ['M4 21V9l8-5 8 5v12', 'M9.5 21v-5h5v5', 'M3 21h18'],
  external: [
    'M10 14a4 4 0 0 1 0-5.7l2.5-2.5a4 4 0 0 1 5.7 5.7l-1.3 1.3',
    'M14 10a4 4 0 0 1 0 5.7l-2.5 2.5a4 4 0 0 1-5.7-5.7l1.3-1.3',
  ],
};

export function sideIcon(side: ChainSide): SVGSVGElement {
  return svg(
    'svg',
    { class: 'chain-side-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    ...ICONS[side].map((d) => svg('path', { d })),
  );
}

const LINES: readonly (readonly [LinkStyle, string])[] = [
  ['goods', 'Goods: the product moving towards the customer'],
  ['service', 'Service: work done for the customer, such as fitting'],
  ['information', 'Information: requests, bookings, updates'],
  ['feedback', 'Feedback loop: information coming back up the chain'],
];

function lineSample(style: LinkStyle): SVGSVGElement {
  return svg(
    'svg',
    { class: 'chain-legend-line', viewBox: '0 0 48 14', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', {
      class: `chain-link chain-link-${style}`,
      d: style === 'feedback' ? 'M2,11 Q24,-3 44,9' : 'M2,7 L42,7',
    }),
    svg('path', {
      class: `chain-legend-head chain-legend-head-${style}`,
      d: style === 'feedback' ? 'M46,10 L38,11 L41,5 z' : 'M47,7 L39,2.5 L39,11.5 z',
    }),
  );
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

export function legend(): HTMLElement {
  return h(
    'div',
    { className: 'chain-legend' },
    h('h3', { className: 'visually-hidden' }, 'Key'),
    h(
      'ul',
      {},
      ...LINES.map(([style, words]) => h('li', {}, lineSample(style), h('span', {}, words))),
      h(
        'li',
        {},
        h('span', { className: 'chain-legend-box chain-form-formal', 'aria-hidden': 'true' }),
        h('span', {}, 'Solid border: formal link, with a contract or SLA'),
      ),
      h(
        'li',
        {},
        h('span', { className: 'chain-legend-box chain-form-informal', 'aria-hidden': 'true' }),
        h('span', {}, 'Dashed border: informal link, no contract'),
      ),
      ...LINK_STATUSES.map((status) =>
        h(
          'li',
          {},
          h(
            'span',
            { className: `chain-status chain-status-${status}`, 'aria-hidden': 'true' },
            `${STATUS_ICONS[status]}\uFE0E`,
          ),
          h('span', {}, `${capitalise(STATUS_WORDS[status])}: ${STATUS_MEANINGS[status]}`),
        ),
      ),
    ),
  );
}
