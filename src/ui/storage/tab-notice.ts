/**
 * What a tab says when it is not the one playing a scenario (see
 * tab-claim.ts): why it does not save, and two ways on, "Play here instead"
 * (which takes the scenario over, carrying on from the last saved choice) and
 * "Back to scenarios".
 */
import { h } from '../shell/dom.ts';
import type { TabState } from './tab-claim.ts';

export function tabNotice(
  state: Exclude<TabState, 'here'>,
  ways: { readonly playHere: () => void; readonly menu: () => void },
): { message: string; actions: HTMLButtonElement[] } {
  const message =
    state === 'elsewhere'
      ? 'This scenario is already open in another tab or window. This tab will not save, so the two cannot overwrite each other’s progress. You can play here instead: you carry on from the last choice saved there, and the other tab stops saving.'
      : 'You are now playing this scenario in another tab or window, so this tab has stopped saving. You can play here instead: you carry on from the last choice saved there, and the other tab stops saving.';
  const playHere = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        playHere.disabled = true;
        ways.playHere();
      },
    },
    'Play here instead',
  );
  const menu = h('button', { type: 'button', onclick: ways.menu }, 'Back to scenarios');
  return { message, actions: [playHere, menu] };
}
