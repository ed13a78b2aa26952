/**
 * Classroom mode on the projector: the class plays one scenario together.
 * At each decision: the options → a discussion (question on screen, optional
 * timer with pause and extend) → the vote (hand counts typed by the tutor, or
 * phones through the classroom server) → the tally → the tutor confirms the
 * class's choice (the majority unless the tutor takes another to explore it;
 * the record says so) → the consequence and the question to ask after it.
 * Options are shown in one seeded order per class session; records keep Ink's
 * indices. This class holds the phase and the counts and puts the screen
 * together; its parts are the story (class-story.ts), the options with the
 * vote (class-tally.ts), the tutor's buttons (class-controls.ts) and the
 * discussion timer (class-timer.ts).
 */
import './classroom.css';
import { confirmDecision, type ClassDecision } from '../../sim/classroom/class-record.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { Session, type SessionView } from '../../sim/session/session.ts';
import { notesForOptions } from '../../sim/story/tutor-notes.ts';
import { h } from '../shell/dom.ts';
import { tutorControls } from './class-controls.ts';
import { classDashboard, classQuestion, classSituation } from './class-story.ts';
import { optionList, voteStatus, type VoteBoard } from './class-tally.ts';
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
  /**
   * The screen is left (the class may be resumed later): stop the connection once what the
   * tutor did has been sent, keeping the class for a return.
   */
  disconnect(): void;
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
    const board = this.board;
    const main: (HTMLElement | null)[] = [
      classSituation(view, this.mark),
      question && this.phase !== 'options'
        ? classQuestion(question, this.phase === 'consequence')
        : null,
      this.phase === 'consequence' ? null : optionList(view, board),
      this.phase === 'voting' && !this.options.live ? voteStatus(board) : null,
      tutorControls(this.phase, view, this.counts, this.timer, {
        startDiscussion: (seconds) => this.startDiscussion(seconds),
        openVote: () => this.openVote(),
        revealTally: () => this.revealTally(),
        confirm: (chosen) => this.confirm(chosen),
        next: () => this.next(),
        leave: () => {
          this.options.live?.forget();
          this.options.menu();
        },
      }),
    ];
    // With phones, how to join (and who has voted) stays in sight beside the options until the
    // vote closes.
    const join =
      this.options.live && ['options', 'discussion', 'voting'].includes(this.phase)
        ? h(
            'div',
            { className: 'class-rail' },
            this.phase === 'voting' ? voteStatus(board) : null,
            this.options.live.joinPanel,
          )
        : null;
    this.element.classList.toggle('with-join', join !== null);
    this.element.replaceChildren(
      h(
        'header',
        { className: 'class-top' },
        h('h2', { id: 'class-heading', tabindex: '-1' }, heading),
        classDashboard(view),
      ),
      h('div', { className: 'class-main' }, ...main.filter((part) => part !== null)),
      ...(join ? [join] : []),
    );
    // The newest lines are what the class is deciding on: show them.
    const log = this.element.querySelector('.class-situation');
    requestAnimationFrame(() => log?.scrollTo({ top: log.scrollHeight }));
  }

  /** The vote as the option list and the status line draw it. */
  private get board(): VoteBoard {
    return {
      phase: this.phase,
      live: !!this.options.live,
      counts: this.counts,
      voters: this.voters,
      onCount: (index, count) => {
        this.counts[index] = count;
        const status = this.element.querySelector('.vote-status');
        if (status) status.replaceWith(voteStatus(this.board));
      },
    };
  }

  /** Live votes arrive while the tutor waits: update the bars without moving focus. */
  private renderTallyOnly(): void {
    const list = this.element.querySelector('.class-options');
    if (list) list.replaceWith(optionList(this.view, this.board));
    const status = this.element.querySelector('.vote-status');
    if (status) status.replaceWith(voteStatus(this.board));
  }

  dispose(): void {
    this.timer.stop();
    this.options.live?.disconnect();
  }
}
