/**
 * Where the learner is, as an address: the menu, a scenario in play, or the
 * report of one finished attempt. The address is the only thing the browser's
 * Back and Forward buttons and a reload know, so each screen has its own.
 *
 *   /                                   the scenario menu
 *   /?scenario=late-supplier            playing late-supplier (its save resumes)
 *   /?scenario=late-supplier&attempt=…  the report of the attempt that finished then
 */
export type Route =
  | { readonly view: 'menu' }
  | { readonly view: 'play'; readonly scenario: string }
  | { readonly view: 'report'; readonly scenario: string; readonly attempt: string };

/** Whether the address opens a classroom screen (joining, teaching, class results), not a route's. */
export const opensClassroom = (query: URLSearchParams): boolean =>
  query.has('join') || query.has('teach') || query.get('view') === 'class-results';

export function routeOf(url: URL): Route {
  const scenario = url.searchParams.get('scenario');
  if (!scenario) return { view: 'menu' };
  const attempt = url.searchParams.get('attempt');
  return attempt ? { view: 'report', scenario, attempt } : { view: 'play', scenario };
}

/** The address of a route, keeping any other query parameters of `base` (e.g. test flags). */
export function urlOf(route: Route, base: URL): URL {
  const url = new URL(base.href);
  url.searchParams.delete('scenario');
  url.searchParams.delete('attempt');
  if (route.view !== 'menu') url.searchParams.set('scenario', route.scenario);
  if (route.view === 'report') url.searchParams.set('attempt', route.attempt);
  return url;
}

/**
 * The entries a first visit should leave behind it, so Back always has a
 * screen of this app to go to: the menu under a scenario, and the scenario
 * under its report.
 */
export function entriesBefore(route: Route): Route[] {
  if (route.view === 'menu') return [];
  if (route.view === 'play') return [{ view: 'menu' }];
  return [{ view: 'menu' }, { view: 'play', scenario: route.scenario }];
}

export const sameRoute = (a: Route, b: Route): boolean =>
  a.view === b.view &&
  (a.view === 'menu' ||
    (b.view !== 'menu' &&
      a.scenario === b.scenario &&
      (a.view !== 'report' || (b.view === 'report' && a.attempt === b.attempt))));
