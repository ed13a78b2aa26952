/** Short hair styles: crops, partings, receding and thinning hair. */
import type { Geo } from './head.ts';
import { EMPTY, type HairLayers, mirror, type Pt, sheen } from './hair-kit.ts';
import type { Hair } from './palette.ts';
import { d, line, path, seeded, smooth } from './svg.ts';

/** Short cropped hair following the skull with a crisp hairline. */
export function closeCrop(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const outer: Pt[] = [
    [cx - hw - 1, 122],
    [cx - hw - 3, 94],
    [cx - hw + 4, 70],
    [cx - 28, 55],
    [cx, 51],
  ];
  const hairline: Pt[] = [
    [cx + hw - 5, 118],
    [cx + hw - 7, 98],
    [cx + 34, 86],
    [cx + 18, 80],
    [cx, 79],
  ];
  const pts = [
    ...outer,
    ...mirror(outer, cx).slice(1),
    ...hairline,
    ...mirror(hairline, cx).slice(1),
  ];
  return {
    ...EMPTY,
    front:
      path(smooth(pts, true), h.base) + sheen(d`M${cx - 26} 62Q${cx} 53 ${cx + 26} 62`, h, 2.5),
  };
}

/** Natural afro-textured hair: a rounded, softly bumpy shape with a speckled texture. */
export function naturalCrop(g: Geo, h: Hair, seed: string): HairLayers {
  const { cx } = g;
  const pts: Pt[] = [];
  const steps = 26;
  for (let i = 0; i <= steps; i++) {
    const a = Math.PI * (1 + i / steps); // left ear over the top to the right ear
    const r = i % 2 === 0 ? 1 : 0.965;
    pts.push([cx + Math.cos(a) * 60 * r, 112 + Math.sin(a) * 68 * r]);
  }
  const hairline: Pt[] = [
    [cx + 50, 124],
    [cx + 47, 104],
    [cx + 38, 88],
    [cx + 18, 79],
    [cx, 77],
    [cx - 18, 79],
    [cx - 38, 88],
    [cx - 47, 104],
    [cx - 50, 124],
  ];
  // Tiny coils, gathered into one path per colour to keep the file small.
  const rnd = seeded(seed);
  let light = '';
  let dark = '';
  for (let i = 0; i < 70; i++) {
    const a = Math.PI * (1.05 + rnd() * 0.9);
    const r = 0.55 + rnd() * 0.4;
    const x = cx + Math.cos(a) * 58 * r;
    const y = 112 + Math.sin(a) * 66 * r;
    if (y > 70 + Math.abs(x - cx) * 0.45) continue; // keep texture off the forehead
    const coil = d`M${x - 2.5} ${y}a2.5 2.5 0 1 1 4 -1.5`;
    if (i % 3 === 0) dark += coil;
    else light += coil;
  }
  const dots =
    line(light, h.light, 1.6, { opacity: 0.8 }) + line(dark, h.dark, 1.6, { opacity: 0.8 });
  return { ...EMPTY, front: path(smooth([...pts, ...hairline], true), h.base) + dots };
}

/** Short hair with volume on top and a side parting, swept across. */
export function sidePart(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const pts: Pt[] = [
    [cx - hw - 1, 122],
    [cx - hw - 4, 92],
    [cx - hw + 2, 66],
    [cx - 28, 48],
    [cx + 2, 42],
    [cx + 32, 46],
    [cx + hw - 2, 62],
    [cx + hw + 4, 90],
    [cx + hw + 1, 122],
    [cx + hw - 5, 118],
    [cx + hw - 8, 96],
    [cx + 38, 82],
    [cx + 16, 84],
    [cx - 6, 80],
    [cx - 24, 74],
    [cx - 30, 80],
    [cx - 40, 90],
    [cx - hw + 5, 104],
    [cx - hw + 5, 118],
  ];
  return {
    ...EMPTY,
    front:
      path(smooth(pts, true), h.base) +
      line(d`M${cx - 26} 50Q${cx - 30} 62 ${cx - 27} 76`, h.dark, 2.5) +
      sheen(
        d`M${cx - 18} 58Q${cx + 8} 50 ${cx + 36} 60M${cx - 14} 68Q${cx + 10} 62 ${cx + 30} 70`,
        h,
      ),
  };
}

/** Neat hair combed back from a slightly higher hairline, grey at the temples. */
export function combedBack(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const outer: Pt[] = [
    [cx - hw - 1, 122],
    [cx - hw - 3, 92],
    [cx - hw + 4, 66],
    [cx - 30, 50],
    [cx, 45],
  ];
  const hairline: Pt[] = [
    [cx + hw - 5, 118],
    [cx + hw - 8, 94],
    [cx + 34, 80],
    [cx + 16, 73],
    [cx, 72],
  ];
  const pts = [
    ...outer,
    ...mirror(outer, cx).slice(1),
    ...hairline,
    ...mirror(hairline, cx).slice(1),
  ];
  const temples = [-1, 1]
    .map((s) =>
      path(
        d`M${cx + s * (hw + 1)} 120Q${cx + s * (hw + 2)} 96 ${cx + s * (hw - 6)} 84L${cx + s * (hw - 8)} 118Z`,
        h.light,
      ),
    )
    .join('');
  const comb = d`M${cx - 24} 78Q${cx - 14} 60 ${cx + 6} 52M${cx + 2} 74Q${cx + 10} 60 ${cx + 28} 56`;
  return {
    ...EMPTY,
    front: path(smooth(pts, true), h.base) + temples + line(comb, h.light, 2, { opacity: 0.45 }),
  };
}

/** Short grey hair at the sides with a receding, thinner top. */
export function receding(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const side = (s: -1 | 1): string =>
    path(
      smooth(
        [
          [cx + s * (hw + 1), 124],
          [cx + s * (hw + 2), 98],
          [cx + s * (hw - 4), 76],
          [cx + s * (hw - 14), 66],
          [cx + s * (hw - 11), 80],
          [cx + s * (hw - 5), 100],
          [cx + s * (hw - 4), 122],
        ],
        true,
      ),
      h.base,
    );
  const top = path(
    smooth(
      [
        [cx - 34, 68],
        [cx - 16, 58],
        [cx + 12, 56],
        [cx + 34, 66],
        [cx + 18, 70],
        [cx, 72],
        [cx - 18, 70],
      ],
      true,
    ),
    h.base,
    { opacity: 0.6 },
  );
  return {
    ...EMPTY,
    front: side(-1) + side(1) + top + sheen(d`M${cx - 16} 63Q${cx} 59 ${cx + 16} 62`, h, 2),
  };
}

/** White hair: close at the sides and round the back, only a few wisps left on top. */
export function thinning(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const side = (s: -1 | 1): string =>
    path(
      smooth(
        [
          [cx + s * (hw + 1), 126],
          [cx + s * (hw + 4), 108],
          [cx + s * (hw + 2), 88],
          [cx + s * (hw - 6), 72],
          [cx + s * (hw - 16), 66],
          [cx + s * (hw - 12), 78],
          [cx + s * (hw - 5), 96],
          [cx + s * (hw - 3), 122],
        ],
        true,
      ),
      h.base,
    ) +
    line(
      d`M${cx + s * (hw + 1)} 92q${s * 2} 12 ${s * -1} 26M${cx + s * (hw - 6)} 80q${s * 4} 6 ${s * 5} 14`,
      h.dark,
      1.5,
      { opacity: 0.7 },
    );
  const wisps = line(
    d`M${cx - 30} 70Q${cx - 8} 56 ${cx + 22} 62M${cx - 20} 72Q${cx} 60 ${cx + 30} 68M${cx - 6} 64q12 -6 26 -2`,
    h.base,
    2.6,
    { opacity: 0.9 },
  );
  return { ...EMPTY, front: side(-1) + side(1) + wisps };
}
