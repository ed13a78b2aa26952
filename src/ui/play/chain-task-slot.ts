/**
 * Where a chain-mapping task appears around the choices. Few decisions are
 * tasks, so the task's code (chain-task.ts, with the chain's links) loads
 * the first time one is asked, not with the first screen (issue 17). Until
 * it arrives, or if it cannot, the question alone stands above the options:
 * the options are never shown without what they answer.
 */
import type { SessionView } from '../../sim/session/session.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';
import type { renderChainTask } from './chain-task.ts';

/** The question's id: the Choices group is described by it while a task is on screen. */
export const CHAIN_TASK_QUESTION_ID = 'chain-task-question';

export class ChainTaskSlot {
  readonly element = h('div', { className: 'chain-task-slot', hidden: true });
  /** Below the choices: the task's picture of the chain, which repeats its trace. */
  readonly picture = h('div', { className: 'chain-task-picture', hidden: true });
  private code: Promise<typeof renderChainTask> | null = null;
  private latest: SessionView | null = null;

  constructor(private readonly meta: ScenarioMeta) {}

  /** Show the task the coming decision belongs to in `view`, or nothing; `group` is the Choices. */
  show(group: HTMLElement, view: SessionView): void {
    this.latest = view;
    const { state } = view;
    const question = view.finished || state.ending ? null : state.pendingChainTask;
    // Nothing was ever shown here, so there is nothing to take away.
    if (question === null && !this.code) return;
    if (question !== null && this.element.hidden) this.questionOnly(group, question, view);
    this.code ??= import('./chain-task.ts').then((code) => code.renderChainTask);
    this.code.then(
      (render) => {
        if (this.latest === view)
          render({ task: this.element, picture: this.picture }, group, view, this.meta);
      },
      () => {
        // Asked again at the next decision.
        this.code = null;
      },
    );
  }

  private questionOnly(group: HTMLElement, question: string, view: SessionView): void {
    group.setAttribute('aria-describedby', CHAIN_TASK_QUESTION_ID);
    this.element.hidden = false;
    delete this.element.dataset.decision;
    this.element.replaceChildren(
      h(
        'p',
        { className: 'chain-task-prompt', id: CHAIN_TASK_QUESTION_ID },
        `Trace the service chain, step ${view.state.chainTrace.length + 1}: ${question}`,
      ),
    );
  }
}
