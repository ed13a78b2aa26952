/**
 * The back office: a whiteboard mapping the service chain, a window over the town, a desk with a
 * laptop, a bookcase and a wall clock.
 */
import { BRAND, SCENE } from '../palette.ts';
import { circle, d, line, path, rect } from '../svg.ts';
import { floorBoards, label, plant, shadow, townView, W, windowFrame } from './kit.ts';

const FLOOR = 520;
const MARKER = { blue: '#3f6f9c', red: '#b5544a', green: '#4f8a66' } as const;

/** The whiteboard: the service chain drawn as boxes and arrows, plus sticky notes. */
function whiteboard(x: number, y: number): string {
  const nodes = ['Customer', 'Store', 'Supplier', 'Courier'];
  let chain = '';
  nodes.forEach((n, i) => {
    const bx = x + 30 + i * 118;
    chain += rect(bx, y + 60, 92, 44, 'none', {
      stroke: i === 0 ? MARKER.red : MARKER.blue,
      'stroke-width': 3,
      rx: 6,
    });
    chain += label(bx + 46, y + 88, 15, i === 0 ? MARKER.red : MARKER.blue, n, undefined, 400);
    if (i < nodes.length - 1)
      chain += line(d`M${bx + 96} ${y + 82}h18m-6 -5l6 5l-6 5`, MARKER.blue, 3);
  });
  const scribbles = line(
    d`M${x + 40} ${y + 150}h140M${x + 40} ${y + 172}h100M${x + 40} ${y + 194}h120M${x + 250} ${y + 150}l10 10l18 -22M${x + 250} ${y + 184}l10 10l18 -22`,
    MARKER.green,
    3,
  );
  const notes = [
    ['#f1dc86', 340, 136],
    ['#f2b9b0', 410, 150],
    ['#b9d7e6', 370, 206],
  ] as const;
  const stickies = notes
    .map(([c, nx, ny], i) =>
      rect(x + nx, y + ny, 54, 54, c, {
        transform: d`rotate(${i % 2 === 0 ? -4 : 5} ${x + nx + 27} ${y + ny + 27})`,
      }),
    )
    .join('');
  return (
    rect(x - 8, y - 8, 516, 296, '#a9aeb2', { rx: 4 }) +
    rect(x, y, 500, 280, '#fbfbf8') +
    label(x + 90, y + 38, 20, MARKER.blue, 'Service chain', 150) +
    chain +
    scribbles +
    stickies +
    rect(x + 40, y + 280, 420, 10, '#a9aeb2') +
    rect(x + 120, y + 272, 30, 8, MARKER.red, { rx: 3 }) +
    rect(x + 160, y + 272, 30, 8, MARKER.blue, { rx: 3 })
  );
}

function clock(x: number, y: number): string {
  return (
    circle(x, y, 34, SCENE.white, { stroke: SCENE.ink, 'stroke-width': 5 }) +
    line(d`M${x} ${y}V${y - 22}M${x} ${y}l15 8`, SCENE.ink, 4) +
    circle(x, y, 3, SCENE.ink)
  );
}

/** A low bookcase with files and books. */
function bookcase(x: number, base: number): string {
  const colours = [
    SCENE.dustyBlue,
    SCENE.terracotta,
    SCENE.sage,
    SCENE.mustard,
    BRAND.teal,
    SCENE.white,
  ];
  let books = '';
  for (let shelf = 0; shelf < 2; shelf++) {
    const sy = base - 20 - shelf * 90;
    let bx = x + 16;
    for (let i = 0; bx < x + 200; i++) {
      const w = 16 + ((i * 7 + shelf * 5) % 14);
      const h = 56 + ((i * 11) % 20);
      books += rect(bx, sy - h, w, h, colours[(i + shelf * 2) % colours.length] ?? SCENE.sage, {
        opacity: 0.9,
      });
      bx += w + 3;
    }
  }
  return (
    shadow(x + 115, base + 4, 130, 8) +
    rect(x, base - 200, 230, 200, SCENE.woodDark) +
    rect(x + 10, base - 190, 210, 180, '#6f553e') +
    books +
    rect(x, base - 110, 230, 10, SCENE.woodDark)
  );
}

/** The desk in front: laptop, mug, papers and a desk lamp. */
function desk(x: number, y: number): string {
  return (
    shadow(x + 260, y + 190, 300, 12) +
    rect(x, y, 520, 18, SCENE.wood) +
    rect(x + 20, y + 18, 16, 170, SCENE.woodDark) +
    rect(x + 484, y + 18, 16, 170, SCENE.woodDark) +
    rect(x + 360, y + 18, 124, 120, SCENE.woodDark, { opacity: 0.8 }) +
    path(d`M${x + 150} ${y}L${x + 166} ${y - 96}H${x + 300}L${x + 316} ${y}Z`, '#4b5258') +
    rect(x + 172, y - 90, 122, 80, '#a9c3d1') +
    rect(x + 130, y - 6, 206, 8, '#8d959b', { rx: 3 }) +
    rect(x + 40, y - 10, 80, 10, SCENE.white, { transform: d`rotate(-4 ${x + 80} ${y - 5})` }) +
    rect(x + 380, y - 30, 24, 30, BRAND.teal, { rx: 4 }) +
    line(d`M${x + 470} ${y}V${y - 80}L${x + 430} ${y - 120}`, SCENE.ink, 5) +
    path(d`M${x + 410} ${y - 96}L${x + 420} ${y - 136}L${x + 452} ${y - 116}Z`, SCENE.mustard)
  );
}

export function office(): string {
  return (
    rect(0, 0, W, FLOOR, '#e2ddd4') +
    rect(0, FLOOR - 150, W, 150, '#d9d2c6') +
    rect(0, FLOOR - 154, W, 6, SCENE.white) +
    whiteboard(90, 90) +
    clock(690, 110) +
    windowFrame(800, 80, 400, 300, townView(800, 80, 400, 300), 2, 2) +
    rect(0, FLOOR - 14, W, 14, SCENE.white) +
    floorBoards(FLOOR, '#c3b39a', '#b0a084') +
    bookcase(40, FLOOR + 90) +
    desk(640, FLOOR + 20) +
    plant(1220, FLOOR + 170, 1.2, SCENE.white)
  );
}
