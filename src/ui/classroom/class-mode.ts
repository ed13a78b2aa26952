/**
 * Classroom mode's screens, loaded when a tutor asks for them: choose a
 * scenario, read its tutor notes, start the class (hand counts, or phones
 * when the page comes from the classroom server), play it on the projector,
 * and end on the class report.
 */
import type { CatalogueEntry } from '../../scenarios.ts';
import { loadScenario } from '../../scenarios.ts';
import type { ClassDecision } from '../../sim/classroom/class-record.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import type { Session } from '../../sim/session/session.ts';
import type { TutorNotes } from '../../sim/story/tutor-notes.ts';
import { h } from '../shell/dom.ts';
import { replaceEntry } from '../shell/history-entries.ts';
import { renderClassReport } from './class-report.ts';
import { ClassView, type ClassPhase, type LiveVotes } from './class-view.ts';
import type { ClassResume } from './live-votes.ts';

export interface ClassModeHost {
  readonly entries: readonly CatalogueEntry[];
  show(...children: HTMLElement[]): void;
  menu(): void;
  setTitle(text: string): void;
  /** Phones: connect to the classroom server for this scenario, when the page came from one. */
  connectLive?: (scenario: Scenario, seed: number) => Promise<LiveVotes | null>;
  /** Phones: the class this tutor was running for the scenario, if the server still has it open. */
  resumeLive?: (scenarioId: string) => Promise<{ live: LiveVotes; resume: ClassResume } | null>;
}

/** A fresh seed for a class session: the order its options are shown in. */
const newSeed = (): number => Math.floor(Math.random() * 2 ** 31) + 1;

function renderTutorNotes(notes: TutorNotes | null | undefined, open = false): HTMLElement {
  if (!notes)
    return h(
      'p',
      { className: 'tutor-notes-none' },
      'This scenario has no tutor notes yet: the class report still shows the votes and the stronger choices.',
    );
  return h(
    'details',
    { className: 'tutor-notes', open },
    h('summary', {}, 'Tutor notes (for you, not the class)'),
    h('h3', {}, 'Learning outcomes'),
    h('ul', {}, ...notes.outcomes.map((o) => h('li', {}, o))),
    notes.marking.length > 0 ? h('h3', {}, 'Marking points evidenced') : null,
    notes.marking.length > 0
      ? h(
          'ul',
          {},
          ...notes.marking.map((m) => h('li', {}, h('strong', {}, m.label), `: ${m.how}`)),
        )
      : null,
    h('h3', {}, 'The model path'),
    h('p', {}, notes.model),
    notes.wrongTurns.length > 0 ? h('h3', {}, 'Common wrong turns') : null,
    notes.wrongTurns.length > 0
      ? h('ul', {}, ...notes.wrongTurns.map((t) => h('li', {}, t)))
      : null,
  );
}

export class ClassMode {
  private view: ClassView | null = null;

  constructor(private readonly host: ClassModeHost) {}

  handleKey(event: KeyboardEvent): void {
    this.view?.handleKey(event);
  }

  dispose(): void {
    this.view?.dispose();
    this.view = null;
    document.documentElement.classList.remove('projector');
  }

  /** The list of scenarios to teach. */
  choose(): void {
    this.dispose();
    this.host.setTitle('Teach with a class');
    const section = h(
      'section',
      { className: 'class-setup', 'aria-labelledby': 'class-setup-heading' },
      h('h2', { id: 'class-setup-heading', tabindex: '-1' }, 'Teach with a class'),
      h(
        'p',
        {},
        'Play a scenario on the projector with your class. At each decision the class discusses the options, votes (by show of hands, or on their phones with the classroom server), and sees what its choice leads to.',
      ),
      h(
        'ul',
        { className: 'class-scenarios' },
        ...this.host.entries.map((entry) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', onclick: () => void this.intro(entry.id) },
              entry.meta.title,
            ),
            ` · ${entry.meta.duration.min}–${entry.meta.duration.max} minutes · ${entry.meta.difficulty}`,
          ),
        ),
      ),
      h('button', { type: 'button', onclick: () => this.host.menu() }, 'Back to the scenarios'),
    );
    this.host.show(section);
    section.querySelector<HTMLElement>('h2')?.focus();
  }

  /** One scenario's tutor notes and the start buttons. */
  async intro(id: string): Promise<void> {
    const loaded = await loadScenario(id);
    if (loaded.state !== 'loaded') return this.choose();
    const scenario = loaded.scenario;
    const url = new URL(location.href);
    url.searchParams.set('teach', id);
    url.searchParams.delete('scenario');
    replaceEntry(null, url);
    // A reload (or a restarted server) mid-class: carry on where the class was.
    const resumed = await this.host.resumeLive?.(id);
    if (resumed) return this.resume(scenario, resumed.live, resumed.resume);
    this.host.setTitle(scenario.meta.title);
    const start = (live: boolean) => void this.begin(scenario, live);
    const section = h(
      'section',
      { className: 'class-setup', 'aria-labelledby': 'class-intro-heading' },
      h('h2', { id: 'class-intro-heading', tabindex: '-1' }, `Teach: ${scenario.meta.title}`),
      h('p', {}, scenario.meta.summary),
      renderTutorNotes(scenario.tutor, true),
      h(
        'p',
        { className: 'class-start' },
        h(
          'button',
          { type: 'button', className: 'primary', onclick: () => start(false) },
          'Start with hand counts',
        ),
        this.host.connectLive
          ? h('button', { type: 'button', onclick: () => start(true) }, 'Start with phones')
          : null,
        h('button', { type: 'button', onclick: () => this.choose() }, 'Choose another scenario'),
      ),
    );
    this.host.show(section);
    section.querySelector<HTMLElement>('h2')?.focus();
  }

  private resume(scenario: Scenario, live: LiveVotes, resume: ClassResume): void {
    const decision = resume.records.length;
    const phase: ClassPhase =
      resume.ballot?.decision === decision
        ? resume.ballot.open
          ? 'voting'
          : 'tally'
        : resume.consequence && decision > 0
          ? 'consequence'
          : 'options';
    this.play(
      scenario,
      resume.seed,
      live,
      resume.records.map((record) => record.chosen),
      resume.records,
      phase,
    );
  }

  private async begin(scenario: Scenario, phones: boolean): Promise<void> {
    const seed = newSeed();
    const live =
      phones && this.host.connectLive ? await this.host.connectLive(scenario, seed) : null;
    this.play(scenario, seed, live);
  }

  play(
    scenario: Scenario,
    seed: number,
    live: LiveVotes | null,
    path: readonly number[] = [],
    records: readonly ClassDecision[] = [],
    phase?: ClassPhase,
  ): void {
    this.dispose();
    document.documentElement.classList.add('projector');
    this.view = new ClassView({
      scenario,
      seed,
      path,
      records,
      ...(phase ? { phase } : {}),
      ...(live ? { live } : {}),
      finished: (session, done) => this.report(session, done),
      menu: () => this.host.menu(),
    });
    this.host.show(this.view.element);
    this.view.element.querySelector<HTMLElement>('#class-heading')?.focus();
  }

  private report(session: Session, records: readonly ClassDecision[]): void {
    const scenario = session.scenario;
    const report = renderClassReport(session.view, records, {
      menu: () => this.host.menu(),
      again: () => void this.intro(scenario.id),
    });
    this.view?.dispose();
    this.view = null;
    this.host.show(report);
    report.querySelector<HTMLElement>('#report-heading')?.focus();
  }
}
