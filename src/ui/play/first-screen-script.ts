/**
 * A scenario page's own script: a classic script, bundled by the build from this module and
 * run as the page is parsed, just after the first screen the build drew (first-screen-markup.ts),
 * before the app's modules have arrived (issue 17, first choice usable). It
 *
 * - applies the learner's stored display settings, as the app will, so nothing flashes;
 * - shows that first screen only when the app will show the same one: the page's address names
 *   its scenario and no LMS, and the device holds no save of it (and its storage can be read);
 * - draws the attempt's seed (as the app would) and puts the options in that seed's order,
 *   by the same `displayOrder`; the app starts its session with that seed;
 * - records a press (a click or tap, Enter or Space on an option, a number key unless those are
 *   off) and shows it at once as the app shows a choice: the learner's line in the transcript,
 *   the options waiting. The app then makes that choice through its own path;
 * - makes a fragment link replace the page's history entry, as the app does while its first
 *   visit's entries wait (first-visit-entries.ts).
 *
 * The app takes this screen over by adopting its elements (play-view.ts): from then on the
 * screen is the app's, and this script takes no press.
 *
 * Otherwise the page keeps its "Loading…" line until the app's first screen.
 *
 * If the app's code does not arrive (a module the page names fails to load), the screen says so
 * with a Try again that reloads the page: its options could otherwise be pressed, and wait,
 * for ever.
 */
import { loadTrouble } from '../shell/load-trouble.ts';
import type { OptionPlace } from '../../sim/story/tags.ts';
import { newSeed } from '../shell/attempt-seed.ts';
import { followedFragmentLink, replaceWithFragment } from '../shell/fragment-link.ts';
import { modifiedOrInDialog, typedInField } from '../shell/key-guard.ts';
import { opensClassroom } from '../shell/route.ts';
import { applySettings } from '../settings/settings.ts';
import { loadDisplaySettings } from '../settings/stored-settings.ts';
import { saveKey } from '../storage/save-store.ts';
import { placeConversation } from './place-conversation.ts';
import { putInOrder } from './first-screen-order.ts';
import {
  ASKED,
  type AskedFor,
  CHOSEN,
  ECHO,
  PINS,
  SCENARIO,
  SEED,
  STATIC_SCREEN,
  stillThePages,
  TAKEN_OVER,
} from './first-screen-layer.ts';

/** Whether the app, on this address and device, opens on this scenario's first decision. */
function appStartsHere(scenarioId: string, storage: Storage): boolean {
  const query = new URLSearchParams(location.search);
  if (query.get('scenario') !== scenarioId || query.has('attempt') || query.has('lms'))
    return false;
  if (opensClassroom(query)) return false;
  return storage.getItem(saveKey(scenarioId)) === null;
}

/** Take `button`'s option as the learner's first choice, once, and show it as the app would. */
function press(screen: HTMLElement, group: Element, button: HTMLElement): void {
  if (!stillThePages(screen) || screen.hasAttribute(CHOSEN) || group.hasAttribute(MISSING)) return;
  const index = button.dataset['index'] ?? '';
  screen.setAttribute(CHOSEN, index);
  const echo = screen.querySelector<HTMLTemplateElement>(`template[${ECHO}="${index}"]`);
  const lines = screen.querySelector('.transcript-lines');
  if (echo && lines) lines.append(echo.content.cloneNode(true));
  const log = screen.querySelector<HTMLElement>('[role="log"]');
  if (log) placeConversation(log, group);
  markWaiting(group);
}

/**
 * Keep what the learner asked for that only the app can show (the pause menu, the chain map), for
 * the app to open as it takes the screen over: the press that starts the app comes before it.
 */
function ask(screen: HTMLElement, what: AskedFor): void {
  if (stillThePages(screen)) screen.setAttribute(ASKED, what);
}

/** The play view's look for options not yet available (see PlayView.settle). */
function markWaiting(group: Element): void {
  group.setAttribute('data-settling', '');
  for (const option of group.querySelectorAll('button'))
    option.setAttribute('aria-disabled', 'true');
}

/** On the options once the app is known not to have arrived: they take no press. */
const MISSING = 'data-app-missing';

function listen(screen: HTMLElement, group: HTMLElement, signal: AbortSignal): void {
  group.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest<HTMLElement>('button.choice');
      if (button) press(screen, group, button);
    },
    { signal },
  );
  screen
    .querySelector('.chain-button')
    ?.addEventListener('click', () => ask(screen, 'chain-map'), { signal });
  document.addEventListener(
    'keydown',
    (event) => {
      // Not a key for an open dialog (the settings, say), a field or a shortcut, as in the app.
      if (
        !stillThePages(screen) ||
        event.repeat ||
        modifiedOrInDialog(event) ||
        typedInField(event)
      )
        return;
      if (event.key === 'Escape') {
        event.preventDefault();
        return ask(screen, 'pause');
      }
      // Number keys can be switched off in the settings (WCAG 2.1.4), as in the app.
      const keysOn = document.documentElement.getAttribute('data-choice-keys') !== 'off';
      if (!keysOn || !/^[1-9]$/.test(event.key)) return;
      const button = group.children[Number(event.key) - 1];
      if (!(button instanceof HTMLElement)) return;
      event.preventDefault();
      press(screen, group, button);
    },
    { signal },
  );
}

/**
 * A fragment link (the page's "Skip to the conversation") replaces the page's history entry
 * rather than adding one: the app replaces the entry it finds with the menu and adds the
 * scenario's, and would leave this one under the menu (a second Back from the menu would open
 * the scenario again). The entry keeps its state, if a reload found the app's entries in place.
 * The browser still scrolls to the fragment and moves the focus there.
 */
function keepOneEntry(screen: HTMLElement, signal: AbortSignal): void {
  document.addEventListener(
    'click',
    (event) => {
      // Not once the app has the page, even if it never took this screen over (it left it).
      if (!stillThePages(screen)) return;
      const link = followedFragmentLink(event);
      if (!link) return;
      event.preventDefault();
      replaceWithFragment(link);
    },
    { signal },
  );
}

/** The app's code did not arrive: say so, with a Try again that loads the page afresh. */
function appMissing(screen: HTMLElement, group: HTMLElement): void {
  if (!stillThePages(screen) || screen.querySelector('.notices')) return;
  const trouble = loadTrouble({
    what: 'The game',
    kept: 'Nothing has been saved yet: your attempt starts when it loads.',
    retry: () => location.reload(),
  });
  const message = document.createElement('p');
  message.textContent = trouble.message;
  const notice = document.createElement('div');
  notice.className = 'notice';
  notice.append(message, ...trouble.actions);
  const notices = document.createElement('div');
  notices.className = 'notices';
  notices.setAttribute('role', 'alert');
  notices.append(notice);
  screen.before(notices);
  markWaiting(group);
  group.setAttribute(MISSING, '');
  trouble.actions[0]?.focus();
}

/** Watch for a failed load of the app's module (their `error` does not bubble: capture it). */
function watchAppLoad(screen: HTMLElement, group: HTMLElement, signal: AbortSignal): void {
  const failed = (event: Event): void => {
    const target = event.target;
    // Not a failed preload: the app fetches that chunk again itself, and says so if it cannot.
    if (target instanceof HTMLScriptElement && target.type === 'module') appMissing(screen, group);
  };
  window.addEventListener('error', failed, { capture: true, signal });
}

function start(): void {
  const screen = document.querySelector<HTMLElement>(`[${STATIC_SCREEN}]`);
  const scenarioId = screen?.getAttribute(SCENARIO);
  const group = screen?.querySelector<HTMLElement>('.choices');
  if (!screen || !scenarioId || !group) return;
  let storage: Storage;
  try {
    storage = window.localStorage;
    // The dyslexia-friendly font's files load with the app.
    applySettings(loadDisplaySettings(storage), document.documentElement, () => Promise.resolve());
    if (!appStartsHere(scenarioId, storage)) return screen.remove();
  } catch {
    // Storage that cannot be read: the app plays from memory, and decides what to show.
    return screen.remove();
  }
  const seed = newSeed();
  screen.setAttribute(SEED, String(seed));
  putInOrder(
    group,
    seed,
    JSON.parse(screen.getAttribute(PINS) ?? '{}') as Record<string, OptionPlace>,
  );
  if (document.documentElement.getAttribute('data-timers') === 'off')
    screen.querySelector<HTMLElement>('.choice-timer')?.setAttribute('hidden', '');
  // The scene's place is kept as the app keeps it (StageHolder.place), so nothing moves at takeover.
  const stage = document.getElementById('stage');
  if (stage) screen.querySelector('.stage-slot')?.append(stage);
  screen.hidden = false;
  screen.parentElement?.querySelector(':scope > .loading')?.remove();
  group.focus({ preventScroll: true });
  const log = screen.querySelector<HTMLElement>('[role="log"]');
  if (log) placeConversation(log, group);
  // Until the app takes the screen over: then it is the app's first attempt, which listeners on
  // the document and window would keep for the page's life.
  const listening = new AbortController();
  screen.addEventListener(TAKEN_OVER, () => listening.abort(), { once: true });
  listen(screen, group, listening.signal);
  watchAppLoad(screen, group, listening.signal);
  keepOneEntry(screen, listening.signal);
}

start();
