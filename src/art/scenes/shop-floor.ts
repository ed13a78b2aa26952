/**
 * The Northway Home shop floor: a sofa showroom under the shop sign, with lamps, shelving,
 * cushions and price tags.
 */
import { houseMark } from '../brand.ts';
import { BRAND, SCENE } from '../palette.ts';
import { circle, d, ellipse, line, path, rect } from '../svg.ts';
import { floorBoards, floorLamp, label, pendant, plant, shadow, sofa, W } from './kit.ts';

const FLOOR = 500;

/** Open shelving on the back wall with vases, stacked throws and baskets. */
function shelving(x: number, y: number, w: number): string {
  let out = rect(x, y, w, 250, SCENE.wood, { opacity: 0.35 });
  const items = [SCENE.sage, SCENE.terracotta, SCENE.dustyBlue, SCENE.mustard, SCENE.white];
  for (let row = 0; row < 3; row++) {
    const sy = y + 70 + row * 80;
    out += rect(x - 6, sy, w + 12, 10, SCENE.woodDark);
    for (let i = 0; i < 4; i++) {
      const ix = x + 20 + i * ((w - 40) / 4);
      const c = items[(row * 2 + i) % items.length] ?? SCENE.sage;
      out +=
        (row + i) % 3 === 0
          ? path(
              d`M${ix + 10} ${sy}Q${ix} ${sy - 30} ${ix + 14} ${sy - 46}H${ix + 26}Q${ix + 40} ${sy - 30} ${ix + 30} ${sy}Z`,
              c,
            )
          : (row + i) % 3 === 1
            ? rect(ix, sy - 14, 44, 14, c, { rx: 3 }) +
              rect(ix + 3, sy - 26, 40, 12, SCENE.white, { rx: 3 })
            : rect(ix, sy - 34, 48, 34, SCENE.woodDark, { rx: 4, opacity: 0.8 });
    }
  }
  return (
    out + rect(x - 6, y, 12, 250, SCENE.woodDark) + rect(x + w - 6, y, 12, 250, SCENE.woodDark)
  );
}

/** The shop sign: teal board, orange house mark and the name. */
function sign(cx: number, y: number): string {
  return (
    rect(cx - 200, y, 400, 92, BRAND.teal, { rx: 10 }) +
    rect(cx - 200, y + 84, 400, 8, BRAND.tealDark, { rx: 4 }) +
    houseMark(cx - 140, y + 46, 52) +
    label(cx + 34, y + 60, 38, BRAND.cream, 'Northway Home', 260)
  );
}

/** A small swing tag hanging from a sofa arm. */
const priceTag = (x: number, y: number): string =>
  line(d`M${x} ${y}l14 22`, SCENE.ink, 1.5, { opacity: 0.6 }) +
  rect(x + 4, y + 20, 30, 40, SCENE.white, {
    rx: 3,
    transform: d`rotate(-12 ${x + 19} ${y + 40})`,
  }) +
  line(d`M${x + 12} ${y + 36}h14M${x + 13} ${y + 44}h10`, BRAND.orange, 3, {
    transform: d`rotate(-12 ${x + 19} ${y + 40})`,
  });

/** A side table with a table lamp and a book. */
function sideTable(x: number, base: number): string {
  return (
    shadow(x, base, 50, 8) +
    rect(x - 42, base - 96, 84, 12, SCENE.woodDark, { rx: 3 }) +
    line(
      d`M${x - 34} ${base - 84}L${x - 38} ${base}M${x + 34} ${base - 84}L${x + 38} ${base}`,
      SCENE.woodDark,
      6,
    ) +
    rect(x - 34, base - 108, 36, 12, SCENE.dustyBlue, { rx: 2 }) +
    circle(x + 18, base - 150, 40, SCENE.lampGlow, { opacity: 0.5 }) +
    line(d`M${x + 18} ${base - 140}V${base - 118}`, SCENE.metalDark, 3) +
    ellipse(x + 18, base - 108, 14, 12, SCENE.terracotta) +
    path(
      d`M${x - 4} ${base - 136}L${x + 4} ${base - 172}H${x + 32}L${x + 40} ${base - 136}Z`,
      SCENE.white,
    )
  );
}

export function shopFloor(): string {
  const ceiling =
    rect(0, 0, W, 46, SCENE.ceiling) + rect(0, 46, W, 6, SCENE.shadow, { opacity: 0.08 });
  const wall = rect(0, 0, W, FLOOR, SCENE.wallWarm) + rect(0, 300, W, FLOOR - 300, '#dcd3c6');
  const skirting =
    rect(0, FLOOR - 14, W, 14, SCENE.white) + rect(0, FLOOR, W, 4, SCENE.shadow, { opacity: 0.1 });
  const rug = path(
    d`M70 ${FLOOR + 70}L560 ${FLOOR + 70}L600 ${FLOOR + 150}L30 ${FLOOR + 150}Z`,
    SCENE.rug,
    { opacity: 0.7 },
  );
  return (
    wall +
    ceiling +
    shelving(90, 130, 260) +
    shelving(930, 130, 260) +
    sign(640, 110) +
    rect(480, 240, 320, 190, '#d5ccbf') +
    path(d`M500 420L560 300L610 360L660 290L780 420Z`, SCENE.sage, { opacity: 0.7 }) +
    circle(720, 290, 20, SCENE.mustard, { opacity: 0.8 }) +
    skirting +
    floorBoards(FLOOR + 4, SCENE.floorWood, SCENE.floorWoodDark) +
    rug +
    pendant(330, 60, 70, SCENE.mustard) +
    pendant(640, 40, 80, BRAND.teal) +
    pendant(950, 60, 70, SCENE.terracotta) +
    floorLamp(60, FLOOR + 150, 300, SCENE.white) +
    sofa(110, FLOOR - 40, 430, 170, SCENE.sage, SCENE.sageDark, [
      SCENE.mustard,
      SCENE.white,
      SCENE.terracotta,
    ]) +
    priceTag(500, FLOOR + 40) +
    sideTable(640, FLOOR + 120) +
    sofa(760, FLOOR - 20, 380, 160, SCENE.dustyBlue, SCENE.dustyBlueDark, [
      SCENE.white,
      SCENE.mustard,
    ]) +
    priceTag(1100, FLOOR + 60) +
    plant(1220, FLOOR + 150, 1.3)
  );
}
