/**
 * The tutor's buttons on the projector, one set per phase: start the
 * discussion (with a timer) or go straight to the vote, open and close the
 * vote, confirm the class's choice or take another to explore it, go on to
 * the next decision, leave the class.
 */
import { majorityOf } from '../../sim/classroom/class-votes.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { h } from '../shell/dom.ts';
import type { DiscussionTimer } from './class-timer.ts';
import type { ClassPhase } from './class-view.ts';

export interface TutorActions {
  startDiscussion(seconds: number | null): void;
  openVote(): void;
  revealTally(): void;
  /** `chosen`: Ink's index of the option the class takes. */
  confirm(chosen: number): void;
  next(): void;
  leave(): void;
}

function button(text: string, action: () => void, primary = false): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', className: primary ? 'primary' : '', onclick: action },
    text,
  );
}

export function tutorControls(
  phase: ClassPhase,
  view: SessionView,
  counts: readonly number[],
  timer: DiscussionTimer,
  actions: TutorActions,
): HTMLElement {
  const panel = h('div', { className: 'class-controls', role: 'group', 'aria-label': 'Tutor' });
  switch (phase) {
    case 'options': {
      const minutes = h(
        'select',
        { id: 'timer-minutes' },
        h('option', { value: '0' }, 'No timer'),
        ...[1, 2, 3, 5].map((m) =>
          h('option', { value: String(m * 60), selected: m === 2 }, `${m} min`),
        ),
      );
      panel.append(
        h('label', { for: 'timer-minutes' }, 'Discussion timer '),
        minutes,
        button(
          'Start the discussion',
          () => {
            const seconds = Number(minutes.value);
            actions.startDiscussion(seconds > 0 ? seconds : null);
          },
          true,
        ),
        button('Go straight to the vote', () => actions.openVote()),
      );
      break;
    }
    case 'discussion':
      if (timer.running || timer.remaining !== null) panel.append(timer.render());
      panel.append(button('Open the vote', () => actions.openVote(), true));
      break;
    case 'voting':
      panel.append(button('Close the vote and show the tally', () => actions.revealTally(), true));
      break;
    case 'tally':
      panel.append(...choiceControls(view, counts, actions));
      break;
    case 'consequence':
      panel.append(
        button(
          view.finished ? 'Show the class report' : 'Next decision',
          () => actions.next(),
          true,
        ),
      );
      break;
  }
  panel.append(button('Leave the class', () => actions.leave()));
  return panel;
}

/** After the tally: confirm the majority, or take another option (recorded as the tutor's). */
function choiceControls(
  view: SessionView,
  counts: readonly number[],
  actions: TutorActions,
): HTMLElement[] {
  const majority = majorityOf(counts);
  const placeOf = (index: number) => view.order.indexOf(index) + 1;
  return [
    h(
      'p',
      {},
      majority === null
        ? 'No clear majority: choose the option the class takes.'
        : `Most votes: option ${placeOf(majority)}.`,
    ),
    ...(majority !== null
      ? [
          button(
            `Confirm the class’s choice (option ${placeOf(majority)})`,
            () => actions.confirm(majority),
            true,
          ),
        ]
      : []),
    h(
      'p',
      { className: 'override-label' },
      majority === null
        ? 'Take option:'
        : 'Or take another option to explore it (recorded as the tutor’s choice):',
    ),
    ...view.order
      .filter((index) => index !== majority)
      .map((index) => button(`Take option ${placeOf(index)}`, () => actions.confirm(index))),
  ];
}
