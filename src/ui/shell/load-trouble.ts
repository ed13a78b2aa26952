/**
 * What the learner is told when a part of the game that loads on demand (the
 * report, the chain map, a scenario, the pictures) does not arrive: what
 * failed in plain words, what is kept, and a "Try again" button that loads it
 * again. The browser's own error ("Failed to fetch dynamically imported
 * module…") is never shown; it goes to the console for whoever debugs.
 */
import { h } from './dom.ts';

interface LoadTrouble {
  readonly message: string;
  readonly actions: HTMLButtonElement[];
}

/** Why something did not load, as far as the page can tell. */
function whyNotLoaded(online: boolean = navigator.onLine): string {
  return online ? 'the network did not answer' : 'this device is offline (no network connection)';
}

/** "Try again": pressed once, it says it is trying and calls `retry`. */
function tryAgainButton(retry: () => void): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      className: 'try-again',
      onclick: () => {
        button.disabled = true;
        button.textContent = 'Trying again…';
        retry();
      },
    },
    'Try again',
  );
  return button;
}

/**
 * Said beside the stage when Phaser or a picture could not load. The stage is
 * decoration: the same words and choices are in the page.
 */
export function stageTroubleNotice(retry: () => void): HTMLElement {
  return h(
    'div',
    { className: 'notice stage-trouble', role: 'status' },
    h('p', {}, 'Pictures could not load; the scenario goes on in text.'),
    tryAgainButton(retry),
  );
}

/**
 * "The report could not be loaded: this device is offline … Your attempt is
 * kept." with a Try again button. The button can be pressed once; the retry
 * shows a new notice if it fails again.
 */
export function loadTrouble(options: {
  /** What did not load, as the sentence's subject: "Your report". */
  readonly what: string;
  /** What is safe meanwhile: "Your attempt is kept on this device." */
  readonly kept: string;
  readonly retry: () => void;
  readonly error?: unknown;
  readonly online?: boolean;
}): LoadTrouble {
  if (options.error !== undefined)
    console.warn(`${options.what} could not be loaded:`, options.error);
  const button = tryAgainButton(options.retry);
  return {
    message: `${options.what} could not be loaded: ${whyNotLoaded(options.online)}. ${options.kept} Check the connection, then try again.`,
    actions: [button],
  };
}
