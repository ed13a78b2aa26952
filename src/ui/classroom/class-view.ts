/**
 * Classroom mode on the projector: the class plays one scenario together.
 * At each decision: the options → a discussion (question on screen, optional
 * timer with pause and extend) → the vote (hand counts typed by the tutor, or
 * phones through the classroom server) → the tally → the tutor confirms the
 * class's choice (the majority unless the tutor takes another to explore it;
 * the record says so) → the consequence and the question to ask after it.
 * Options are shown in one seeded order per class session; records keep Ink's
 * indices.
 */
import './classroom.css';
import { clockLabel } from '../../sim/story/clock.ts';
import {
  confirmDecision,
  voteWords,
  type ClassDecision,
} from '../../sim/classroom/class-record.ts';
import { majorityOf } from '../../sim/classroom/class-votes.ts';
import { feelingWords } from '../../sim/people/people.ts';
import { characterName, type Scenario } from '../../sim/story/scenario.ts';
import { Session, type SessionView } from '../../sim/session/session.ts';
import { notesForOptions } from '../../sim/story/tutor-notes.ts';
import { h } from '../shell/dom.ts';
import { linesWithFigures } from '../shell/figures-table.ts';
import { DiscussionTimer } from './class-timer.ts';

export type ClassPhase = 'options' | 'discussion' | 'voting' | 'tally' | 'consequence';

/** Where votes come from when phones are in use (the classroom server); absent for hand counts. */
export interface LiveVotes {
  open(decision: number, view: SessionView): void;
  close(): void;
  /** Called with the counts by Ink index whenever a vote arrives or changes. */
  onTally(listener: (counts: readonly number[], voters: number) => void): void;
  /** `from`: the transcript length before the choice, where the consequence begins. */
  confirm(record: ClassDecision, view: SessionView, from: number): void;
  /** The tutor left the class: stop, and do not carry on with it after a reload. */
  forget(): void;
  /** Shown on the projector: how learners join. */
  readonly joinPanel: HTMLElement;
}

export interface ClassViewOptions {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Choices already confirmed (a tutor's page reloaded mid-session), Ink indices. */
  readonly path?: readonly number[];
  readonly records?: readonly ClassDecision[];
  /** Where a reloaded page picks up: the vote, the tally, or the last choice's consequence. */
  readonly phase?: ClassPhase;
  readonly live?: LiveVotes;
  readonly finished: (session: Session, records: readonly ClassDecision[]) => void;
  readonly menu: () => void;
}

const PHASE_WORDS: Record<ClassPhase, string> = {
  options: 'The options',
  discussion: 'Discussion',
  voting: 'Vote',
  tally: 'The tally',
  consequence: 'What happened',
};

export class ClassView {
  readonly element: HTMLElement;
  private readonly session: Session;
  private readonly records: ClassDecision[];
  private phase: ClassPhase = 'options';
  private counts: number[] = [];
  private voters = 0;
  /** Transcript length when the current stretch of story began. */
  private mark = 0;
  private readonly timer: DiscussionTimer;

  constructor(private readonly options: ClassViewOptions) {
    const path = options.path ?? [];
    // Back on a consequence: replay up to the last choice, so its lines are the new stretch.
    const atConsequence = options.phase === 'consequence' && path.length > 0;
    const replay = Session.replay(
      options.scenario,
      atConsequence ? path.slice(0, -1) : path,
      options.seed,
    );
    this.session = replay.session;
    if (atConsequence) {
      this.mark = this.view.state.transcript.length;
      this.session.choose(path.at(-1)!);
    }
    this.phase =
      options.phase && (options.phase !== 'consequence' || atConsequence)
        ? options.phase
        : 'options';
    this.records = [...(options.records ?? [])];
    this.element = h('section', { className: 'classroom', 'aria-labelledby': 'class-heading' });
    this.timer = new DiscussionTimer();
    this.resetCounts();
    options.live?.onTally((counts, voters) => {
      if (this.phase !== 'voting' && this.phase !== 'tally') return;
      this.counts = this.view.choices.map((_, index) => counts[index] ?? 0);
      this.voters = voters;
      // After the close the server's count is the final word: redraw the tally and its buttons.
      if (this.phase === 'tally') this.render();
      else this.renderTallyOnly();
    });
    this.render();
  }

  /** Keys on the projector: 1–9 jump to an option's count while the vote is open. */
  handleKey(event: KeyboardEvent): void {
    if (this.phase !== 'voting' || this.options.live || !/^[1-9]$/.test(event.key)) return;
    const target = event.target as HTMLElement | null;
    if (target?.tagName === 'INPUT') return;
    const input =
      this.element.querySelectorAll<HTMLInputElement>('input.count')[Number(event.key) - 1];
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  }

  private get view(): SessionView {
    return this.session.view;
  }

  private resetCounts(): void {
    this.counts = this.view.choices.map(() => 0);
    this.voters = 0;
  }

  private go(phase: ClassPhase): void {
    this.phase = phase;
    this.render();
    this.element.querySelector<HTMLElement>('#class-heading')?.focus();
  }

  private startDiscussion(seconds: number | null): void {
    if (seconds !== null) this.timer.start(seconds);
    this.go('discussion');
  }

  private openVote(): void {
    this.timer.stop();
    this.resetCounts();
    this.options.live?.open(this.records.length, this.view);
    this.go('voting');
    if (!this.options.live) this.element.querySelector<HTMLInputElement>('input.count')?.focus();
  }

  private revealTally(): void {
    this.options.live?.close();
    this.go('tally');
  }

  private confirm(chosen: number): void {
    const view = this.view;
    const record = confirmDecision(this.records.length, view.choices, this.counts, chosen);
    this.records.push(record);
    this.mark = view.state.transcript.length;
    this.session.choose(chosen);
    this.options.live?.confirm(record, this.session.view, this.mark);
    this.go('consequence');
  }

  private next(): void {
    if (this.view.finished) {
      this.options.finished(this.session, this.records);
      return;
    }
    this.resetCounts();
    this.go('options');
  }

  private render(): void {
    const view = this.view;
    const decision = this.records.length + 1;
    const heading =
      this.phase === 'consequence'
        ? `Decision ${decision - 1} · ${PHASE_WORDS.consequence}`
        : `Decision ${decision} · ${PHASE_WORDS[this.phase]}`;
    const notes = notesForOptions(view.scenario.tutor, view.choices);
    const lastNotes = this.records.at(-1)
      ? notesForOptions(view.scenario.tutor, this.records.at(-1)?.options ?? [])
      : null;
    const question =
      this.phase === 'consequence' ? (lastNotes?.after ?? null) : (notes?.before ?? null);
    const main: (HTMLElement | null)[] = [
      this.situation(view),
      question && this.phase !== 'options'
        ? h(
            'section',
            { className: 'class-question', 'aria-labelledby': 'question-heading' },
            h(
              'h3',
              { id: 'question-heading' },
              this.phase === 'consequence' ? 'Now discuss' : 'Discuss',
            ),
            h('p', {}, question),
          )
        : null,
      this.phase === 'consequence' ? null : this.optionList(view),
      this.phase === 'voting' && !this.options.live ? this.voteStatus() : null,
      this.controls(view),
    ];
    // With phones, how to join (and who has voted) stays in sight beside the options until the
    // vote closes.
    const join =
      this.options.live && ['options', 'discussion', 'voting'].includes(this.phase)
        ? h(
            'div',
            { className: 'class-rail' },
            this.phase === 'voting' ? this.voteStatus() : null,
            this.options.live.joinPanel,
          )
        : null;
    this.element.classList.toggle('with-join', join !== null);
    this.element.replaceChildren(
      h(
        'header',
        { className: 'class-top' },
        h('h2', { id: 'class-heading', tabindex: '-1' }, heading),
        this.dashboard(view),
      ),
      h('div', { className: 'class-main' }, ...main.filter((part) => part !== null)),
      ...(join ? [join] : []),
    );
    // The newest lines are what the class is deciding on: show them.
    const log = this.element.querySelector('.class-situation');
    requestAnimationFrame(() => log?.scrollTo({ top: log.scrollHeight }));
  }

  private dashboard(view: SessionView): HTMLElement {
    const people = view.scenario.meta.characters.flatMap((character) => {
      const person = view.state.people[character.id];
      const words = person ? feelingWords(person) : null;
      return words ? [h('li', {}, `${character.name}: ${words}`)] : [];
    });
    return h(
      'ul',
      { className: 'class-dash', 'aria-label': 'How things stand' },
      h('li', {}, `Time: ${clockLabel(view.state.clock, view.scenario.meta.start)}`),
      ...people,
    );
  }

  private situation(view: SessionView): HTMLElement {
    const lines = view.state.transcript.slice(this.mark).filter((entry) => entry.kind !== 'event');
    return h(
      'div',
      {
        className: 'class-situation',
        role: 'log',
        'aria-label': 'The story so far',
        // Scrollable, so it must be reachable by keyboard.
        tabindex: 0,
      },
      ...linesWithFigures(lines, (entry) =>
        h(
          'p',
          { className: `line ${entry.kind}` },
          entry.kind === 'choice'
            ? h('strong', {}, 'The class chose: ')
            : entry.speaker
              ? h('strong', {}, `${characterName(view.scenario.meta, entry.speaker)}: `)
              : null,
          entry.text,
        ),
      ),
    );
  }

  private optionList(view: SessionView): HTMLElement {
    const total = this.counts.reduce((a, b) => a + b, 0);
    const majority = majorityOf(this.counts);
    const showTally = this.phase === 'tally' || (this.phase === 'voting' && !!this.options.live);
    return h(
      'ol',
      { className: 'class-options', 'aria-label': 'Options' },
      ...view.order.map((index, position) => {
        const text = view.choices[index] ?? '';
        const count = this.counts[index] ?? 0;
        const lead = this.phase === 'tally' && majority === index;
        return h(
          'li',
          { className: `class-option${lead ? ' lead' : ''}`, 'data-index': index },
          h('span', { className: 'option-number', 'aria-hidden': 'true' }, `${position + 1}`),
          h('span', { className: 'option-text' }, text),
          this.phase === 'voting' && !this.options.live
            ? h('input', {
                className: 'count',
                type: 'number',
                min: 0,
                max: 999,
                step: 1,
                inputmode: 'numeric',
                value: count,
                'aria-label': `Hands for option ${position + 1}`,
                oninput: (event: Event) => {
                  const value = Number((event.target as HTMLInputElement).value);
                  this.counts[index] = Number.isInteger(value) && value > 0 ? value : 0;
                  const status = this.element.querySelector('.vote-status');
                  if (status) status.replaceWith(this.voteStatus());
                },
              })
            : null,
          showTally ? this.bar(count, total, lead) : null,
        );
      }),
    );
  }

  private bar(count: number, total: number, lead: boolean): HTMLElement {
    const width = total === 0 ? 0 : (count / total) * 100;
    return h(
      'span',
      { className: 'tally' },
      h(
        'span',
        { className: 'tally-bar', 'aria-hidden': 'true' },
        h('span', { className: 'tally-fill', style: `width: ${width.toFixed(1)}%` }),
      ),
      h('span', { className: 'tally-words' }, voteWords(count, total), lead ? ' · most votes' : ''),
    );
  }

  private voteStatus(): HTMLElement {
    const total = this.counts.reduce((a, b) => a + b, 0);
    const text = this.options.live
      ? `${this.voters} ${this.voters === 1 ? 'learner has' : 'learners have'} voted.`
      : `${total} ${total === 1 ? 'hand' : 'hands'} counted. Type each count, or use the arrow keys; keys 1–9 jump to an option.`;
    return h('p', { className: 'vote-status', role: 'status' }, text);
  }

  /** Live votes arrive while the tutor waits: update the bars without moving focus. */
  private renderTallyOnly(): void {
    const list = this.element.querySelector('.class-options');
    if (list) list.replaceWith(this.optionList(this.view));
    const status = this.element.querySelector('.vote-status');
    if (status) status.replaceWith(this.voteStatus());
  }

  private button(text: string, action: () => void, primary = false): HTMLButtonElement {
    return h(
      'button',
      { type: 'button', className: primary ? 'primary' : '', onclick: action },
      text,
    );
  }

  private controls(view: SessionView): HTMLElement {
    const panel = h('div', { className: 'class-controls', role: 'group', 'aria-label': 'Tutor' });
    switch (this.phase) {
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
          this.button(
            'Start the discussion',
            () => {
              const seconds = Number(minutes.value);
              this.startDiscussion(seconds > 0 ? seconds : null);
            },
            true,
          ),
          this.button('Go straight to the vote', () => this.openVote()),
        );
        break;
      }
      case 'discussion':
        if (this.timer.running || this.timer.remaining !== null) panel.append(this.timer.render());
        panel.append(this.button('Open the vote', () => this.openVote(), true));
        break;
      case 'voting':
        panel.append(
          this.button('Close the vote and show the tally', () => this.revealTally(), true),
        );
        break;
      case 'tally': {
        const majority = majorityOf(this.counts);
        const placeOf = (index: number) => view.order.indexOf(index) + 1;
        panel.append(
          h(
            'p',
            {},
            majority === null
              ? 'No clear majority: choose the option the class takes.'
              : `Most votes: option ${placeOf(majority)}.`,
          ),
        );
        if (majority !== null)
          panel.append(
            this.button(
              `Confirm the class’s choice (option ${placeOf(majority)})`,
              () => this.confirm(majority),
              true,
            ),
          );
        panel.append(
          h(
            'p',
            { className: 'override-label' },
            majority === null
              ? 'Take option:'
              : 'Or take another option to explore it (recorded as the tutor’s choice):',
          ),
          ...view.order
            .filter((index) => index !== majority)
            .map((index) =>
              this.button(`Take option ${placeOf(index)}`, () => this.confirm(index)),
            ),
        );
        break;
      }
      case 'consequence':
        panel.append(
          this.button(
            view.finished ? 'Show the class report' : 'Next decision',
            () => this.next(),
            true,
          ),
        );
        break;
    }
    panel.append(
      this.button('Leave the class', () => {
        this.options.live?.forget();
        this.options.menu();
      }),
    );
    return panel;
  }

  dispose(): void {
    this.timer.stop();
  }
}
