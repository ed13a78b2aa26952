/**
 * Where a chain-mapping task appears around the choices. Few decisions are
 * tasks, so the task's code (chain-task.ts, with the chain's links) is not
 * part of the first screen (issue 17): in a scenario with tasks it loads in
 * idle time once the first choice has been on screen a moment, so it is ready
 * before a task is asked; a scenario without any never loads it.
 * Arriving any later (a slow network, or a page opened on a task) it would
 * push the options down under a finger about to tap one, so until then the
 * task's box stands in its place with the question, drawn as the whole task
 * draws it (taskBox), and its trace's line kept free. If the code cannot
 * load, the question alone stays: the options are never shown without what
 * they answer.
 */
import './chain-task-slot.css';
import type { SessionView } from '../../sim/session/session.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import { afterFirstScreen } from '../shell/first-screen.ts';
import { h } from '../shell/dom.ts';
import { whenIdle } from '../../scheduling/idle-time.ts';
import type { renderChainTask } from './chain-task.ts';

/** The question's id: the Choices group is described by it while a task is on screen. */
export const CHAIN_TASK_QUESTION_ID = 'chain-task-question';

/** The task's box above the options: its step, its question and `trace`, the learner's trace so far. */
export function taskBox(step: number, question: string, trace: HTMLElement): HTMLElement {
  return h(
    'section',
    { className: 'chain-task', 'aria-labelledby': 'chain-task-title' },
    h(
      'h3',
      { className: 'chain-task-title', id: 'chain-task-title' },
      `Trace the service chain: step ${step}`,
    ),
    h('p', { className: 'chain-task-prompt', id: CHAIN_TASK_QUESTION_ID }, question),
    h('div', { className: 'chain-task-trace' }, trace),
  );
}

/** The trace before the first link is named. */
export const noTraceYet = (): HTMLElement =>
  h(
    'p',
    { className: 'chain-task-lead' },
    'Your trace so far: nothing yet. This is the first link.',
  );

/** Longest the task's code waits for idle time once the first screen has settled. */
const PRELOAD_WITHIN_MS = 2000;

export class ChainTaskSlot {
  readonly element: HTMLElement;
  /** Below the choices: the task's picture of the chain, which repeats its trace. */
  readonly picture: HTMLElement;
  private code: Promise<typeof renderChainTask> | null = null;
  private latest: SessionView | null = null;
  private warming = false;
  /** A task has been shown here, so a later decision may have one to take away. */
  private used = false;

  constructor(
    private readonly meta: ScenarioMeta,
    /** The story has tasks (Scenario.chainTasks): only then is their code loaded ahead of need. */
    private readonly preload: boolean,
    /** The slot and picture the build drew on the page's first screen, adopted. */
    drawn?: { readonly element: HTMLElement; readonly picture: HTMLElement },
  ) {
    this.element = drawn?.element ?? h('div', { className: 'chain-task-slot', hidden: true });
    this.picture = drawn?.picture ?? h('div', { className: 'chain-task-picture', hidden: true });
  }

  /** Show the task the coming decision belongs to in `view`, or nothing; `group` is the Choices. */
  show(group: HTMLElement, view: SessionView): void {
    this.latest = view;
    this.warmUp();
    const { state } = view;
    const question = view.finished || state.ending ? null : state.pendingChainTask;
    if (question === null && !this.used) return;
    this.used = true;
    this.standIn(group, question, view);
    this.load().then(
      (render) => {
        if (this.latest === view)
          render({ task: this.element, picture: this.picture }, group, view, this.meta);
      },
      // Asked again at the next decision.
      () => undefined,
    );
  }

  private load(): Promise<typeof renderChainTask> {
    this.code ??= import('./chain-task.ts').then(
      (code) => code.renderChainTask,
      (error: unknown) => {
        this.code = null;
        throw error;
      },
    );
    return this.code;
  }

  /** Load the task's code ahead of need, in idle time a moment after the first screen. */
  private warmUp(): void {
    if (this.warming || !this.preload) return;
    this.warming = true;
    void afterFirstScreen().then(() =>
      whenIdle(
        () => {
          this.load().catch(() => undefined);
        },
        { timeout: PRELOAD_WITHIN_MS },
      ),
    );
  }

  /**
   * The task's box with the question, until its code draws the trace (in the
   * same task, so unseen, once the code has loaded); nothing on a decision
   * that is no task.
   */
  private standIn(group: HTMLElement, question: string | null, view: SessionView): void {
    const slot = this.element;
    if (question !== null && slot.dataset.decision === String(view.path.length)) return;
    delete slot.dataset.decision;
    slot.hidden = question === null;
    if (question === null) {
      group.removeAttribute('aria-describedby');
      slot.replaceChildren();
      return;
    }
    group.setAttribute('aria-describedby', CHAIN_TASK_QUESTION_ID);
    const step = view.state.chainTrace.length + 1;
    const trace =
      step === 1
        ? noTraceYet()
        : h(
            'div',
            { className: 'chain-task-so-far' },
            h('p', { className: 'chain-task-lead' }, 'Your trace so far:'),
            // The list's line, kept free until the links' names arrive with the task's code.
            h('div', { className: 'chain-trace-pending', 'aria-hidden': 'true' }),
          );
    slot.replaceChildren(taskBox(step, question, trace));
  }
}
