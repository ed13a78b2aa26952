/**
 * The learner's name for their exports: asked once, in a small form beside the
 * report (never a browser prompt), kept on the device, and changeable at any
 * time. The report, the evidence file and the reflection download carry it, so
 * an assessor knows whose work a printout or file is.
 */
import { h } from '../shell/dom.ts';

export interface LearnerNameOptions {
  readonly initial: string | null;
  /** Keep it on the device; false when the device would not store it. */
  save(name: string): boolean;
  /** After a change, so whatever shows the name can follow. */
  changed(name: string | null): void;
}

const MAX_LENGTH = 200;

export function renderLearnerName(options: LearnerNameOptions): HTMLElement {
  let name = options.initial;
  const status = h('p', { className: 'learner-name-status', role: 'status' });
  const element = h('section', { className: 'learner-name', 'aria-label': 'Your name' });

  const showSaved = () => {
    const change = h('button', { type: 'button' }, name ? 'Change name' : 'Add your name');
    change.addEventListener('click', () => {
      status.textContent = '';
      showForm(true);
    });
    element.replaceChildren(
      h(
        'p',
        {},
        name ? 'Your name on this report and your exports: ' : 'No name on your exports. ',
        name ? h('strong', { className: 'learner-name-value' }, name) : null,
        ' ',
        change,
      ),
      status,
    );
  };

  const showForm = (editing: boolean) => {
    const input = h('input', {
      id: 'learner-name-input',
      type: 'text',
      autocomplete: 'name',
      maxlength: MAX_LENGTH,
      'aria-describedby': 'learner-name-hint',
    });
    input.value = name ?? '';
    const form = h(
      'form',
      { className: 'learner-name-form' },
      h('label', { for: 'learner-name-input' }, 'Your name, for your report and evidence'),
      h(
        'p',
        { className: 'learner-name-hint', id: 'learner-name-hint' },
        'Asked once and kept on this device only. It is printed on your report, your evidence file and your reflection, with the date, so your assessor knows whose work it is.',
      ),
      h(
        'div',
        { className: 'learner-name-row' },
        input,
        h('button', { type: 'submit' }, 'Save name'),
        editing ? h('button', { type: 'button', className: 'cancel' }, 'Cancel') : null,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const given = input.value.trim() || null;
      const kept = options.save(input.value);
      name = given;
      options.changed(name);
      showSaved();
      status.textContent = kept
        ? given
          ? 'Name saved on this device.'
          : 'Name removed.'
        : 'This device would not keep your name: it is used on this page only.';
      element.querySelector<HTMLButtonElement>('button')?.focus();
    });
    form.querySelector('.cancel')?.addEventListener('click', () => {
      showSaved();
      element.querySelector<HTMLButtonElement>('button')?.focus();
    });
    element.replaceChildren(form, status);
    if (editing) input.focus();
  };

  if (name) showSaved();
  else showForm(false);
  return element;
}
