/**
 * Turn a generated SVG string into an image element a renderer can upload.
 * The art's SVGs carry only a viewBox; without a width and height an SVG
 * image's natural size is the browser's default (300 px wide), which the 2D
 * canvas renderer then crops as if it were `width` × `height`. So the root is
 * given the size it is to be drawn at.
 */
export function svgImage(svg: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(width, height);
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('an SVG image failed to load'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized(svg, width, height))}`;
  });
}

/** The SVG with `width` and `height` on its root element, unless it states its own. */
export function sized(svg: string, width: number, height: number): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root || /\swidth=/.test(root[0])) return svg;
  return svg.replace('<svg', `<svg width="${width}" height="${height}"`);
}
