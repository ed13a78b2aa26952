/**
 * A scenario's first screen as HTML, for its page (`<id>.html`): the build runs this module
 * under a DOM made for the purpose (src/build/first-screen-pages.ts), so the markup is what
 * the play view itself draws at the first decision, never a second renderer that could drift
 * from it. The page's script (first-screen-script.ts) shows it before the app's code has
 * arrived, and the app then takes over (issue 17, first choice usable).
 */
import { Session } from '../../sim/session/session.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';
import { PlayView } from './play-view.ts';
import { Transcript } from './transcript.ts';
import { ECHO, PINS, SCENARIO, STATIC_SCREEN } from './first-screen-layer.ts';

/**
 * The learner's line for each first option, as the transcript shows it once chosen (`<template
 * data-echo="index">`): the page's script shows it at a press, before the app has taken over.
 */
function echoes(scenario: Scenario): HTMLTemplateElement[] {
  const opening = scenario.opening;
  if (!opening?.after) return [];
  return opening.after.map((point, index) => {
    const said = point.state.transcript
      .slice(opening.state.transcript.length)
      .find((entry) => entry.kind === 'choice');
    const template = h('template', { [ECHO]: index });
    if (said) {
      const transcript = new Transcript(scenario.meta);
      transcript.render([said]);
      template.content.append(...transcript.log.querySelectorAll('li'));
    }
    return template;
  });
}

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
  const element = view.element;
  element.setAttribute(STATIC_SCREEN, '');
  element.setAttribute(SCENARIO, scenario.id);
  element.setAttribute(PINS, JSON.stringify(scenario.pins ?? {}));
  element.hidden = true;
  element.append(...echoes(scenario));
  return element.outerHTML;
}
