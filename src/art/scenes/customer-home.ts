/**
 * A customer's living room: papered wall, fireplace with a mirror, window with curtains, their own
 * sofa, a coffee table, and a delivery box waiting on the rug.
 */
import { SCENE } from '../palette.ts';
import { circle, d, ellipse, line, path, rect } from '../svg.ts';
import {
  box,
  floorBoards,
  floorLamp,
  picture,
  plant,
  shadow,
  sofa,
  townView,
  W,
  windowFrame,
} from './kit.ts';

const FLOOR = 500;
const WALL = '#d9ddcf';

/** Soft vertical stripes of wallpaper above a picture rail. */
function wallpaper(): string {
  let stripes = '';
  for (let x = 0; x < W; x += 48) stripes += d`M${x} 60V${FLOOR}`;
  return (
    rect(0, 0, W, FLOOR, WALL) +
    line(stripes, '#cfd4c4', 14, { 'stroke-linecap': 'butt' }) +
    rect(0, 0, W, 50, '#eceae2') +
    rect(0, 50, W, 10, SCENE.white)
  );
}

/** A window dressed with curtains and a radiator under the sill. */
function dressedWindow(x: number, w: number): string {
  const curtain = (cx: number, side: -1 | 1): string =>
    path(
      d`M${cx - 40} 96H${cx + 40}V${FLOOR - 40}Q${cx + side * 10} ${FLOOR - 30} ${cx - 40} ${FLOOR - 40}Z`,
      SCENE.terracotta,
    ) +
    line(
      d`M${cx - 20} 100V${FLOOR - 50}M${cx + 6} 100V${FLOOR - 46}M${cx + 26} 100V${FLOOR - 44}`,
      SCENE.terracottaDark,
      3,
      { opacity: 0.6 },
    );
  let fins = '';
  for (let fx = x + 20; fx < x + w - 10; fx += 18) fins += d`M${fx} ${FLOOR - 96}V${FLOOR - 30}`;
  return (
    windowFrame(x, 110, w, 230, townView(x, 110, w, 230), 2, 1) +
    line(d`M${x - 60} 92H${x + w + 60}`, SCENE.woodDark, 6) +
    curtain(x - 20, -1) +
    curtain(x + w + 20, 1) +
    rect(x + 10, FLOOR - 100, w - 20, 74, SCENE.white, { rx: 6 }) +
    line(fins, '#d9d6cd', 4)
  );
}

/** A fireplace with mantelpiece, mirror, clock and candles: the heart of a British front room. */
function fireplace(cx: number): string {
  return (
    rect(cx - 110, 120, 220, 150, SCENE.woodDark, { rx: 8 }) +
    rect(cx - 98, 132, 196, 126, '#c9d6d8', { rx: 4 }) +
    path(d`M${cx - 60} 132L${cx - 30} 258H${cx - 10}L${cx - 40} 132Z`, '#ffffff', {
      opacity: 0.35,
    }) +
    rect(cx - 150, 300, 300, 20, SCENE.white) +
    rect(cx - 130, 320, 260, FLOOR - 320, '#efece5') +
    rect(cx - 80, 360, 160, FLOOR - 360, '#4f5256') +
    path(d`M${cx - 80} 360Q${cx} 330 ${cx + 80} 360Z`, '#efece5') +
    path(
      d`M${cx - 40} ${FLOOR - 10}Q${cx - 20} 420 ${cx} ${FLOOR - 30}Q${cx + 20} 430 ${cx + 40} ${FLOOR - 10}Z`,
      '#d9a36b',
      { opacity: 0.8 },
    ) +
    rect(cx - 150, FLOOR - 8, 300, 14, '#bcb7ae') +
    circle(cx, 278, 20, SCENE.white, { stroke: SCENE.woodDark, 'stroke-width': 5 }) +
    rect(cx - 120, 262, 12, 38, SCENE.white) +
    rect(cx - 100, 270, 12, 30, SCENE.white) +
    ellipse(cx - 114, 256, 4, 7, '#e9b95a') +
    picture(cx + 90, 248, 44, 52, SCENE.mustard, SCENE.sage)
  );
}

/** A low coffee table with a mug and a magazine. */
function coffeeTable(cx: number, y: number): string {
  return (
    shadow(cx, y + 70, 150, 10) +
    rect(cx - 140, y, 280, 16, SCENE.wood, { rx: 4 }) +
    rect(cx - 126, y + 16, 14, 56, SCENE.woodDark) +
    rect(cx + 112, y + 16, 14, 56, SCENE.woodDark) +
    rect(cx - 60, y - 6, 70, 8, SCENE.dustyBlue, { transform: d`rotate(-3 ${cx - 25} ${y - 2})` }) +
    rect(cx + 50, y - 26, 22, 26, SCENE.white, { rx: 4 }) +
    path(d`M${cx + 72} ${y - 20}q10 0 10 8q0 8 -10 8`, 'none', {
      stroke: SCENE.white,
      'stroke-width': 4,
    })
  );
}

export function customerHome(): string {
  const rug = ellipse(560, FLOOR + 140, 420, 60, SCENE.rug, { opacity: 0.75 });
  return (
    wallpaper() +
    picture(90, 130, 120, 150, SCENE.dustyBlue, SCENE.sageDark) +
    picture(230, 170, 80, 100, SCENE.terracotta, SCENE.dustyBlue) +
    dressedWindow(420, 300) +
    fireplace(1000) +
    rect(0, FLOOR - 16, W, 16, SCENE.white) +
    floorBoards(FLOOR, '#bda78b', '#a8927a') +
    rug +
    floorLamp(60, FLOOR + 120, 320, '#efe6d2') +
    sofa(120, FLOOR - 60, 520, 180, SCENE.dustyBlue, SCENE.dustyBlueDark, [
      SCENE.mustard,
      SCENE.terracotta,
      SCENE.white,
    ]) +
    coffeeTable(560, FLOOR + 110) +
    shadow(860, FLOOR + 168, 90, 10) +
    box(790, FLOOR + 50, 150, 118) +
    plant(1220, FLOOR + 160, 1.2)
  );
}
