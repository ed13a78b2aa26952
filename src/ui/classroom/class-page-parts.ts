/**
 * The building blocks of the class page (class-page.ts): a section per part,
 * data tables whose cells name their column, rows, and the SVG bars beside
 * the numbers (decoration: the same figures are always in the cells).
 */
import { BAND_LABELS, BANDS } from '../../sim/scoring/rubric.ts';
import { h } from '../shell/dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
export const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * One row's bar, split into parts (a stacked bar, or a share against the
 * rest). Decoration beside the numbers: the cells next to it hold the same
 * figures in words, so it is hidden from screen readers and never the only
 * way a figure is shown.
 */
export function bar(parts: readonly { value: number; className: string }[]): SVGElement {
  const width = 200;
  const whole = parts.reduce((sum, p) => sum + p.value, 0);
  const chart = svg('svg', {
    viewBox: `0 0 ${width} 14`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'class-bar',
  });
  let x = 0;
  for (const p of parts) {
    const w = whole === 0 ? 0 : (p.value / whole) * width;
    if (w > 0) chart.append(svg('rect', { x, y: 0, width: w, height: 14, class: p.className }));
    x += w;
  }
  return chart;
}

/** A chart cell: the bar, for sighted readers; its numbers are in the row's other cells. */
export const barCell = (chart: SVGElement) => h('td', { className: 'bar-cell' }, chart);

/**
 * A data table whose cells name their column (`data-label`), so on a narrow
 * screen each row reads as a block of "Column: value" lines.
 */
export function table(caption: string, head: readonly string[], body: readonly HTMLElement[]) {
  for (const row of body)
    [...row.children].forEach((cell, i) => {
      if (cell.tagName === 'TD' && head[i]) cell.setAttribute('data-label', head[i]);
    });
  return h(
    'div',
    { className: 'table-scroll' },
    h(
      'table',
      { className: 'data-table stack-table class-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, ...body),
    ),
  );
}

/** A table row: its header cell, then one data cell per value. */
export const row = (header: Node | string, ...cells: (Node | string)[]) =>
  h('tr', {}, h('th', { scope: 'row' }, header), ...cells.map((cell) => h('td', {}, cell)));

/** The colours of the band bars, named, so no figure depends on telling colours apart. */
export const bandKey = () =>
  h(
    'ul',
    { className: 'band-legend', 'aria-hidden': 'true' },
    ...[...BANDS, 'none' as const].map((b) =>
      h(
        'li',
        {},
        h('span', { className: `swatch band-${b}` }),
        b === 'none' ? 'No evidence' : BAND_LABELS[b],
      ),
    ),
  );

export const part = (id: string, title: string, ...children: (HTMLElement | SVGElement | null)[]) =>
  h(
    'section',
    { className: 'class-part', 'aria-labelledby': `class-${id}` },
    h('h3', { id: `class-${id}` }, title),
    ...(children.filter((c) => c !== null) as Node[]),
  );
