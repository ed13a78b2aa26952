/**
 * The Northway Home mark, a simple house with a path leading north, used on uniforms and on the
 * shop sign so the brand looks the same everywhere.
 */
import { BRAND } from './palette.ts';
import { d, path } from './svg.ts';

/** The house mark centred on (x, y), `size` wide. */
export function houseMark(
  x: number,
  y: number,
  size: number,
  roof: string = BRAND.orange,
  door: string = BRAND.cream,
): string {
  const s = size / 2;
  return (
    path(
      d`M${x - s} ${y - s * 0.05}L${x} ${y - s * 0.95}L${x + s} ${y - s * 0.05}L${x + s * 0.72} ${y - s * 0.05}L${x + s * 0.72} ${y + s * 0.8}L${x - s * 0.72} ${y + s * 0.8}L${x - s * 0.72} ${y - s * 0.05}Z`,
      roof,
    ) +
    path(
      d`M${x - s * 0.2} ${y + s * 0.8}L${x - s * 0.2} ${y + s * 0.25}L${x + s * 0.2} ${y + s * 0.25}L${x + s * 0.2} ${y + s * 0.8}Z`,
      door,
    )
  );
}
