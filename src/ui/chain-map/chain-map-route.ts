/**
 * Where the chain map's arrows go, given where the browser laid out the node
 * buttons. Pure geometry (no DOM), so the routing rules can be read and tested
 * on their own. Two layouts:
 * - "lanes": three columns (customer | front line | internal over external).
 *   Neighbouring columns get a curve between facing edges; neighbours in one
 *   column a short straight arrow; goods and services that reach the customer
 *   from the back of the chain run round a channel under the front line, so no
 *   arrow ever hides behind a node.
 * - "stacked": one column for narrow screens; every flow is an arc in a side
 *   gutter, forward flows on the right and feedback on the left.
 */
import type { ChainLink } from '../../sim/chain/chain.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface RouteInput {
  readonly layout: 'lanes' | 'stacked';
  readonly boxes: ReadonlyMap<string, Box>;
  /** Column per node (0 customer, 1 front line, 2 internal and external); all 0 when stacked. */
  readonly column: ReadonlyMap<string, number>;
  /** x of the gaps between columns 0|1 and 1|2 (lanes only). */
  readonly corridors: readonly [number, number];
  /** Widest an arc may bulge into a gutter (stacked) or beside the right column (lanes). */
  readonly bulge: number;
}

type Edge = 'left' | 'right' | 'top' | 'bottom';
type Kind = 'direct' | 'vertical' | 'loop' | 'around';
interface End {
  readonly node: string;
  readonly edge: Edge;
  readonly key: number;
  x: number;
  y: number;
}
interface Plan {
  readonly link: ChainLink;
  readonly kind: Kind;
  readonly from: End;
  readonly to: End;
  readonly track: number;
}

export const TRACK_GAP = 12;

const centreY = (box: Box) => box.y + box.h / 2;

/** How many flows run round the channel, so the front line's lane can make room first. */
export function aroundCount(links: readonly ChainLink[], column: ReadonlyMap<string, number>) {
  return links.filter((l) => Math.abs((column.get(l.from) ?? 0) - (column.get(l.to) ?? 0)) > 1)
    .length;
}

function plan(links: readonly ChainLink[], input: RouteInput): Plan[] {
  const { boxes, column } = input;
  const box = (id: string): Box => boxes.get(id) ?? { x: 0, y: 0, w: 0, h: 0 };
  const sameColumn = (id: string) =>
    [...boxes.keys()]
      .filter((other) => column.get(other) === column.get(id))
      .sort((a, b) => (boxes.get(a)?.y ?? 0) - (boxes.get(b)?.y ?? 0));
  const around = links
    .filter((l) => Math.abs((column.get(l.from) ?? 0) - (column.get(l.to) ?? 0)) > 1)
    // Higher sources take the inner tracks: with this order the tracks never cross.
    .sort((a, b) => centreY(box(a.from)) - centreY(box(b.from)) || a.id.localeCompare(b.id));
  const end = (node: string, edge: Edge, key: number): End => ({ node, edge, key, x: 0, y: 0 });

  return links.map((link) => {
    const a = box(link.from);
    const b = box(link.to);
    const ca = column.get(link.from) ?? 0;
    const cb = column.get(link.to) ?? 0;
    if (input.layout === 'stacked') {
      const edge = link.feedback ? 'left' : 'right';
      return {
        link,
        kind: 'loop',
        from: end(link.from, edge, centreY(b)),
        to: end(link.to, edge, centreY(a)),
        track: 0,
      };
    }
    if (ca === cb) {
      const order = sameColumn(link.from);
      const gap = order.indexOf(link.to) - order.indexOf(link.from);
      if (Math.abs(gap) === 1) {
        const down = gap > 0;
        // Forward flows on the left half, feedback on the right, so a pair never overlaps.
        const key = link.feedback ? 1 : 0;
        return {
          link,
          kind: 'vertical',
          from: end(link.from, down ? 'bottom' : 'top', key),
          to: end(link.to, down ? 'top' : 'bottom', key),
          track: 0,
        };
      }
      return {
        link,
        kind: 'loop',
        from: end(link.from, 'right', centreY(b)),
        to: end(link.to, 'right', centreY(a)),
        track: 0,
      };
    }
    const rightward = cb > ca;
    if (Math.abs(cb - ca) === 1) {
      return {
        link,
        kind: 'direct',
        from: end(link.from, rightward ? 'right' : 'left', centreY(b)),
        to: end(link.to, rightward ? 'left' : 'right', centreY(a)),
        track: 0,
      };
    }
    const track = around.indexOf(link);
    // Channel flows leave and enter at the bottom of an edge, below the direct curves.
    return {
      link,
      kind: 'around',
      from: end(link.from, rightward ? 'right' : 'left', 1e6 + track),
      to: end(link.to, rightward ? 'left' : 'right', 1e6 + track),
      track,
    };
  });
}

/** Spread the ends sharing an edge along it, in the order of where they are heading. */
function placeEnds(plans: readonly Plan[], boxes: ReadonlyMap<string, Box>): void {
  const groups = new Map<string, End[]>();
  for (const p of plans) {
    for (const e of [p.from, p.to]) {
      const key = `${e.node}|${e.edge}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
  }
  for (const ends of groups.values()) {
    ends.sort((a, b) => a.key - b.key);
    ends.forEach((e, i) => {
      const box = boxes.get(e.node) ?? { x: 0, y: 0, w: 0, h: 0 };
      const vertical = e.edge === 'left' || e.edge === 'right';
      const length = vertical ? box.h : box.w;
      const margin = Math.min(14, length * 0.18);
      // Top/bottom ends sit in the middle third so the straight arrows stay clear of corners.
      const span = vertical ? length - 2 * margin : length / 3;
      const start = vertical ? margin : length / 3;
      const offset = start + (span * (i + 1)) / (ends.length + 1);
      e.x = e.edge === 'left' ? box.x : e.edge === 'right' ? box.x + box.w : box.x + offset;
      e.y = e.edge === 'top' ? box.y : e.edge === 'bottom' ? box.y + box.h : box.y + offset;
    });
  }
}

/** A polyline with its corners rounded, as an SVG path. */
function rounded(points: readonly (readonly [number, number])[], radius: number): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first[0]},${first[1]}`;
  rest.forEach((p, i) => {
    const prev = points[i];
    const next = rest[i + 1];
    if (!prev || !next) {
      d += ` L${p[0]},${p[1]}`;
      return;
    }
    const into = Math.min(radius, Math.hypot(p[0] - prev[0], p[1] - prev[1]) / 2);
    const out = Math.min(radius, Math.hypot(next[0] - p[0], next[1] - p[1]) / 2);
    const toward = (q: readonly [number, number], r: number) => {
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
      return `${p[0] + ((q[0] - p[0]) * r) / len},${p[1] + ((q[1] - p[1]) * r) / len}`;
    };
    d += ` L${toward(prev, into)} Q${p[0]},${p[1]} ${toward(next, out)}`;
  });
  return d;
}

function pathOf(p: Plan, plans: readonly Plan[], input: RouteInput, channelTop: number): string {
  const { from: a, to: b } = p;
  if (p.kind === 'vertical') return `M${a.x},${a.y} L${a.x},${b.y}`;
  if (p.kind === 'direct') {
    const c = (b.x - a.x) * 0.5;
    return `M${a.x},${a.y} C${a.x + c},${a.y} ${b.x - c},${b.y} ${b.x},${b.y}`;
  }
  if (p.kind === 'loop') {
    const side = a.edge === 'left' ? -1 : 1;
    const loops = plans.filter((q) => q.kind === 'loop' && q.from.edge === a.edge);
    const longest = Math.max(1, ...loops.map((q) => Math.abs(q.to.y - q.from.y)));
    // Longer arcs bulge further, so arcs nest instead of crossing; a cubic reaches 3/4 of c.
    const reach = 10 + (input.bulge - 10) * (Math.abs(b.y - a.y) / longest);
    const c = side * (reach / 0.75);
    return `M${a.x},${a.y} C${a.x + c},${a.y} ${b.x + c},${b.y} ${b.x},${b.y}`;
  }
  const count = plans.filter((q) => q.kind === 'around').length;
  const shift = (p.track - (count - 1) / 2) * TRACK_GAP;
  const [near, far] = a.x > b.x ? [a, b] : [b, a];
  const [c0, c1] = input.corridors;
  const y = channelTop + p.track * TRACK_GAP;
  const points: [number, number][] = [
    [near.x, near.y],
    [c1 + shift, near.y],
    [c1 + shift, y],
    [c0 - shift, y],
    [c0 - shift, far.y],
    [far.x, far.y],
  ];
  return rounded(near === a ? points : points.reverse(), 10);
}

export interface Route {
  readonly link: ChainLink;
  readonly d: string;
}

export function routeLinks(links: readonly ChainLink[], input: RouteInput): Route[] {
  const plans = plan(links, input);
  placeEnds(plans, input.boxes);
  const frontBottom = Math.max(
    0,
    ...[...input.boxes].filter(([id]) => input.column.get(id) === 1).map(([, b]) => b.y + b.h),
  );
  return plans.map((p) => ({ link: p.link, d: pathOf(p, plans, input, frontBottom + 24) }));
}
