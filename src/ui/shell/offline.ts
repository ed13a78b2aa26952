/**
 * Offline play: registers the service worker that vite-plugin-pwa generates
 * (Workbox, precaching the whole build), so after one visit every scenario
 * plays with no network. A new version waits until the learner takes it: the
 * offer is a button in the top bar, shown only while no scenario is in play
 * (the menu, a report), never a dialog and never taking focus.
 *
 * Pressing it tells the waiting worker to take over; when it has (the page's
 * controller changes) the page reloads into the new version. Another open tab
 * of the game sees the same change and reloads too, but only once it is
 * between scenarios, so no scenario is ever cut off.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from './dom.ts';
import { routeOf } from './route.ts';

/** Between scenarios, where reloading for an update interrupts nothing. */
const mayInterrupt = (url: URL): boolean => routeOf(url).view !== 'play';

export function registerOffline(actions: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const offer = h(
    'button',
    { type: 'button', className: 'topbar-button update-button', hidden: true },
    'New version: update',
  );
  let newVersionRuns = false;
  const refresh = (): void => {
    const free = mayInterrupt(new URL(location.href));
    if (newVersionRuns && free) location.reload();
    else offer.hidden = !free;
  };
  const update = registerSW({
    onNeedRefresh() {
      // Listened for only now: the first worker also changes the controller, as it claims the
      // page on the first visit, and that is no reason to reload.
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        newVersionRuns = true;
        refresh();
      });
      refresh();
      // The app moves between screens with the History API, which fires no event of its own.
      window.addEventListener('popstate', refresh);
      window.setInterval(refresh, 2000);
    },
    // vite-plugin-pwa reloads by itself only when a worker controlled the page as it loaded
    // (not on a first visit, so the offer did nothing there), and then in every tab at once,
    // mid-scenario too. The controller change above reloads instead.
    onNeedReload() {},
  });
  offer.addEventListener('click', () => {
    offer.disabled = true;
    void update(true);
  });
  actions.append(offer);
}
