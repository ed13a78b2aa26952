/** More hair styles: a bun, a pixie cut, long braids and a shaved head. */
import type { Geo } from './head.ts';
import { EMPTY, type HairLayers, mirror, type Pt, sheen, wave } from './hair-kit.ts';
import type { Hair } from './palette.ts';
import { d, ellipse, line, path, smooth } from './svg.ts';

/** Hair pulled back close to the head, with a hairline, for styles tied up behind. */
function pulledBack(g: Geo, h: Hair, hairlineY: number): string {
  const { cx, hw } = g;
  const outer: Pt[] = [
    [cx - hw - 1, 122],
    [cx - hw - 3, 92],
    [cx - hw + 4, 68],
    [cx - 26, 52],
    [cx, 48],
  ];
  const hairline: Pt[] = [
    [cx + hw - 4, 116],
    [cx + hw - 6, 96],
    [cx + 32, hairlineY + 6],
    [cx + 16, hairlineY + 1],
    [cx, hairlineY],
  ];
  const pts = [
    ...outer,
    ...mirror(outer, cx).slice(1),
    ...hairline,
    ...mirror(hairline, cx).slice(1),
  ];
  return path(smooth(pts, true), h.base);
}

/** Hair drawn up into a round bun on top of the head, a few strands combed back. */
export function bun(g: Geo, h: Hair): HairLayers {
  const { cx } = g;
  const strands = d`M${cx - 30} 84Q${cx - 22} 62 ${cx - 4} 54M${cx - 8} 78Q${cx} 62 ${cx + 14} 54M${cx + 18} 80Q${cx + 26} 66 ${cx + 34} 62`;
  return {
    // Drawn low enough on the crown that the frame never crops it.
    back:
      ellipse(cx + 2, 46, 20, 14, h.base) +
      line(
        d`M${cx - 12} 42Q${cx + 2} 34 ${cx + 16} 42M${cx - 10} 51Q${cx + 4} 45 ${cx + 16} 51`,
        h.dark,
        2.2,
        {
          opacity: 0.7,
        },
      ),
    mid: '',
    front:
      pulledBack(g, h, 77) +
      line(strands, h.light, 2.2, { opacity: 0.7 }) +
      path(
        d`M${cx - 14} 52Q${cx + 4} 44 ${cx + 22} 52L${cx + 20} 57Q${cx + 4} 50 ${cx - 12} 57Z`,
        h.dark,
      ),
  };
}

/** A short pixie cut: close at the sides, a soft fringe swept across the forehead. */
export function pixie(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const cap: Pt[] = [
    [cx - hw - 1, 128],
    [cx - hw - 4, 96],
    [cx - hw + 2, 68],
    [cx - 28, 50],
    [cx + 4, 45],
    [cx + 34, 50],
    [cx + hw - 2, 66],
    [cx + hw + 4, 94],
    [cx + hw + 1, 126],
    [cx + hw - 5, 120],
    [cx + hw - 8, 100],
    [cx + 36, 86],
  ];
  const fringe: Pt[] = [
    [cx + 36, 86],
    [cx + 14, 94],
    [cx - 10, 98],
    [cx - 30, 94],
    [cx - 42, 100],
    [cx - hw + 5, 112],
    [cx - hw + 4, 126],
  ];
  return {
    ...EMPTY,
    front:
      path(smooth([...cap, ...fringe], true), h.base) +
      line(
        d`M${cx + 30} 62Q${cx + 4} 70 ${cx - 26} 92M${cx + 18} 58Q${cx - 8} 66 ${cx - 34} 86`,
        h.dark,
        2,
        {
          opacity: 0.6,
        },
      ) +
      sheen(d`M${cx - 20} 58Q${cx + 4} 50 ${cx + 30} 58`, h, 2.5),
  };
}

/** Long braids from a neat hairline, falling behind the shoulders with two in front. */
export function braids(g: Geo, h: Hair): HairLayers {
  const { cx } = g;
  const mass: Pt[] = wave(
    [
      [cx - 60, 110],
      [cx - 52, 68],
      [cx - 24, 48],
      [cx + 24, 48],
      [cx + 52, 68],
      [cx + 60, 110],
      [cx + 68, 170],
      [cx + 74, 246],
      [cx - 74, 246],
      [cx - 68, 170],
    ],
    2,
  );
  const plait = (x: number, top: number, bottom: number): string => {
    let out = d`M${x} ${top}`;
    for (let y = top; y < bottom; y += 8) out += d`l3 4l-3 4`;
    return out;
  };
  let backLines = '';
  for (const x of [-62, -50, -38, 40, 52, 64]) backLines += plait(cx + x, 120, 244);
  const front = (s: -1 | 1): string => {
    const x = cx + s * 52;
    return (
      path(d`M${x - 6} 110L${x + 6} 110L${x + 8 + s * 4} 276L${x - 4 + s * 4} 276Z`, h.base) +
      line(plait(x + 1 + s * 2, 116, 272), h.light, 1.6, { opacity: 0.7 })
    );
  };
  return {
    back: path(smooth(mass, true), h.dark) + line(backLines, h.light, 1.4, { opacity: 0.45 }),
    mid: front(-1) + front(1),
    front:
      pulledBack(g, h, 76) +
      line(
        d`M${cx - 30} 82Q${cx - 26} 64 ${cx - 10} 54M${cx - 10} 78Q${cx - 6} 62 ${cx + 8} 52M${cx + 12} 78Q${cx + 16} 62 ${cx + 28} 56M${cx + 32} 84Q${cx + 36} 70 ${cx + 44} 66`,
        h.light,
        1.8,
        { opacity: 0.65 },
      ),
  };
}

/** A shaved head: a faint shadow of regrowth over the scalp and a sheen on the crown. */
export function shaved(g: Geo, h: Hair): HairLayers {
  const { cx, hw, top } = g;
  const hairline: Pt[] = [
    [cx + hw, 118],
    [cx + hw - 6, 96],
    [cx + 34, 84],
    [cx + 16, 80],
    [cx, 79],
    [cx - 16, 80],
    [cx - 34, 84],
    [cx - hw + 6, 96],
    [cx - hw, 118],
  ];
  // The scalp: the head's own outline over the top, back along the hairline.
  const scalp =
    d`M${cx - hw} 118C${cx - hw} 78 ${cx - hw * 0.62} ${top} ${cx} ${top}C${cx + hw * 0.62} ${top} ${cx + hw} 78 ${cx + hw} 118` +
    smooth(hairline).replace(/^M[^C]*/, '') +
    'Z';
  return {
    ...EMPTY,
    front:
      path(scalp, h.dark, { opacity: 0.18 }) +
      line(d`M${cx - 20} 68Q${cx - 4} 62 ${cx + 12} 65`, '#ffffff', 4, { opacity: 0.28 }),
  };
}
