/**
 * Reusable scenery pieces for the 1280 x 720 backgrounds: floors, windows, plants, lamps, sofas,
 * boxes. Front-on and flat, with soft ground shadows; colours come from SCENE in palette.ts.
 */
import { SCENE } from '../palette.ts';
import { circle, d, el, ellipse, line, path, rect } from '../svg.ts';

export const W = 1280;
export const H = 720;

/** A soft shadow on the floor under furniture, which grounds it without any perspective. */
export const shadow = (cx: number, y: number, rx: number, ry = 10): string =>
  ellipse(cx, y, rx, ry, SCENE.shadow, { opacity: 0.13 });

/** Floor boards: lines get further apart towards the viewer to hint at depth. */
export function floorBoards(top: number, fill: string, seam: string): string {
  let lines = '';
  let y = top;
  let gap = 12;
  let row = 0;
  while (y < H) {
    y += gap;
    gap *= 1.28;
    lines += d`M0 ${y}H${W}`;
    const offset = (row % 3) * 140;
    for (let x = 90 + offset; x < W; x += 420) lines += d`M${x} ${y - gap / 1.28}V${y}`;
    row++;
  }
  return rect(0, top, W, H - top, fill) + line(lines, seam, 2, { opacity: 0.6 });
}

/** A window with a frame, glazing bars and an optional view drawn inside it. */
export function windowFrame(
  x: number,
  y: number,
  w: number,
  h: number,
  view: string,
  cols = 2,
  rows = 1,
): string {
  let bars = '';
  for (let i = 1; i < cols; i++) bars += d`M${x + (w * i) / cols} ${y}V${y + h}`;
  for (let i = 1; i < rows; i++) bars += d`M${x} ${y + (h * i) / rows}H${x + w}`;
  return (
    rect(x - 10, y - 10, w + 20, h + 20, SCENE.white) +
    rect(x, y, w, h, SCENE.sky) +
    view +
    line(bars, SCENE.white, 8, { 'stroke-linecap': 'butt' }) +
    rect(x - 16, y + h + 8, w + 32, 12, SCENE.white) +
    rect(x - 16, y + h + 20, w + 32, 4, SCENE.shadow, { opacity: 0.1 })
  );
}

/** Distant rooftops and a tree or two, all pale so the window stays calm. */
export function townView(x: number, y: number, w: number, h: number): string {
  const base = y + h;
  let roofs = '';
  for (let i = 0; (i + 1) * 70 <= w; i++) {
    const bx = x + i * 70 + (w % 70) / 2;
    const bh = 30 + ((i * 37) % 50);
    roofs += d`M${bx} ${base}V${base - bh}L${bx + 35} ${base - bh - 22}L${bx + 70} ${base - bh}V${base}Z`;
  }
  return (
    rect(x, y, w, h * 0.55, SCENE.skyLow) +
    path(roofs, '#b9c6cb') +
    circle(x + w * 0.25, base - 30, 34, '#a9bba5') +
    circle(x + w * 0.75, base - 20, 26, '#a9bba5')
  );
}

/** A potted plant: tapered pot and a fan of leaves. */
export function plant(x: number, base: number, size = 1, pot: string = SCENE.terracotta): string {
  const s = size;
  let leaves = '';
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI / 2 + (i - 3) * 0.38;
    const lx = x + Math.cos(a) * 70 * s;
    const ly = base - 60 * s + Math.sin(a) * 80 * s;
    const fill = i % 2 === 0 ? SCENE.plant : SCENE.plantDark;
    leaves += path(
      d`M${x} ${base - 50 * s}Q${(x + lx) / 2 - 18 * s} ${(base - 50 * s + ly) / 2} ${lx} ${ly}Q${(x + lx) / 2 + 18 * s} ${(base - 50 * s + ly) / 2 + 10 * s} ${x} ${base - 50 * s}Z`,
      fill,
    );
  }
  return (
    shadow(x, base, 40 * s, 8 * s) +
    leaves +
    path(
      d`M${x - 30 * s} ${base - 56 * s}H${x + 30 * s}L${x + 22 * s} ${base}H${x - 22 * s}Z`,
      pot,
    ) +
    rect(x - 33 * s, base - 62 * s, 66 * s, 10 * s, pot, { rx: 3 })
  );
}

/** A ceiling pendant lamp with a warm glow. */
export function pendant(x: number, y: number, w: number, shade: string): string {
  return (
    line(d`M${x} 0V${y}`, SCENE.ink, 2, { opacity: 0.6 }) +
    ellipse(x, y + w * 0.55, w * 0.9, w * 0.3, SCENE.lampGlow, { opacity: 0.45 }) +
    path(
      d`M${x - w / 2} ${y + w * 0.5}Q${x - w / 2} ${y} ${x} ${y}Q${x + w / 2} ${y} ${x + w / 2} ${y + w * 0.5}Z`,
      shade,
    )
  );
}

/** A floor lamp with a drum shade. */
export function floorLamp(x: number, base: number, h: number, shade: string): string {
  return (
    shadow(x, base, 36, 7) +
    line(d`M${x} ${base}V${base - h}`, SCENE.metalDark, 5) +
    ellipse(x, base - 3, 22, 5, SCENE.metalDark) +
    ellipse(x, base - h + 30, 60, 30, SCENE.lampGlow, { opacity: 0.5 }) +
    path(
      d`M${x - 34} ${base - h + 40}L${x - 24} ${base - h - 10}H${x + 24}L${x + 34} ${base - h + 40}Z`,
      shade,
    )
  );
}

/** A front-on sofa: back, arms, seat cushions, plinth, feet and scatter cushions. */
export function sofa(
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  dark: string,
  cushions: readonly string[],
): string {
  const arm = Math.min(60, w * 0.14);
  const seatY = y + h * 0.5;
  const seats = Math.max(2, Math.round((w - arm * 2) / 150));
  const seatW = (w - arm * 2) / seats;
  let out =
    shadow(x + w / 2, y + h + 6, w * 0.55, 14) +
    rect(x + 10, y, w - 20, h * 0.62, fill, { rx: 18 });
  cushions.forEach((c, i) => {
    const cx = x + arm + 30 + i * ((w - arm * 2 - 60) / Math.max(1, cushions.length - 1));
    const tilt = i % 2 === 0 ? -6 : 6;
    out += rect(cx - 34, seatY - 62, 68, 62, c, {
      rx: 12,
      transform: d`rotate(${tilt} ${cx} ${seatY - 30})`,
    });
  });
  for (let i = 0; i < seats; i++)
    out += rect(x + arm + i * seatW + 2, seatY, seatW - 4, h * 0.26, fill, {
      rx: 10,
      stroke: dark,
      'stroke-width': 3,
    });
  out +=
    rect(x, y + h * 0.28, arm, h * 0.62, dark, { rx: 16 }) +
    rect(x + w - arm, y + h * 0.28, arm, h * 0.62, dark, { rx: 16 });
  out += rect(x + arm * 0.6, y + h * 0.76, w - arm * 1.2, h * 0.14, dark, { rx: 4 });
  out +=
    rect(x + 20, y + h * 0.9, 10, h * 0.1, SCENE.woodDark) +
    rect(x + w - 30, y + h * 0.9, 10, h * 0.1, SCENE.woodDark);
  return out;
}

/** A cardboard box with parcel tape, front-on. */
export function box(x: number, y: number, w: number, h: number, tape = true): string {
  return (
    rect(x, y, w, h, SCENE.cardboard) +
    rect(x, y, w, h * 0.14, SCENE.cardboardDark) +
    (tape ? rect(x + w / 2 - 7, y, 14, h * 0.45, '#d9c7a2') : '') +
    rect(x + w * 0.12, y + h * 0.55, w * 0.3, h * 0.2, SCENE.white, { opacity: 0.8 })
  );
}

/** A framed picture: mount and a simple abstract print. */
export function picture(x: number, y: number, w: number, h: number, a: string, b: string): string {
  return (
    rect(x, y, w, h, SCENE.woodDark) +
    rect(x + 8, y + 8, w - 16, h - 16, SCENE.white) +
    circle(x + w * 0.62, y + h * 0.4, Math.min(w, h) * 0.16, a) +
    path(d`M${x + 18} ${y + h - 18}L${x + w * 0.4} ${y + h * 0.45}L${x + w - 18} ${y + h - 18}Z`, b)
  );
}

/**
 * Scene text (signs, whiteboard labels) in a common sans-serif stack. `fit` pins the text to a
 * width, so the sign looks the same whichever font the machine substitutes.
 */
export const label = (
  x: number,
  y: number,
  size: number,
  fill: string,
  text: string,
  fit?: number,
  weight = 700,
): string =>
  el(
    'text',
    {
      x,
      y,
      textLength: fit,
      lengthAdjust: fit === undefined ? undefined : 'spacingAndGlyphs',
      'font-family': "'Trebuchet MS', Verdana, 'DejaVu Sans', sans-serif",
      'font-size': size,
      'font-weight': weight,
      fill,
      'text-anchor': 'middle',
    },
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
