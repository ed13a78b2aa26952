/**
 * The attributes of a scenario page's first screen, drawn by the build (first-screen-markup.ts),
 * shown and answered by the page's script (first-screen-script.ts) until the app takes it over
 * (scenario-play.ts, which adopts its elements: play-view.ts): the names all three read.
 */

/** Marks the first screen the build drew, until the app takes over. */
export const STATIC_SCREEN = 'data-static-screen';
/** The scenario it belongs to. */
export const SCENARIO = 'data-scenario';
/** The scenario's pinned options (JSON), for the attempt's order of the first options. */
export const PINS = 'data-pins';
/** On a `<template>`: the learner's line once the option with that Ink index is chosen. */
export const ECHO = 'data-echo';
/** Set by the script: the attempt's seed, which the app starts its session with. */
export const SEED = 'data-seed';
/** Set by the script at a press: the Ink index of the option chosen before the app was ready. */
export const CHOSEN = 'data-chosen';
/** Set by the script: what else the learner asked for before the app was ready (Esc, the chain map). */
export const ASKED = 'data-asked';

/** What the learner can ask for on the page's screen, beside a choice, that only the app can show. */
export type AskedFor = 'pause' | 'chain-map';

/**
 * The longest the app's start waits over the page's screen for the learner's first press, ms
 * (src/main.ts): long enough to leave the options' first moments to the page's script, short of
 * the seconds a learner takes to read the opening.
 */
export const START_WAIT_MS = 1000;

/**
 * What the page's script hands the app: the screen it showed (which the app adopts), the
 * attempt's seed and a press made before the app was ready.
 */
interface FirstScreenHandover {
  readonly screen: HTMLElement;
  readonly seed: number;
  readonly chosen: number | null;
  readonly asked: AskedFor | null;
}

/**
 * The seed, the press and the request the page's script recorded on the first screen it showed for
 * `scenarioId`, or null if it showed none (or set no seed).
 */
export function firstScreenHandover(
  root: ParentNode,
  scenarioId: string,
): FirstScreenHandover | null {
  const screen = root.querySelector<HTMLElement>(`[${STATIC_SCREEN}]`);
  if (!screen || screen.hidden || screen.getAttribute(SCENARIO) !== scenarioId) return null;
  const seed = Number(screen.getAttribute(SEED));
  if (!Number.isSafeInteger(seed) || seed <= 0) return null;
  const chosen = screen.getAttribute(CHOSEN);
  const asked = screen.getAttribute(ASKED);
  return {
    screen,
    seed,
    chosen: chosen === null ? null : Number(chosen),
    asked: asked === 'pause' || asked === 'chain-map' ? asked : null,
  };
}

/** Whether `screen` is still the page's: shown by its script, not yet taken over by the app. */
export const stillThePages = (screen: Element): boolean =>
  screen.isConnected && screen.hasAttribute(STATIC_SCREEN);

/** Dispatched on the screen when the app takes it over: the page's script removes its listeners. */
export const TAKEN_OVER = 'first-screen-taken-over';

/**
 * The app has taken `screen` over: what only the page's script read goes (its marks and the
 * echoes of the first options), so that script takes no more presses and the screen is the app's.
 * Its listeners go too: those on the document and window would otherwise keep this screen, which
 * is the app's first attempt, for the page's life (e2e replays).
 */
export function takenOver(screen: HTMLElement): void {
  for (const name of [STATIC_SCREEN, SCENARIO, PINS, SEED, CHOSEN, ASKED])
    screen.removeAttribute(name);
  for (const echo of screen.querySelectorAll(`template[${ECHO}]`)) echo.remove();
  screen.dispatchEvent(new Event(TAKEN_OVER));
}
