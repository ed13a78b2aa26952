/**
 * The conversation in the DOM: the accessible truth of what the canvas shows.
 * It lays out and feeds its parts: the briefing, the transcript (a log), the
 * current choices (a group of buttons named "Choices") with the choice timer
 * and the chain task, each person's mood or stance in words, and the dashboard.
 *
 * On a scenario page it adopts the first screen the build drew with this same view
 * (first-screen-markup.ts) rather than drawing it again: its first render adds listeners and
 * state to those elements and moves none of them, so the takeover lays nothing out afresh and
 * the page's own transcript (a live region screen readers already follow) stays.
 */
import type { SessionView } from '../../sim/session/session.ts';
import type { ScenarioMeta } from '../../sim/story/scenario.ts';
import { h } from '../shell/dom.ts';
import { briefing } from './briefing.ts';
import { ChainTaskSlot } from './chain-task-slot.ts';
import { ChoiceGate, type ChoiceInput } from './choice-gate.ts';
import { ChoiceTimer } from './choice-timer.ts';
import { Dashboard } from './dashboard.ts';
import { PeopleList } from './people-list.ts';
import { placeConversation } from './place-conversation.ts';
import { Transcript } from './transcript.ts';

/** The parts of a play view the build drew in `play` (first-screen-markup.ts), or null if any is missing. */
function drawnParts(play: HTMLElement) {
  const find = <T extends Element>(selector: string): T | null => play.querySelector<T>(selector);
  const parts = {
    stageSlot: find<HTMLDivElement>('.stage-slot'),
    briefing: find<HTMLDetailsElement>('details.briefing'),
    earlierToggle: find<HTMLButtonElement>('.earlier-toggle'),
    log: find<HTMLElement>('[role="log"]'),
    lines: find<HTMLOListElement>('[role="log"] > .transcript-lines'),
    timer: find<HTMLElement>('.choice-timer'),
    taskSlot: find<HTMLElement>('.chain-task-slot'),
    choices: find<HTMLDivElement>('.choices'),
    taskPicture: find<HTMLElement>('.chain-task-picture'),
    chainButton: find<HTMLButtonElement>('.chain-button'),
    people: find<HTMLElement>('.people'),
    clock: find<HTMLElement>('.clock'),
    dashboard: find<HTMLElement>('.dashboard-body'),
    announcer: find<HTMLElement>(':scope > [role="status"]'),
  };
  type Found = { readonly [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> };
  return Object.values(parts).every((part) => part !== null) ? (parts as Found) : null;
}

export interface PlayViewEvents {
  /** Ink's `index` of the option, answering `decision` (the number of choices made before it). */
  choose(index: number, decision: number): void;
}

export class PlayView {
  readonly element: HTMLElement;
  private readonly transcript: Transcript;
  private readonly choices: HTMLDivElement;
  /** A chain-mapping task: its question and trace above the choices, its picture below. */
  private readonly choiceTask: ChainTaskSlot;
  private readonly people: PeopleList;
  private readonly dashboard: Dashboard;
  /** Where the illustrated stage sits while this scenario is played. */
  readonly stageSlot: HTMLDivElement;
  readonly chainButton: HTMLButtonElement;
  /** Which inputs may answer the decision on screen (see choice-gate.ts). */
  private readonly gate = new ChoiceGate();
  private settling: ReturnType<typeof setTimeout> | undefined;
  private current: SessionView | null = null;
  /** The frame in which the page is placed after a change, while one is asked for. */
  private placing: number | undefined;

  private readonly briefing: HTMLDetailsElement;
  private briefingFolded = false;
  private readonly timer: ChoiceTimer;
  /** The view took over the screen the build drew (`over`), which its first render adopts. */
  readonly adopted: boolean;
  private adopting: boolean;
  /**
   * The first decision drawn is the first thing this page shows: it takes an
   * answer at once. The wait in choice-gate.ts is for input aimed at an earlier
   * decision, and this document has had none (a held key and a double-click's
   * later clicks are still ignored).
   */
  private firstOnPage: boolean;

  constructor(
    meta: ScenarioMeta,
    private readonly events: PlayViewEvents,
    options: {
      readonly firstOnPage?: boolean;
      /** The story has chain-mapping tasks: their code is loaded ahead of need. */
      readonly chainTasks?: boolean;
      /**
       * A scenario page's first screen, drawn by the build with this view at the decision the
       * first render shows: adopted as it is, if all its parts are there.
       */
      readonly over?: HTMLElement;
    } = {},
  ) {
    this.firstOnPage = options.firstOnPage ?? false;
    const drawn = options.over ? drawnParts(options.over) : null;
    this.adopted = this.adopting = drawn !== null;
    this.briefing = drawn?.briefing ?? briefing(meta);
    this.choiceTask = new ChainTaskSlot(
      meta,
      options.chainTasks ?? false,
      drawn ? { element: drawn.taskSlot, picture: drawn.taskPicture } : undefined,
    );
    this.transcript = new Transcript(meta, drawn ?? undefined);
    this.timer = new ChoiceTimer(undefined, drawn?.timer);
    this.choices =
      drawn?.choices ??
      h('div', {
        className: 'choices',
        role: 'group',
        'aria-label': 'Choices',
        tabindex: '-1',
      });
    this.people = new PeopleList(
      meta,
      drawn ? { element: drawn.people, announcer: drawn.announcer } : undefined,
    );
    this.dashboard = new Dashboard(
      meta,
      drawn ? { clock: drawn.clock, body: drawn.dashboard } : undefined,
    );
    this.stageSlot = drawn?.stageSlot ?? h('div', { className: 'stage-slot' });
    this.chainButton =
      drawn?.chainButton ??
      h('button', { type: 'button', className: 'chain-button' }, 'Service chain map');
    if (options.over && drawn) {
      this.element = options.over;
      return;
    }
    this.element = h(
      'div',
      { className: 'play' },
      this.stageSlot,
      h(
        'section',
        { className: 'conversation', 'aria-label': 'Conversation' },
        this.briefing,
        h('h2', { className: 'visually-hidden' }, 'Conversation'),
        this.transcript.earlierToggle,
        this.transcript.log,
        h('h2', { className: 'choices-heading', id: 'choices-heading' }, 'What do you do?'),
        this.timer.element,
        this.choiceTask.element,
        this.choices,
        this.choiceTask.picture,
      ),
      h(
        'aside',
        { className: 'side', 'aria-label': 'People and service dashboard' },
        h('div', { className: 'side-heading' }, h('h2', {}, 'People'), this.chainButton),
        this.people.element,
        h('h2', {}, 'Dashboard'),
        this.dashboard.clock,
        this.dashboard.body,
      ),
      this.people.announcer,
    );
  }

  /** A press the page's script showed (its line) was not made: that line goes. */
  pressNotMade(): void {
    this.transcript.dropAhead();
  }

  render(view: SessionView): void {
    if (this.adopting) {
      this.adopting = false;
      this.adopt(view);
      return;
    }
    const { state } = view;
    if (view.path.length > 0 && !this.briefingFolded) {
      this.briefing.open = false;
      this.briefingFolded = true;
    }
    this.transcript.render(state.transcript);
    this.showDecision(view);
    this.people.render(state);
    this.dashboard.render(state);
    // Placed in the next frame, once: measuring here made the browser lay the
    // page out twice during the key press, before the frame laid it out again.
    this.placing ??= requestAnimationFrame(() => {
      this.placing = undefined;
      this.placePage();
    });
  }

  /**
   * The first render over the screen the build drew for `view`: its lines, people and
   * dashboard are on screen already, and its options too, in this attempt's order (the page's
   * script put them so), so they only gain their listeners. The page's script has placed the
   * page as placePage would.
   */
  private adopt(view: SessionView): void {
    this.transcript.adopt(view.state.transcript);
    this.showDecision(view, true);
    this.people.remember(view.state);
  }

  /**
   * The decision `view` asks for: its timer, any chain task and its options; `adopting`, over
   * options the build drew, which are kept if they are this decision's in this order.
   */
  private showDecision(view: SessionView, adopting = false): void {
    const { state } = view;
    const timed =
      view.choices.length > 0 && document.documentElement.getAttribute('data-timers') !== 'off';
    this.timer.show(view.path.length, timed ? state.pendingTimer : null);
    this.choiceTask.show(this.choices, view);
    this.current = view;
    const decision = view.path.length;
    this.gate.show(decision, this.firstOnPage ? Number.NEGATIVE_INFINITY : performance.now());
    this.firstOnPage = false;
    const answer = (index: number) => (event: Event) =>
      this.answer(index, decision, clickInput(event));
    const drawn = [...this.choices.querySelectorAll<HTMLButtonElement>(':scope > button.choice')];
    const keep =
      adopting &&
      drawn.length === this.choices.childElementCount &&
      drawn.length === view.order.length &&
      drawn.every(
        (button, position) =>
          button.dataset['index'] === String(view.order[position]) &&
          button.dataset['decision'] === String(decision),
      );
    if (keep)
      for (const button of drawn)
        button.addEventListener('click', answer(Number(button.dataset['index'])));
    // Shown in the attempt's order; each button keeps Ink's index, which is what is saved.
    else
      this.choices.replaceChildren(
        ...view.order.map((index, position) =>
          h(
            'button',
            {
              type: 'button',
              className: 'choice',
              'data-index': index,
              'data-decision': decision,
              onclick: answer(index),
            },
            h('span', { className: 'key', 'aria-hidden': 'true' }, String(position + 1)),
            h('span', {}, view.choices[index] ?? ''),
          ),
        ),
      );
    this.settle();
  }

  /** The page placed for the decision drawn (place-conversation.ts). */
  private placePage(): void {
    placeConversation(this.transcript.log, this.choices);
  }

  /** Bring the scenario's closing lines into view as the end screen appears. */
  showEnding(): void {
    // The ending's place wins over the last choice's, should that still be due.
    if (this.placing !== undefined) cancelAnimationFrame(this.placing);
    this.placing = undefined;
    this.transcript.showEnding();
  }

  /**
   * While a new decision settles its options say they are not yet available
   * (aria-disabled; the group is marked data-settling), so nobody, and no
   * test, mistakes an ignored input for a lost one.
   */
  private settle(): void {
    clearTimeout(this.settling);
    const wait = this.gate.readyAt - performance.now();
    const buttons = [...this.choices.querySelectorAll('button')];
    const mark = (on: boolean) => {
      this.choices.toggleAttribute('data-settling', on);
      for (const button of buttons) {
        if (on) button.setAttribute('aria-disabled', 'true');
        else button.removeAttribute('aria-disabled');
      }
    };
    if (wait <= 0 || buttons.length === 0) return mark(false);
    mark(true);
    this.settling = setTimeout(() => mark(false), wait);
  }

  private answer(index: number, decision: number, input: Omit<ChoiceInput, 'decision' | 'now'>) {
    if (this.gate.accepts({ decision, now: performance.now(), ...input }))
      this.events.choose(index, decision);
  }

  /**
   * A number key: the option at that place on screen (`position` from 0), in
   * this attempt's order. Returns false when there is no such option.
   */
  keyChoice(position: number, repeat: boolean): boolean {
    const view = this.current;
    const index = view?.order[position];
    if (!view || index === undefined) return false;
    this.answer(index, view.path.length, { repeat, clicks: 0 });
    return true;
  }

  /**
   * Focus the choices group, never one option: the first option must not be a
   * default a learner confirms with Enter. Tab then reaches each option.
   */
  focusChoices(): void {
    if (this.choices.childElementCount > 0) this.choices.focus({ preventScroll: true });
  }
}

/** What the choice gate needs of a click on an option. */
function clickInput(event: Event): Omit<ChoiceInput, 'decision' | 'now'> {
  const { detail, clientX, clientY } = event as MouseEvent;
  // A button pressed with Enter or Space clicks with detail 0, at no place.
  return detail > 0 ? { clicks: detail, at: { x: clientX, y: clientY } } : { clicks: 0 };
}
