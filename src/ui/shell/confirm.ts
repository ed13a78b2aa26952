/**
 * Asking before something that cannot be undone: a modal dialog that says
 * what will be lost, with the safe answer focused first. Resolves true only
 * when the learner confirms; Escape or the safe button resolve false.
 */
import { h } from './dom.ts';

export interface ConfirmOptions {
  readonly title: string;
  /** What will be lost and what is kept, in plain words. */
  readonly body: string;
  readonly confirm: string;
  readonly cancel: string;
}

function askToConfirm(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const dialog = h(
      'dialog',
      { className: 'pause confirm', 'aria-labelledby': 'confirm-heading' },
      h('h2', { id: 'confirm-heading' }, options.title),
      h('p', { id: 'confirm-body' }, options.body),
      h('button', { type: 'button', onclick: () => dialog.close() }, options.cancel),
      h(
        'button',
        {
          type: 'button',
          className: 'danger',
          onclick: () => {
            answer = true;
            dialog.close();
          },
        },
        options.confirm,
      ),
    );
    dialog.setAttribute('aria-describedby', 'confirm-body');
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Before a new attempt at the scenario in play, which loses the `made` choices of this one. */
export const askToRestart = (made: number): Promise<boolean> =>
  askToConfirm({
    title: 'Restart this scenario?',
    body: `You will lose the ${made === 1 ? 'choice' : `${made} choices`} you have made in this attempt, its transcript and the scenario time so far, and start again from the beginning. Finished attempts and their reports are kept.`,
    confirm: 'Restart and lose my choices',
    cancel: 'Keep playing',
  });
