/**
 * A click that follows a link to a fragment of this page (the page's "Skip to the conversation")
 * as a plain fragment navigation, which the app (first-visit-entries.ts) and a scenario page's own
 * script before the app (first-screen-script.ts) both make replace the current history entry.
 */

/** The fragment link the click follows, if the browser would follow it in this page. */
export function followedFragmentLink(event: MouseEvent): HTMLAnchorElement | null {
  // Cancelled, or a modifier held (a new tab or window, a download).
  if (event.defaultPrevented) return null;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const link = (event.target as Element | null)?.closest('a[href^="#"]');
  // `href="#"` (no fragment to keep: replacing with it would load the page again) and a
  // download link (no navigation at all) are left to the browser.
  if (!(link instanceof HTMLAnchorElement) || !link.hash || link.hasAttribute('download'))
    return null;
  return link;
}

/** Go to `link`'s fragment in place of the current history entry, which keeps its state. */
export function replaceWithFragment(link: HTMLAnchorElement): void {
  const state: unknown = history.state;
  location.replace(link.hash);
  history.replaceState(state, '', location.href);
}
