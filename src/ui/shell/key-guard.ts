/**
 * When a key press is not the game's to act on: the app's key handler (app.ts) and a scenario
 * page's own script before the app is ready (first-screen-script.ts) ask the same questions.
 */

/** A dialog is open, or a modifier is held (a browser or system shortcut). */
export const modifiedOrInDialog = (event: KeyboardEvent): boolean =>
  document.querySelector('dialog[open]') !== null || event.altKey || event.ctrlKey || event.metaKey;

/** The key was typed into a form field. */
export function typedInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return target !== null && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
