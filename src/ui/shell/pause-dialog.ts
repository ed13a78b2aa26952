/**
 * The pause dialog, and the top bar's "Pause / menu" button that opens it:
 * Esc pauses too, but a learner on a phone or with a mouse needs to see the way out.
 */
import { h } from './dom.ts';

export interface PauseActions {
  readonly chainMap: () => void;
  readonly restart: () => void;
  readonly menu: () => void;
}

export function pauseControls(actions: PauseActions): {
  dialog: HTMLDialogElement;
  button: HTMLButtonElement;
} {
  const close = () => dialog.close();
  const dialog = h(
    'dialog',
    { className: 'pause', 'aria-labelledby': 'pause-heading' },
    h('h2', { id: 'pause-heading' }, 'Paused'),
    h('p', {}, 'Your progress is saved after every choice.'),
    h('button', { type: 'button', onclick: close }, 'Resume'),
    h(
      'button',
      { type: 'button', onclick: () => (close(), actions.chainMap()) },
      'Show the service chain map',
    ),
    h(
      'button',
      { type: 'button', onclick: () => (close(), actions.restart()) },
      'Restart this scenario',
    ),
    h('button', { type: 'button', onclick: () => (close(), actions.menu()) }, 'Back to scenarios'),
  );
  const button = h(
    'button',
    {
      type: 'button',
      className: 'topbar-button pause-button',
      hidden: true,
      'aria-haspopup': 'dialog',
      onclick: () => dialog.showModal(),
    },
    'Pause / menu',
  );
  return { dialog, button };
}
