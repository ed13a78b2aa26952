/**
 * A small SVG line chart with labelled axes, for the mood and trust curves and
 * the attempts trend. Series differ by dash pattern and marker shape as well
 * as colour, so the chart never relies on colour alone; a legend names them,
 * and every chart is shown beside a table with the same numbers.
 */
const NS = 'http://www.w3.org/2000/svg';

type SvgAttributes = Record<string, string | number>;

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: SvgAttributes = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

export interface Tick {
  readonly value: number;
  readonly label: string;
}

export interface Series {
  readonly label: string;
  /** A null y leaves a gap (the person was not in the scenario yet). */
  readonly points: readonly { readonly x: number; readonly y: number | null }[];
}

export interface ChartSpec {
  /** The accessible name; also the chart's caption, shown above it. */
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly y: { readonly min: number; readonly max: number };
  readonly series: readonly Series[];
  /** Left margin for the y tick labels, which may be words ("frustrated"). */
  readonly labelWidth?: number;
  readonly width?: number;
  readonly height?: number;
}

const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 5'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'circle-open', 'square-open'] as const;

function marker(kind: number, x: number, y: number): SVGElement {
  const shape = MARKERS[kind % MARKERS.length] ?? 'circle';
  const open: SvgAttributes = shape.endsWith('-open') ? { class: 'open' } : {};
  if (shape.startsWith('circle')) return svg('circle', { cx: x, cy: y, r: 4, ...open });
  if (shape.startsWith('square'))
    return svg('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, ...open });
  const points =
    shape === 'triangle'
      ? `${x},${y - 5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`
      : `${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`;
  return svg('polygon', { points });
}

/** A swatch matching series `index`, for legends written in HTML. */
export function swatch(index: number): SVGSVGElement {
  return svg(
    'svg',
    {
      class: `series series-${index % DASHES.length}`,
      viewBox: '0 0 32 12',
      width: 32,
      height: 12,
      'aria-hidden': 'true',
    },
    svg('line', {
      x1: 1,
      y1: 6,
      x2: 31,
      y2: 6,
      'stroke-dasharray': DASHES[index % DASHES.length] ?? '',
    }),
    marker(index, 16, 6),
  );
}

export function lineChart(spec: ChartSpec): SVGSVGElement {
  const width = spec.width ?? 420;
  const height = spec.height ?? 240;
  const left = spec.labelWidth ?? 48;
  const [right, top, bottom] = [16, 12, 44];
  const xs = spec.xTicks.map((t) => t.value);
  const [xMin, xMax] = [Math.min(...xs, 0), Math.max(...xs, 1)];
  const px = (x: number) => left + ((x - xMin) / Math.max(1, xMax - xMin)) * (width - left - right);
  const py = (y: number) =>
    top + (1 - (y - spec.y.min) / Math.max(1, spec.y.max - spec.y.min)) * (height - top - bottom);
  const grid = svg(
    'g',
    { class: 'chart-grid' },
    ...spec.yTicks.flatMap((t) => [
      svg('line', { x1: left, x2: width - right, y1: py(t.value), y2: py(t.value) }),
      svg('text', { x: left - 6, y: py(t.value) + 4, 'text-anchor': 'end' }, t.label),
    ]),
    ...spec.xTicks.map((t) =>
      svg('text', { x: px(t.value), y: height - bottom + 16, 'text-anchor': 'middle' }, t.label),
    ),
  );
  const axes = svg(
    'g',
    { class: 'chart-axes' },
    svg('line', { x1: left, x2: left, y1: top, y2: height - bottom }),
    svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom }),
    svg(
      'text',
      {
        x: (left + width - right) / 2,
        y: height - 6,
        'text-anchor': 'middle',
        class: 'axis-label',
      },
      spec.xLabel,
    ),
    svg(
      'text',
      {
        x: 12,
        y: top + (height - top - bottom) / 2,
        transform: `rotate(-90 12 ${top + (height - top - bottom) / 2})`,
        'text-anchor': 'middle',
        class: 'axis-label',
      },
      spec.yLabel,
    ),
  );
  const lines = spec.series.map((series, index) => {
    const runs: string[] = [];
    let run = '';
    for (const p of series.points) {
      if (p.y === null) {
        if (run) runs.push(run);
        run = '';
      } else run += `${run ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`;
    }
    if (run) runs.push(run);
    return svg(
      'g',
      { class: `series series-${index % DASHES.length}` },
      ...runs.map((d) =>
        svg('path', { d, 'stroke-dasharray': DASHES[index % DASHES.length] ?? '' }),
      ),
      ...series.points.flatMap((p) => (p.y === null ? [] : [marker(index, px(p.x), py(p.y))])),
    );
  });
  const title = svg('title', {}, spec.title);
  return svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': spec.title },
    title,
    grid,
    axes,
    ...lines,
  );
}
