/** Shared pieces for the hair styles: the layer type and small point helpers. */
import type { Hair } from './palette.ts';
import { line } from './svg.ts';

export interface HairLayers {
  readonly back: string;
  readonly mid: string;
  readonly front: string;
}

export type Pt = readonly [number, number];

export const EMPTY: HairLayers = { back: '', mid: '', front: '' };

/** Mirror points across the head's centre line, so symmetrical shapes are written once. */
export const mirror = (pts: readonly Pt[], cx: number): Pt[] =>
  pts.map(([x, y]) => [2 * cx - x, y] as const).reverse();

/** Wavy outline: offsets every other point sideways so long hair has a soft, lively edge. */
export const wave = (pts: readonly Pt[], amount: number): Pt[] =>
  pts.map(([x, y], i) => [x + (i % 2 === 0 ? amount : -amount), y] as const);

export const sheen = (data: string, h: Hair, width = 3): string =>
  line(data, h.light, width, { opacity: 0.7 });
