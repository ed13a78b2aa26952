/**
 * The warehouse: pallet racking with boxes and bins either side of an aisle, a roller door at the
 * back and a forklift carrying a pallet.
 */
import { SCENE } from '../palette.ts';
import { circle, d, ellipse, line, path, rect } from '../svg.ts';
import { box, label, shadow, W } from './kit.ts';

const FLOOR = 470;
const RACK_BASE = 620;

/** A pallet: deck boards with blocks. */
const pallet = (x: number, y: number, w: number): string =>
  rect(x, y, w, 6, SCENE.wood) +
  rect(x, y + 14, w, 5, SCENE.wood) +
  [0, 0.5, 1].map((k) => rect(x + k * (w - 14), y + 6, 14, 8, SCENE.woodDark)).join('');

/** A blue picking bin seen from the front. */
const bin = (x: number, y: number, fill: string): string =>
  path(d`M${x} ${y}H${x + 60}L${x + 56} ${y + 44}H${x + 4}Z`, fill) +
  rect(x + 18, y + 8, 24, 8, '#f3f1ea', { rx: 2, opacity: 0.85 });

/** One bay of racking: two uprights, three beam levels with goods on them. */
function rackBay(x: number, w: number, seed: number): string {
  const levels = [250, 380, 510];
  let goods = '';
  levels.forEach((y, i) => {
    const kind = (seed + i) % 3;
    if (kind === 0) {
      goods += pallet(x + 24, y - 20, w - 48);
      goods +=
        box(x + 30, y - 96, (w - 60) / 2 - 4, 76) +
        box(x + 30 + (w - 60) / 2 + 4, y - 80, (w - 60) / 2 - 4, 60);
    } else if (kind === 1) {
      for (let b = 0; b * 70 + 70 <= w - 30; b++)
        goods += bin(x + 22 + b * 70, y - 46, b % 2 === 0 ? SCENE.binBlue : SCENE.binGrey);
    } else {
      goods += pallet(x + 24, y - 20, w - 48) + box(x + 40, y - 110, w - 80, 90, false);
    }
  });
  const beams = levels
    .map((y) => rect(x, y, w, 14, SCENE.rackOrange) + rect(x, y + 10, w, 4, '#b07746'))
    .join('');
  const upright = (ux: number): string =>
    rect(ux - 8, 110, 16, RACK_BASE - 110, SCENE.rackBlue) +
    line(d`M${ux} 118V${RACK_BASE - 8}`, '#7f97ad', 4, { 'stroke-dasharray': '4 10' });
  return goods + beams + upright(x) + upright(x + w);
}

/** A counterbalance forklift, facing left, with a pallet of boxes on its forks. */
function forklift(x: number, base: number): string {
  const y = base;
  return (
    shadow(x + 60, y + 4, 170, 12) +
    pallet(x - 110, y - 44, 100) +
    box(x - 104, y - 124, 88, 80) +
    rect(x - 14, y - 230, 12, 226, '#4a4f55') +
    rect(x + 4, y - 230, 10, 226, '#5a6066') +
    rect(x - 110, y - 24, 104, 8, '#3a3e43') +
    rect(x + 14, y - 112, 150, 84, SCENE.forklift, { rx: 14 }) +
    rect(x + 120, y - 124, 56, 96, SCENE.forkliftDark, { rx: 12 }) +
    line(
      d`M${x + 30} ${y - 112}L${x + 40} ${y - 250}M${x + 150} ${y - 124}L${x + 146} ${y - 250}`,
      '#2f3337',
      7,
    ) +
    rect(x + 24, y - 258, 134, 12, '#2f3337', { rx: 4 }) +
    path(
      d`M${x + 96} ${y - 112}V${y - 160}Q${x + 96} ${y - 172} ${x + 110} ${y - 172}H${x + 118}V${y - 112}Z`,
      '#34373e',
    ) +
    line(d`M${x + 56} ${y - 112}L${x + 72} ${y - 150}`, '#2f3337', 5) +
    line(d`M${x + 62} ${y - 154}h22`, '#2f3337', 6) +
    rect(x + 20, y - 40, 150, 10, '#2f3337') +
    circle(x + 48, y - 22, 26, '#2a2d31') +
    circle(x + 48, y - 22, 10, SCENE.metal) +
    circle(x + 140, y - 20, 22, '#2a2d31') +
    circle(x + 140, y - 20, 8, SCENE.metal) +
    rect(x + 176, y - 90, 6, 20, '#e0704a', { rx: 2 })
  );
}

/** The roller shutter door at the back, with hazard-striped posts. */
function rollerDoor(x: number, w: number): string {
  let slats = '';
  for (let y = 220; y < FLOOR; y += 18) slats += d`M${x} ${y}H${x + w}`;
  let stripes = '';
  for (let y = 200; y < FLOOR; y += 30)
    stripes += d`M${x - 22} ${y + 20}L${x - 6} ${y}M${x + w + 6} ${y + 20}L${x + w + 22} ${y}`;
  return (
    rect(x - 24, 186, w + 48, 24, '#8e969c') +
    rect(x, 210, w, FLOOR - 210, '#c3c7c8') +
    line(slats, '#a7acae', 3) +
    rect(x - 24, 210, 20, FLOOR - 210, SCENE.hazard) +
    rect(x + w + 4, 210, 20, FLOOR - 210, SCENE.hazard) +
    line(stripes, '#55595d', 8, { 'stroke-linecap': 'butt' }) +
    rect(x + w / 2 - 70, 140, 140, 36, '#4f6b63', { rx: 4 }) +
    label(x + w / 2, 166, 20, '#eef2ef', 'GOODS IN', 110)
  );
}

export function warehouse(): string {
  let cladding = '';
  for (let x = 12; x < W; x += 24) cladding += d`M${x} 36V${FLOOR}`;
  let lamps = '';
  for (const x of [200, 640, 1080]) {
    lamps +=
      line(d`M${x} 36V70`, '#55595d', 3) +
      ellipse(x, 112, 70, 26, SCENE.lampGlow, { opacity: 0.4 }) +
      path(d`M${x - 40} 100Q${x} 54 ${x + 40} 100Z`, '#6c7378') +
      ellipse(x, 100, 22, 6, '#fbf4dc');
  }
  const floor = rect(0, FLOOR, W, 250, SCENE.floorConcrete);
  const aisle = line(d`M520 ${FLOOR}L400 720M760 ${FLOOR}L880 720`, SCENE.hazard, 10, {
    'stroke-linecap': 'butt',
  });
  const stains = path(d`M200 670q80 -20 160 0q-80 14 -160 0Z`, SCENE.floorConcreteDark, {
    opacity: 0.5,
  });
  return (
    rect(0, 0, W, FLOOR, SCENE.wallGrey) +
    line(cladding, '#bfc3c4', 3) +
    rect(0, 0, W, 36, '#6e767c') +
    rect(0, 44, W, 50, '#dde6e9') +
    line(d`M0 44H${W}M0 94H${W}`, '#b4babd', 4) +
    rollerDoor(530, 220) +
    lamps +
    floor +
    stains +
    aisle +
    shadow(245, RACK_BASE + 6, 250, 10) +
    shadow(1035, RACK_BASE + 6, 250, 10) +
    rackBay(20, 230, 0) +
    rackBay(250, 230, 1) +
    rackBay(800, 230, 2) +
    rackBay(1030, 230, 0) +
    forklift(640, 660)
  );
}
