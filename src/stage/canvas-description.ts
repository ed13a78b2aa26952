/**
 * What the picture shows, written on the canvas element: the transcript line
 * in the bubble, whether all of it is typed, where the bubble and its words
 * are (canvas pixels), and how many pictures the stage holds. The canvas is
 * hidden from assistive technology; this lets a test, or anyone inspecting
 * the page, check the picture against the transcript.
 */
import type { Said } from './scene-pictures.ts';
import type { layoutBubble, Rect } from './speech-bubble.ts';

const rectWords = (r: Rect) => [r.x, r.y, r.width, r.height].map(Math.round).join(' ');

export function describeBubble(
  canvas: HTMLCanvasElement | undefined,
  said: Said | null,
  layout: ReturnType<typeof layoutBubble> | null,
  typed: boolean,
): void {
  if (!canvas) return;
  canvas.dataset.speechLine = said ? String(said.id) : '';
  canvas.dataset.bubble = layout ? rectWords(layout.bubble) : '';
  canvas.dataset.bubbleContent = layout ? rectWords(layout.content) : '';
  canvas.dataset.speechSize = layout ? String(layout.speech.style.size) : '';
  describeTyped(canvas, typed);
}

export function describeTyped(canvas: HTMLCanvasElement | undefined, typed: boolean): void {
  if (canvas) canvas.dataset.speechTyped = String(typed);
}

export function describePictures(canvas: HTMLCanvasElement | undefined, held: number): void {
  if (canvas) canvas.dataset.pictures = String(held);
}
