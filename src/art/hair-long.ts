/** Longer hair styles: ponytail, bob, big curls and long waves. */
import type { Geo } from './head.ts';
import { type HairLayers, mirror, type Pt, sheen, wave } from './hair-kit.ts';
import type { Hair } from './palette.ts';
import { circle, d, ellipse, line, path, seeded, smooth } from './svg.ts';

/** Hair pulled back into a ponytail that falls forward over one shoulder. */
export function ponytail(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const outer: Pt[] = [
    [cx - hw - 1, 122],
    [cx - hw - 3, 92],
    [cx - hw + 4, 68],
    [cx - 26, 52],
    [cx, 47],
  ];
  const hairline: Pt[] = [
    [cx + hw - 4, 116],
    [cx + hw - 6, 96],
    [cx + 32, 82],
    [cx + 16, 76],
    [cx, 75],
  ];
  const pts = [
    ...outer,
    ...mirror(outer, cx).slice(1),
    ...hairline,
    ...mirror(hairline, cx).slice(1),
  ];
  // The tail hangs behind the head and swings out past one side of the neck.
  const tail: Pt[] = wave(
    [
      [cx + 30, 70],
      [cx + 56, 80],
      [cx + 68, 110],
      [cx + 70, 150],
      [cx + 66, 190],
      [cx + 58, 236],
      [cx + 44, 240],
      [cx + 48, 196],
      [cx + 50, 150],
      [cx + 40, 110],
    ],
    1.5,
  );
  const strands = d`M${cx - 20} 78Q${cx - 14} 60 ${cx + 6} 52M${cx + 4} 76Q${cx + 12} 60 ${cx + 30} 58M${cx + 26} 84Q${cx + 36} 70 ${cx + 44} 72`;
  const fringe: Pt[] = [
    [cx - 4, 50],
    [cx - 26, 58],
    [cx - 40, 74],
    [cx - hw + 1, 98],
    [cx - hw + 6, 102],
    [cx - 34, 84],
    [cx - 18, 70],
    [cx + 2, 62],
  ];
  return {
    back:
      path(smooth(tail, true), h.dark) +
      line(d`M${cx + 60} 120Q${cx + 64} 170 ${cx + 56} 220`, h.base, 3, { opacity: 0.8 }) +
      path(d`M${cx + 46} 80l12 -3l3 9l-12 3Z`, h.dark),
    mid: '',
    front:
      path(smooth(pts, true), h.base) +
      line(strands, h.light, 2.4, { opacity: 0.75 }) +
      path(smooth(fringe, true), h.base) +
      line(d`M${cx - 8} 56Q${cx - 30} 66 ${cx - 40} 88`, h.light, 2, { opacity: 0.7 }),
  };
}

/** A sleek bob with a blunt fringe: mass behind the face, side panels over the ears. */
export function bob(g: Geo, h: Hair): HairLayers {
  const { cx } = g;
  const back: Pt[] = [
    [cx - 56, 192],
    [cx - 62, 150],
    [cx - 62, 108],
    [cx - 54, 74],
    [cx - 34, 54],
    [cx, 46],
    [cx + 34, 54],
    [cx + 54, 74],
    [cx + 62, 108],
    [cx + 62, 150],
    [cx + 56, 192],
    [cx, 200],
  ];
  const left: Pt[] = [
    [cx - 58, 192],
    [cx - 60, 150],
    [cx - 58, 106],
    [cx - 50, 76],
    [cx - 30, 56],
    [cx, 50],
    [cx + 30, 56],
    [cx + 50, 76],
    [cx + 58, 106],
    [cx + 60, 150],
    [cx + 58, 192],
    [cx + 42, 194],
    [cx + 42, 150],
    [cx + 44, 110],
    [cx + 40, 92],
    [cx + 20, 92],
    [cx, 94],
    [cx - 20, 92],
    [cx - 40, 92],
    [cx - 44, 110],
    [cx - 42, 150],
    [cx - 42, 194],
  ];
  return {
    back: path(smooth(back, true), h.dark),
    mid: '',
    front:
      path(smooth(left, true), h.base) +
      sheen(d`M${cx - 32} 64Q${cx} 52 ${cx + 32} 64`, h, 3.5) +
      line(
        d`M${cx - 52} 120Q${cx - 54} 160 ${cx - 50} 186M${cx + 52} 120Q${cx + 54} 160 ${cx + 50} 186`,
        h.light,
        2,
        {
          opacity: 0.5,
        },
      ) +
      line(d`M${cx - 20} 92l2 -10M${cx + 4} 94l-1 -12M${cx + 24} 92l-2 -9`, h.dark, 1.6, {
        opacity: 0.6,
      }),
  };
}

/** Big curly hair: a cloud of curls behind, clumps framing the face in front. */
export function curly(g: Geo, h: Hair, seed: string): HairLayers {
  const { cx } = g;
  const rnd = seeded(seed);
  let back = ellipse(cx, 130, 66, 76, h.base);
  for (let i = 0; i <= 18; i++) {
    const a = Math.PI * (0.82 + (i / 18) * 1.36);
    back += circle(cx + Math.cos(a) * 66, 130 + Math.sin(a) * 72, 16 + rnd() * 5, h.base);
  }
  const clumps: Pt[] = [
    [cx - 50, 170],
    [cx - 54, 148],
    [cx - 54, 124],
    [cx - 50, 100],
    [cx - 38, 80],
    [cx - 20, 68],
    [cx, 64],
    [cx + 20, 68],
    [cx + 38, 80],
    [cx + 50, 100],
    [cx + 54, 124],
    [cx + 54, 148],
    [cx + 50, 170],
  ];
  let front = '';
  let curls = '';
  clumps.forEach(([x, y], i) => {
    const r = i === 0 || i === clumps.length - 1 ? 11 : 14;
    front += circle(x, y, r, h.base);
    const s = i % 2 === 0 ? 1 : -1;
    curls += d`M${x - 6} ${y + 1}a6 6 0 1 ${s > 0 ? 1 : 0} 10 -4`;
  });
  let backCurls = '';
  for (let i = 0; i < 16; i++) {
    const a = Math.PI * (0.85 + rnd() * 1.3);
    const r = 0.7 + rnd() * 0.25;
    const x = cx + Math.cos(a) * 66 * r;
    const y = 130 + Math.sin(a) * 74 * r;
    backCurls += d`M${x - 5} ${y}a5 5 0 1 1 8 -3`;
  }
  back += line(backCurls, h.light, 2.2, { opacity: 0.75 });
  return { back, mid: '', front: front + line(curls, h.light, 2.2, { opacity: 0.75 }) };
}

/** Long dark wavy hair from a side parting, falling in front of the shoulders. */
export function longWavy(g: Geo, h: Hair): HairLayers {
  const { cx } = g;
  const back: Pt[] = wave(
    [
      [cx - 58, 110],
      [cx - 50, 70],
      [cx - 24, 50],
      [cx + 8, 44],
      [cx + 40, 54],
      [cx + 58, 80],
      [cx + 64, 130],
      [cx + 70, 180],
      [cx + 72, 230],
      [cx + 40, 240],
      [cx - 40, 240],
      [cx - 72, 230],
      [cx - 68, 180],
      [cx - 62, 140],
    ],
    3,
  );
  const leftLock: Pt[] = [
    [cx - 10, 48],
    [cx - 34, 58],
    [cx - 54, 84],
    [cx - 58, 124],
    [cx - 62, 164],
    [cx - 66, 204],
    [cx - 62, 240],
    [cx - 70, 270],
    [cx - 52, 282],
    [cx - 44, 256],
    [cx - 48, 222],
    [cx - 42, 186],
    [cx - 42, 146],
    [cx - 42, 108],
    [cx - 34, 82],
    [cx - 16, 66],
  ];
  const rightLock: Pt[] = [
    [cx - 14, 46],
    [cx + 22, 48],
    [cx + 48, 64],
    [cx + 58, 96],
    [cx + 60, 136],
    [cx + 64, 176],
    [cx + 70, 212],
    [cx + 66, 250],
    [cx + 76, 280],
    [cx + 54, 290],
    [cx + 48, 258],
    [cx + 50, 222],
    [cx + 44, 186],
    [cx + 42, 146],
    [cx + 42, 110],
    [cx + 34, 84],
    [cx + 14, 70],
    [cx - 12, 66],
  ];
  return {
    back: path(smooth(back, true), h.dark),
    mid: '',
    front:
      path(smooth(wave(leftLock, 4), true), h.base) +
      path(smooth(wave(rightLock, 4), true), h.base) +
      line(
        d`M${cx - 50} 104q-8 22 0 44t0 44t0 44M${cx + 52} 104q8 22 0 44t0 44t2 44`,
        h.light,
        2.4,
        { opacity: 0.6 },
      ) +
      sheen(d`M${cx - 4} 56Q${cx + 26} 54 ${cx + 44} 74`, h, 3),
  };
}
