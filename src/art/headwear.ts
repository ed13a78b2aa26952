/**
 * Headwear that replaces hair in the layer order: a courier's cap and a hijab. Both sit above the
 * brows so expressions stay fully readable.
 */
import type { Geo } from './head.ts';
import type { HairLayers, Pt } from './hair-kit.ts';
import { CLOTH, type Hair } from './palette.ts';
import { d, line, path, rect, smooth } from './svg.ts';

const CAP = { crown: '#34373e', brim: '#26282d', seam: '#4a4e57' } as const;

/** Short hair showing under a courier cap, and the cap with the courier's red badge. */
export function capHair(g: Geo, h: Hair): HairLayers {
  const { cx, hw } = g;
  const sides = [-1, 1]
    .map((s) =>
      path(
        smooth(
          [
            [cx + s * (hw + 2), 124],
            [cx + s * (hw + 3), 100],
            [cx + s * (hw - 4), 86],
            [cx + s * (hw - 9), 96],
            [cx + s * (hw - 6), 120],
          ],
          true,
        ),
        h.base,
      ),
    )
    .join('');
  const crown: Pt[] = [
    [cx - hw - 3, 94],
    [cx - hw - 1, 68],
    [cx - 36, 44],
    [cx, 36],
    [cx + 36, 44],
    [cx + hw + 1, 68],
    [cx + hw + 3, 94],
  ];
  const brim = d`M${cx - hw - 7} 91Q${cx} 76 ${cx + hw + 7} 91Q${cx + hw + 10} 100 ${cx + hw - 2} 102Q${cx} 90 ${cx - hw + 2} 102Q${cx - hw - 10} 100 ${cx - hw - 7} 91Z`;
  const underside = d`M${cx - hw + 2} 102Q${cx} 90 ${cx + hw - 2} 102Q${cx} 95 ${cx - hw + 2} 102Z`;
  const [red] = CLOTH.red;
  return {
    back: '',
    mid: '',
    front:
      sides +
      path(smooth(crown, false) + 'Z', CAP.crown) +
      line(
        d`M${cx} 37Q${cx - 2} 60 ${cx} 84M${cx - 22} 42Q${cx - 34} 60 ${cx - 40} 86M${cx + 22} 42Q${cx + 34} 60 ${cx + 40} 86`,
        CAP.seam,
        1.6,
      ) +
      rect(cx - 14, 60, 28, 15, red, { rx: 3 }) +
      line(d`M${cx - 7} 63l7 4.5l-7 4.5M${cx + 1} 63l7 4.5l-7 4.5`, '#ffffff', 2.2) +
      path(brim, CAP.brim) +
      path(underside, '#17181b'),
  };
}

const SCARF = { base: '#2f8a85', dark: '#236c68', light: '#4aa7a1', band: '#1d5754' } as const;

/**
 * A hijab: one shape covering head, neck and the top of the chest, with an opening for the face cut
 * by the even-odd rule. Drawn over the face, so it neatly frames it and hides ears and neck.
 */
export function hijab(g: Geo): HairLayers {
  const { cx, hw, chinY, chinW } = g;
  const half: Pt[] = [
    [cx, 42],
    [cx + 38, 48],
    [cx + 58, 74],
    [cx + 64, 116],
    [cx + 62, 160],
    [cx + 58, 196],
    [cx + 66, 226],
    [cx + 74, 256],
    [cx + 70, 288],
    [cx + 50, 306],
  ];
  const left = half.map(([x, y]) => [2 * cx - x, y] as const).reverse();
  const silhouette = smooth([...half, [cx, 310], ...left.slice(0, -1)], true);
  // The opening follows the face's own outline, with the scarf's edge across the upper forehead.
  const top = 74;
  const x0 = cx - hw + 3;
  const x1 = cx + hw - 3;
  const opening =
    d`M${x0} 112C${x0} ${top + 12} ${cx - 30} ${top} ${cx} ${top}C${cx + 30} ${top} ${x1} ${top + 12} ${x1} 112` +
    d`C${x1} 150 ${x1 - 6} 170 ${cx + chinW - 1} ${chinY - 7}Q${cx} ${chinY + 1} ${cx - chinW + 1} ${chinY - 7}C${x0 + 6} 170 ${x0} 150 ${x0} 112Z`;
  const folds = d`M${cx - 34} 206Q${cx} 228 ${cx + 44} 210M${cx - 56} 236Q${cx - 20} 262 ${cx + 30} 262M${cx + 58} 120Q${cx + 62} 170 ${cx + 54} 200M${cx - 56} 110Q${cx - 60} 150 ${cx - 52} 186`;
  return {
    back: '',
    mid: '',
    front:
      path(silhouette + opening, SCARF.base, { 'fill-rule': 'evenodd' }) +
      line(folds, SCARF.dark, 2.6, { opacity: 0.8 }) +
      line(d`M${cx - 20} 56Q${cx + 10} 48 ${cx + 40} 62`, SCARF.light, 3, { opacity: 0.7 }) +
      line(
        d`M${x0} 112C${x0} ${top + 12} ${cx - 30} ${top} ${cx} ${top}C${cx + 30} ${top} ${x1} ${top + 12} ${x1} 112`,
        SCARF.band,
        4,
      ),
  };
}
