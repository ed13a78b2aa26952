/**
 * The top bar's Settings button. The dialog's code is loaded when the button
 * is first pressed, not before the first choice (issue 17); the button is the
 * element focus returns to when the dialog closes.
 */
import { h } from '../shell/dom.ts';

export function renderSettingsButton(open: () => void): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', className: 'settings-open', 'aria-haspopup': 'dialog', onclick: open },
    h('span', { 'aria-hidden': 'true', className: 'settings-open-icon' }, '⚙'),
    ' Settings',
  );
}
