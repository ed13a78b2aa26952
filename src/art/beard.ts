/**
 * Beards and stubble. The beard is drawn before the mouth and the moustache after it, so an open
 * mouth shows through the beard but the moustache still overlaps the upper lip.
 */
import type { Character } from './cast.ts';
import type { Geo } from './head.ts';
import { HAIR, type Hair } from './palette.ts';
import { d, line, path } from './svg.ts';

/**
 * Jaw-hugging beard. The outer edge is the face's own jaw curve (see facePath) grown by `volume`,
 * so stubble (volume 0) sits exactly on the skin; the inner edge rounds the mouth.
 */
function beardShape(g: Geo, volume: number): string {
  const { cx, hw, chinY, chinW, mouthY } = g;
  const v = volume;
  const side = hw + v * 0.3;
  const chin = chinW + v * 0.5;
  return (
    d`M${cx - side} 120C${cx - side} 150 ${cx - hw + 7 - v * 0.3} ${170 + v} ${cx - chin} ${chinY - 6 + v}` +
    d`Q${cx} ${chinY + 3 + v * 1.2} ${cx + chin} ${chinY - 6 + v}C${cx + hw - 7 + v * 0.3} ${170 + v} ${cx + side} 150 ${cx + side} 120` +
    d`L${cx + hw - 5} 124C${cx + hw - 10} 150 ${cx + 30} ${mouthY - 6} ${cx + 22} ${mouthY + 1}` +
    d`Q${cx + 18} ${mouthY + 14} ${cx} ${mouthY + 14}Q${cx - 18} ${mouthY + 14} ${cx - 22} ${mouthY + 1}` +
    d`C${cx - 30} ${mouthY - 6} ${cx - hw + 10} 150 ${cx - hw + 5} 124Z`
  );
}

const moustacheShape = (g: Geo): string => {
  const { cx, mouthY: y } = g;
  return d`M${cx - 19} ${y - 1}Q${cx - 15} ${y - 13} ${cx} ${y - 11}Q${cx + 15} ${y - 13} ${cx + 19} ${y - 1}Q${cx + 9} ${y - 6} ${cx} ${y - 5.5}Q${cx - 9} ${y - 6} ${cx - 19} ${y - 1}Z`;
};

const hairOf = (c: Character): Hair => HAIR[c.hairColour];

export function beard(c: Character, g: Geo): string {
  const h = hairOf(c);
  if (c.beard === 'none') return '';
  if (c.beard === 'stubble') return path(beardShape(g, 0), h.dark, { opacity: 0.14 });
  const grey = c.beard === 'short';
  const texture = line(
    d`M${g.cx - 30} 168l3 6M${g.cx + 30} 168l-3 6M${g.cx - 14} ${g.chinY - 4}l2 6M${g.cx + 12} ${g.chinY - 4}l-2 6M${g.cx - 40} 150l3 6M${g.cx + 40} 150l-3 6`,
    grey ? h.light : h.light,
    1.8,
    { opacity: 0.6 },
  );
  return path(beardShape(g, grey ? 6 : 3), grey ? h.base : h.dark) + texture;
}

export function moustache(c: Character, g: Geo): string {
  const h = hairOf(c);
  if (c.beard === 'none') return '';
  if (c.beard === 'stubble') return path(moustacheShape(g), h.dark, { opacity: 0.14 });
  return path(moustacheShape(g), c.beard === 'short' ? h.base : h.dark);
}
