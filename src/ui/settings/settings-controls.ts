/**
 * The settings dialog's controls, each labelled and with its hint tied to it:
 * a radio group, a checkbox and a volume slider that says its value in words.
 * `sync` shows a value without calling `pick`.
 */
import { h } from '../shell/dom.ts';

export interface Control<T> {
  readonly element: HTMLElement;
  sync(value: T): void;
}

let nextId = 0;
export const uid = (name: string): string => `settings-${name}-${++nextId}`;

export function radioGroup<T extends string | number>(
  legend: string,
  hint: string | null,
  options: readonly { readonly value: T; readonly label: string }[],
  pick: (value: T) => void,
): Control<T> {
  const name = uid('group');
  const hintId = hint === null ? null : uid('hint');
  const inputs = options.map((option) => {
    const input = h('input', { type: 'radio', name, value: String(option.value) });
    input.addEventListener('change', () => {
      if (input.checked) pick(option.value);
    });
    return { input, value: option.value, label: option.label };
  });
  const element = h(
    'fieldset',
    { className: 'settings-group', 'aria-describedby': hintId },
    h('legend', {}, legend),
    hintId === null ? null : h('p', { className: 'settings-hint', id: hintId }, hint),
    h(
      'div',
      { className: 'settings-options' },
      ...inputs.map(({ input, label }) =>
        h('label', { className: 'settings-option' }, input, label),
      ),
    ),
  );
  return {
    element,
    sync(value) {
      for (const entry of inputs) entry.input.checked = entry.value === value;
    },
  };
}

export function checkbox(
  label: string,
  hint: string | null,
  pick: (on: boolean) => void,
): Control<boolean> {
  const id = uid('check');
  const hintId = hint === null ? null : uid('hint');
  const input = h('input', { type: 'checkbox', id, 'aria-describedby': hintId });
  input.addEventListener('change', () => pick(input.checked));
  const element = h(
    'div',
    { className: 'settings-check' },
    h('label', { className: 'settings-option', for: id }, input, label),
    hintId === null ? null : h('p', { className: 'settings-hint', id: hintId }, hint),
  );
  return {
    element,
    sync(on) {
      input.checked = on;
    },
  };
}

const percent = (volume: number): number => Math.round(volume * 100);

export function slider(label: string, pick: (volume: number) => void): Control<number> {
  const id = uid('range');
  const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5 });
  const output = h('output', { className: 'settings-value', for: id });
  const show = (value: number): void => {
    output.textContent = `${value}%`;
    input.setAttribute('aria-valuetext', `${value}%`);
  };
  input.addEventListener('input', () => {
    const value = Number(input.value);
    show(value);
    pick(value / 100);
  });
  const element = h(
    'div',
    { className: 'settings-range' },
    h('label', { for: id }, label),
    output,
    input,
  );
  return {
    element,
    sync(volume) {
      const value = percent(volume);
      input.value = String(value);
      show(value);
    },
  };
}
