/**
 * A screen's name, in its heading and in the tab's title, so the tab says what it shows
 * (WCAG 2.4.2): a scenario page names its scenario from the build on, and the app keeps the
 * tab's title in step as the learner moves between screens.
 */

/** The tab's title for a screen named `name`. */
export const pageTitle = (name: string): string => `${name} · Service Chain`;

/** Name the screen now showing, in `heading` and in the tab's title. */
export function showTitle(heading: HTMLElement, name: string): void {
  // Unchanged (a scenario page's title, from the build) it is left as it is: not laid out again.
  if (heading.textContent !== name) heading.textContent = name;
  document.title = pageTitle(name);
}
