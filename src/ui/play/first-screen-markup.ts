/**
 * A scenario's first screen as HTML, for its page (`<id>.html`): the build runs this module
 * under a DOM made for the purpose (src/build/first-screen-pages.ts), so the markup is what
 * the play view itself draws at the first decision, never a second renderer that could drift
 * from it. The page shows it before the app's code has arrived, and the app then takes over
 * (issue 17, first choice usable).
 */
import { Session } from '../../sim/session/session.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { PlayView } from './play-view.ts';

/** The attribute that marks the page's first screen drawn by the build, until the app takes over. */
export const STATIC_SCREEN = 'data-static-screen';

/**
 * The play view at the scenario's opening, in Ink's order (the page's script shows the
 * attempt's order), hidden until that script has decided to show it; null when the scenario
 * has no opening, which only running its story would reach. Needs a global `document`.
 */
export function firstScreenMarkup(scenario: Scenario): string | null {
  if (!scenario.opening) return null;
  const session = Session.start(scenario, 1);
  const view = new PlayView(
    scenario.meta,
    { choose: () => undefined },
    { firstOnPage: true, chainTasks: scenario.chainTasks === true },
  );
  const shown = session.view;
  view.render({ ...shown, order: shown.choices.map((_, index) => index) });
  view.element.setAttribute(STATIC_SCREEN, '');
  view.element.hidden = true;
  return view.element.outerHTML;
}
