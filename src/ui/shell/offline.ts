/**
 * Offline play: registers the service worker that vite-plugin-pwa generates
 * (Workbox, precaching the whole build), so after one visit every scenario
 * plays with no network. A new version waits until the learner takes it: the
 * offer is a button in the top bar, shown only while no scenario is in play
 * (the menu, a report), never a dialog and never taking focus, and the page
 * reloads only when it is pressed.
 */
import { registerSW } from 'virtual:pwa-register';
import { h } from './dom.ts';
import { routeOf } from './route.ts';

/** Between scenarios, where reloading for an update interrupts nothing. */
const mayOfferUpdate = (url: URL): boolean => routeOf(url).view !== 'play';

export function registerOffline(actions: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const offer = h(
    'button',
    { type: 'button', className: 'topbar-button update-button', hidden: true },
    'New version: update',
  );
  const refresh = (): void => {
    offer.hidden = !mayOfferUpdate(new URL(location.href));
  };
  const update = registerSW({
    onNeedRefresh() {
      refresh();
      // The app moves between screens with the History API, which fires no event of its own.
      window.addEventListener('popstate', refresh);
      window.setInterval(refresh, 2000);
    },
  });
  offer.addEventListener('click', () => void update(true));
  actions.append(offer);
}
