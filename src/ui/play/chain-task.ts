/**
 * A chain-mapping task in the choices area: the question as the prompt, the
 * learner's trace so far as an ordered list (the accessible truth), and a
 * small picture of the chain with the traced links numbered in order. The
 * options stay the ordinary buttons of the Choices group; this only adds the
 * question and trace above them and the picture below them (on a phone the
 * picture is taller than the screen, and the options must not wait behind
 * it). The picture is loaded with the chain map's drawing code the first time
 * a task appears.
 */
import './chain-task.css';
import { chainTaskView, type TracedLink } from '../../sim/chain/chain-trace.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { h } from '../shell/dom.ts';
import { CHAIN_TASK_QUESTION_ID, noTraceYet, taskBox } from './chain-task-slot.ts';

/**
 * The trace as an ordered list, read as a list with its numbers; on screen a
 * row of numbered links joined by arrows (the arrows only decorate). With
 * `questions`, each link says which question it answered.
 */
export function traceList(
  trace: readonly TracedLink[],
  options: { readonly labelledBy?: string; readonly questions?: boolean } = {},
): HTMLOListElement {
  return h(
    'ol',
    {
      className: `chain-trace-list${options.questions ? ' with-questions' : ''}`,
      // Styled without markers, so say it is a list for every screen reader.
      role: 'list',
      'aria-labelledby': options.labelledBy,
    },
    ...trace.map((link, i) =>
      h(
        'li',
        { 'data-who': link.who },
        i > 0 ? h('span', { className: 'chain-trace-arrow', 'aria-hidden': 'true' }, '→') : null,
        h('span', { className: 'chain-trace-number', 'aria-hidden': 'true' }, String(link.number)),
        h('span', { className: 'chain-trace-name' }, link.name),
        options.questions
          ? h(
              'span',
              { className: 'chain-trace-question' },
              h('span', { className: 'visually-hidden' }, ': '),
              link.question,
            )
          : null,
      ),
    ),
  );
}

/** Where a task is shown: its question and trace above the options, its picture below them. */
export interface ChainTaskSlots {
  readonly task: HTMLElement;
  readonly picture: HTMLElement;
}

/**
 * Fill the slots with the task the coming decision belongs to, or empty them,
 * and let the Choices `group` be described by the question while it is asked.
 */
export function renderChainTask(
  slots: ChainTaskSlots,
  group: HTMLElement,
  view: SessionView,
  meta: ScenarioMeta,
): void {
  const task = view.finished ? null : chainTaskView(meta, view.state);
  if (task) group.setAttribute('aria-describedby', CHAIN_TASK_QUESTION_ID);
  else group.removeAttribute('aria-describedby');
  const key = task ? String(view.path.length) : '';
  const slot = slots.task;
  if (slot.dataset.decision === key) return;
  slot.dataset.decision = key;
  const picture = slots.picture;
  picture.replaceChildren();
  picture.hidden = true;
  if (!task) {
    slot.replaceChildren();
    slot.hidden = true;
    return;
  }
  slot.hidden = false;
  slot.replaceChildren(
    taskBox(
      task.step,
      task.question,
      task.trace.length > 0
        ? h(
            'div',
            { className: 'chain-task-so-far' },
            h(
              'p',
              { className: 'chain-task-lead', id: 'chain-task-trace-lead' },
              'Your trace so far:',
            ),
            traceList(task.trace, { labelledBy: 'chain-task-trace-lead' }),
          )
        : noTraceYet(),
    ),
  );
  // The picture repeats the list, so it is drawn when the drawing code is ready, and hidden from
  // screen readers; a failure to load it leaves the words, which carry everything.
  void import('./chain-task-map.ts')
    .then(({ renderTraceMap }) => {
      if (slot.dataset.decision !== key || !picture.isConnected) return;
      picture.replaceChildren(renderTraceMap(meta, view.state));
      picture.hidden = false;
    })
    .catch(() => picture.replaceChildren());
}
