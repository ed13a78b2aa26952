/**
 * What a learner's phone shows, screen by screen: the join form, a decision
 * (the situation and the options as buttons in a group named "Choices"),
 * what happened with the class's scores, and the way to play on one's own.
 * Plain functions of what the server said; the phone's state is in
 * learner-view.ts.
 */
import { h } from '../shell/dom.ts';
import { linesWithFigures } from '../shell/figures-table.ts';
import type { Consequence, Line, Shown } from './learner-messages.ts';

export function joinForm(
  code: string,
  join: (code: string, name: string) => void,
): HTMLFormElement {
  const codeInput = h('input', {
    id: 'join-code',
    name: 'code',
    value: code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    maxlength: 6,
    required: true,
  });
  const nameInput = h('input', {
    id: 'join-name',
    name: 'name',
    maxlength: 40,
    autocomplete: 'nickname',
  });
  return h(
    'form',
    {
      className: 'join-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        join(codeInput.value.trim().toUpperCase(), nameInput.value.trim());
      },
    },
    h('label', { for: 'join-code' }, 'Class code'),
    codeInput,
    h('label', { for: 'join-name' }, 'Your name (optional; only your tutor can see it)'),
    nameInput,
    h('button', { type: 'submit', className: 'primary' }, 'Join the class'),
  );
}

export const learnerHeading = (text: string): HTMLElement =>
  h('h2', { id: 'learner-heading', tabindex: '-1' }, text);

function storyLines(lines: readonly Line[], label: string): HTMLElement {
  return h(
    'div',
    { className: 'class-situation', role: 'log', 'aria-label': label, tabindex: 0 },
    ...linesWithFigures(lines, (line) =>
      h(
        'p',
        { className: `line ${line.kind}` },
        line.speaker ? h('strong', {}, `${line.speaker}: `) : null,
        line.text,
      ),
    ),
  );
}

export function consequenceScreen(consequence: Consequence): HTMLElement[] {
  const parts = [learnerHeading('What happened'), storyLines(consequence.lines, 'What happened')];
  if (consequence.scores.length > 0)
    parts.push(
      h('h3', {}, "The class's scores so far"),
      h(
        'ul',
        { className: 'learner-scores' },
        ...consequence.scores.map((s) => h('li', {}, `${s.name}: ${s.words}`)),
      ),
    );
  return parts;
}

export interface DecisionScreen {
  readonly shown: Shown;
  /** Ink's index of the option shown as chosen, if any. */
  readonly chosen: number | null;
  readonly open: boolean;
  /** The phone's status line, placed beside the options so what happened to a tap is in sight. */
  readonly status: HTMLElement;
  readonly tap: (decision: number, option: number) => void;
}

export function decisionScreen({
  shown,
  chosen,
  open,
  status,
  tap,
}: DecisionScreen): HTMLElement[] {
  return [
    learnerHeading(`Decision ${shown.decision + 1}`),
    storyLines(shown.lines, 'The situation'),
    status,
    h(
      'div',
      { role: 'group', 'aria-label': 'Choices', className: 'learner-choices' },
      ...shown.options.map((option, position) =>
        h(
          'button',
          {
            type: 'button',
            'data-index': option.index,
            'aria-pressed': String(chosen === option.index),
            disabled: !open,
            onclick: () => tap(shown.decision, option.index),
          },
          `${position + 1}. ${option.text}`,
        ),
      ),
    ),
  ];
}

/** The way to play on one's own, each finished attempt going to this class. */
export function ownPlay(code: string): HTMLElement {
  return h(
    'p',
    { className: 'own-play' },
    h('a', { href: '/' }, 'Play scenarios on your own'),
    ` — each attempt you finish on this device is sent to class ${code}.`,
  );
}
