/**
 * The app's writes to the browser's history, and the state its entries keep.
 *
 * Each entry the app writes holds its route (`{ route }`; a classroom screen's holds none), and
 * a reload reads it to tell a first visit, whose entries are still to be written, from a return
 * (first-visit-entries.ts). A fragment navigation (the page's "Skip to the conversation", an
 * address edited to `#main`) adds an entry without a state, which a reload would take for a
 * first visit: it is given the last state the app wrote, or found on Back or Forward.
 */
import { urlOf, type Route } from './route.ts';

/** The state of the entry last written, or last returned to with a state. */
let lastState: unknown = null;

export function pushEntry(state: unknown, url: URL | string): void {
  history.pushState(state, '', url);
  lastState = state;
}

export function replaceEntry(state: unknown, url: URL | string): void {
  history.replaceState(state, '', url);
  lastState = state;
}

/** Go to `route`'s address as a new entry. */
export function pushRoute(route: Route): void {
  pushEntry({ route }, urlOf(route, new URL(location.href)));
}

/** From now on a fragment navigation's entry gets the state of the one it leaves. */
export function keepStateAtFragments(): void {
  lastState = history.state;
  // A fragment navigation's popstate comes with no state: only a return to an entry has one.
  addEventListener('popstate', () => {
    if (history.state !== null) lastState = history.state;
  });
  addEventListener('hashchange', () => {
    if (history.state !== null) lastState = history.state;
    else if (lastState !== null) history.replaceState(lastState, '', location.href);
  });
}
