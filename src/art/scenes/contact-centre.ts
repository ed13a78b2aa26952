/**
 * The contact centre: rows of desks with monitors and headsets, chairs, ribbon windows and a wall
 * screen showing the call queue.
 */
import { SCENE } from '../palette.ts';
import { circle, d, ellipse, line, path, rect } from '../svg.ts';
import { label, plant, shadow, townView, W, windowFrame } from './kit.ts';

const FLOOR = 470;
const DESK = 440;
const PANEL = '#9fb0bb';

/** The queue dashboard: calls waiting, average wait and agent bars. */
function dashboard(x: number, y: number): string {
  const bars = [0.8, 0.55, 0.7, 0.35, 0.6]
    .map((v, i) =>
      rect(x + 200, y + 44 + i * 22, 110 * v, 12, i === 3 ? '#d9a36b' : SCENE.screenGlow, {
        rx: 3,
      }),
    )
    .join('');
  return (
    rect(x - 10, y - 10, 360, 200, '#2f3940', { rx: 8 }) +
    rect(x, y, 340, 180, SCENE.screen) +
    label(x + 90, y + 40, 18, '#c9d8e0', 'Calls waiting', 150, 400) +
    label(x + 90, y + 110, 64, '#e9f1f4', '4', undefined, 700) +
    label(x + 90, y + 150, 18, '#c9d8e0', 'Avg wait 1:12', 150, 400) +
    line(d`M${x + 180} ${y + 24}V${y + 160}`, '#56646e', 2) +
    bars
  );
}

/** One workstation on the back desk: monitor, keyboard, headset and sometimes a mug. */
function station(x: number, i: number): string {
  const mx = x + 20;
  const screen =
    rect(mx, DESK - 96, 120, 74, '#2f3940', { rx: 4 }) +
    rect(mx + 6, DESK - 90, 108, 60, '#a9c3d1');
  const text = line(
    d`M${mx + 14} ${DESK - 78}h60M${mx + 14} ${DESK - 66}h80M${mx + 14} ${DESK - 54}h44`,
    '#6f8fa3',
    5,
  );
  const stand =
    rect(mx + 52, DESK - 22, 16, 18, '#2f3940') +
    rect(mx + 36, DESK - 6, 48, 6, '#2f3940', { rx: 2 });
  const headset =
    i % 2 === 0
      ? line(
          d`M${x + 150} ${DESK - 4}Q${x + 150} ${DESK - 44} ${x + 180} ${DESK - 44}Q${x + 210} ${DESK - 44} ${x + 210} ${DESK - 4}`,
          '#2c3036',
          5,
        ) +
        ellipse(x + 150, DESK - 8, 9, 8, '#2c3036') +
        ellipse(x + 210, DESK - 8, 9, 8, '#2c3036')
      : // hung on the monitor corner when the agent is away
        line(d`M${mx + 112} ${DESK - 96}q16 -4 16 18q0 24 -10 30`, '#2c3036', 5) +
        ellipse(mx + 118, DESK - 46, 8, 10, '#2c3036');
  const mug = i % 3 === 1 ? rect(x + 160, DESK - 26, 18, 22, SCENE.terracotta, { rx: 3 }) : '';
  return (
    screen + text + stand + rect(x + 8, DESK - 8, 100, 6, '#c9ced2', { rx: 2 }) + headset + mug
  );
}

/** An office chair seen from behind, pushed up to the desk. */
function chair(x: number, colour: string): string {
  return (
    shadow(x, FLOOR + 140, 70, 10) +
    line(d`M${x} ${DESK + 90}V${FLOOR + 110}`, '#3b4045', 8) +
    line(
      d`M${x - 50} ${FLOOR + 130}L${x} ${FLOOR + 110}L${x + 50} ${FLOOR + 130}M${x} ${FLOOR + 110}V${FLOOR + 134}`,
      '#3b4045',
      7,
    ) +
    circle(x - 50, FLOOR + 134, 7, '#2a2e32') +
    circle(x + 50, FLOOR + 134, 7, '#2a2e32') +
    circle(x, FLOOR + 138, 7, '#2a2e32') +
    rect(x - 62, DESK + 70, 124, 22, colour, { rx: 10 }) +
    rect(x - 54, DESK - 30, 108, 110, colour, { rx: 22 }) +
    rect(x - 40, DESK - 18, 80, 70, '#ffffff', { rx: 16, opacity: 0.06 })
  );
}

export function contactCentre(): string {
  const wall = rect(0, 0, W, FLOOR, SCENE.wallCool) + rect(0, 0, W, 40, SCENE.ceiling);
  let lights = '';
  for (let x = 80; x < W; x += 300) lights += rect(x, 10, 160, 16, '#fbfaf5', { rx: 3 });
  const floor = rect(0, FLOOR, W, 250, '#aeb5ba');
  let tiles = '';
  for (let x = -200; x < W + 200; x += 160) tiles += d`M${640 + (x - 640) * 0.6} ${FLOOR}L${x} 720`;
  for (const y of [510, 570, 650]) tiles += d`M0 ${y}H${W}`;
  let stations = '';
  for (let i = 0; i < 6; i++) stations += station(70 + i * 195, i);
  const desk =
    shadow(640, DESK + 80, 640, 14) +
    rect(40, DESK, 1200, 14, '#d8d2c6') +
    rect(40, DESK + 14, 1200, 70, '#c4beb2', { opacity: 0.5 }) +
    line(d`M60 ${DESK + 14}V${DESK + 86}M1220 ${DESK + 14}V${DESK + 86}`, SCENE.metalDark, 6);
  let panels = '';
  for (let i = 0; i <= 6; i++) panels += rect(50 + i * 195, DESK - 120, 10, 120, PANEL);
  const chairs = [345, 735, 1125].map((x, i) => chair(x, i === 1 ? '#5d6f7d' : '#4c555d')).join('');
  return (
    wall +
    lights +
    windowFrame(40, 80, 380, 170, townView(40, 80, 380, 170), 3) +
    windowFrame(860, 80, 380, 170, townView(860, 80, 380, 170), 3) +
    dashboard(470, 70) +
    rect(0, FLOOR - 12, W, 12, '#c2cacf') +
    floor +
    line(tiles, '#9ea6ac', 2, { opacity: 0.6 }) +
    path(d`M0 ${DESK - 124}H${W}V${DESK - 116}H0Z`, PANEL, { opacity: 0.6 }) +
    panels +
    stations +
    desk +
    chairs +
    plant(30, FLOOR + 150, 1.1, '#7a8a94') +
    plant(1250, FLOOR + 150, 1.1, '#7a8a94')
  );
}
