/**
 * A first visit's history entries: a visit straight to a scenario or a report gets the menu (and
 * the scenario) put behind it, so the browser's Back button always lands on a screen of the app.
 *
 * Over a scenario page's first screen they are written once the app has taken that screen over,
 * in idle time: with the CPU slowed 4× each took 10-40 ms (also on a bare page), and a press made
 * as the options appeared waited for them. Anything that writes the history before then writes
 * them first (`flush`); until then Back leaves the page, as it does while the page's own script
 * alone shows the screen.
 */
import { whenIdle } from '../../scheduling/idle-time.ts';
import { followedFragmentLink, replaceWithFragment } from './fragment-link.ts';
import { pushEntry, replaceEntry } from './history-entries.ts';
import { entriesBefore, sameRoute, urlOf, type Route } from './route.ts';

/** The longest the history entries of a first visit wait for idle time after the takeover, ms. */
const ENTRIES_WAIT_MS = 300;

/** The entries behind `route`, and its own, in place of the current one. */
function writeEntries(route: Route, url: URL): void {
  const behind = entriesBefore(route);
  if (behind.length === 0) return replaceEntry({ route }, url);
  // The screens behind are opened at their top: not at a fragment of this one (a skip link
  // followed before the app's code arrived).
  const top = new URL(url.href);
  top.hash = '';
  replaceEntry({ route: behind[0] }, urlOf(behind[0]!, top));
  for (const entry of behind.slice(1)) pushEntry({ route: entry }, urlOf(entry, top));
  pushEntry({ route }, urlOf(route, url));
}

export class FirstVisitEntries {
  /** The entries held for idle time, until written. */
  private pending: (() => void) | null = null;

  constructor() {
    document.addEventListener('click', (event) => this.onFragmentLink(event));
  }

  /**
   * Shows a first visit's screen (`show`) with its entries, at once or, over the page's first
   * screen, in idle time after it is taken over; none if they are in place already (a reload, or
   * a return from another site).
   */
  async showFirst(
    route: Route,
    url: URL,
    overFirstScreen: () => boolean,
    show: () => Promise<void>,
  ): Promise<void> {
    const known = (history.state as { route?: Route } | null)?.route;
    if (known && sameRoute(known, route)) return show();
    if (!overFirstScreen()) {
      writeEntries(route, url);
      return show();
    }
    // At the fragment the learner is at by then: a skip link followed over the page's screen
    // replaces the entry, for the app's start as before it (first-screen-script.ts).
    this.pending = () => {
      const now = new URL(url.href);
      now.hash = location.hash;
      writeEntries(route, now);
    };
    // Also if the start failed: Back should still find the menu.
    await show().finally(() => whenIdle(() => this.flush(), { timeout: ENTRIES_WAIT_MS }));
  }

  /** The held entries, if they are still to be written. */
  flush(): void {
    const write = this.pending;
    this.pending = null;
    write?.();
  }

  /**
   * A fragment link (the page's "Skip to the conversation") followed while the first visit's
   * entries wait: its entry would be replaced by them, leaving the page's own entry under the
   * menu (a second Back from the menu would open the scenario again). They are written first,
   * and the link's entry replaces the scenario's, with its state. Once they are written, the
   * link's entry is the browser's, given its state on its hashchange (history-entries.ts).
   */
  private onFragmentLink(event: MouseEvent): void {
    if (!this.pending) return;
    const link = followedFragmentLink(event);
    if (!link) return;
    event.preventDefault();
    // The state kept is the one flush has just written, which history-entries.ts already holds.
    this.flush();
    replaceWithFragment(link);
  }
}
