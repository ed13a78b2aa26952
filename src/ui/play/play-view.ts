/**
 * The conversation in the DOM: the accessible truth of what the canvas shows.
 * Transcript (a log), the current choices (a group of buttons named
 * "Choices"), each person's mood or stance in words, and the dashboard.
 */
import { clockLabel, deadlineStatus, dueLabel, durationLabel } from '../../sim/story/clock.ts';
import { feelingWords } from '../../sim/people/people.ts';
import { ALLIED_AT, STRAINED_AT } from '../../sim/people/partner-relationship.ts';
import { STATUS_MEANINGS, STATUS_WORDS } from '../../sim/chain/chain.ts';
import type { LinkStatus } from '../../sim/story/tags.ts';
import type { SessionView } from '../../sim/session/session.ts';
import { characterName, type Character, type ScenarioMeta } from '../../sim/story/scenario.ts';
import type { KpiReading, TranscriptEntry } from '../../sim/session/records.ts';
import { h } from '../shell/dom.ts';
import { tableCells } from '../../sim/story/figures.ts';
import { renderChainTask } from './chain-task.ts';
import { ChoiceGate } from './choice-gate.ts';

export interface PlayViewEvents {
  /** Ink's `index` of the option, answering `decision` (the number of choices made before it). */
  choose(index: number, decision: number): void;
}

/** The role, and whether the link is internal or external, formal or informal. */
function roleLine(character: Character): string {
  const side =
    character.kind === 'department' ? 'internal' : character.kind === 'partner' ? 'external' : null;
  const form = character.relationship
    ? character.relationship.formal
      ? 'formal agreement'
      : 'informal arrangement'
    : null;
  return [character.role, side, form].filter(Boolean).join(' · ');
}

/** The scenario's brief, open at the start and folded away once the learner is under way. */
function briefing(meta: ScenarioMeta): HTMLDetailsElement {
  const partners = meta.characters.filter((c) => c.relationship);
  return h(
    'details',
    { className: 'briefing', open: true },
    h(
      'summary',
      {},
      h('strong', {}, 'Briefing'),
      ` · ${meta.duration.min}–${meta.duration.max} minutes · ${meta.difficulty}`,
    ),
    h('p', {}, meta.summary),
    partners.length > 0
      ? h(
          'p',
          { className: 'briefing-partners' },
          'Links in this chain: ',
          partners
            .map(
              (c) =>
                `${c.name} (${c.role}; ${c.relationship?.formal ? 'formal' : 'informal'}${c.relationship ? `: ${c.relationship.agreement}` : ''})`,
            )
            .join('; '),
          '.',
        )
      : null,
  );
}

/** "At risk: a deadline is close…": said under the dashboard whenever a link or SLA shows it. */
function statusKey(shown: ReadonlySet<LinkStatus>): HTMLElement | null {
  const explained = (['at-risk', 'breached'] as const).filter((status) => shown.has(status));
  if (explained.length === 0) return null;
  return h(
    'p',
    { className: 'status-key' },
    ...explained.flatMap((status, index) => [
      index > 0 ? ' ' : '',
      h('strong', {}, `${status === 'at-risk' ? 'At risk' : 'Breached'}:`),
      ` ${STATUS_MEANINGS[status]}.`,
    ]),
  );
}

export class PlayView {
  readonly element: HTMLElement;
  private readonly transcript: HTMLOListElement;
  private readonly earlierToggle: HTMLButtonElement;
  private showingEarlier = false;
  private readonly choices: HTMLDivElement;
  /** Above the choices: what the coming decision asks when it is a chain-mapping task. */
  private readonly choiceTask = h('div', { className: 'chain-task-slot', hidden: true });
  private readonly people: HTMLUListElement;
  private readonly dashboard: HTMLDivElement;
  private readonly clock: HTMLParagraphElement;
  private readonly moodAnnouncer: HTMLParagraphElement;
  /** Where the illustrated stage sits while this scenario is played. */
  readonly stageSlot: HTMLDivElement;
  readonly chainButton: HTMLButtonElement;
  private shown = 0;
  /** Which inputs may answer the decision on screen (see choice-gate.ts). */
  private readonly gate = new ChoiceGate();
  private settling: ReturnType<typeof setTimeout> | undefined;
  private current: SessionView | null = null;
  private lastFeelings = new Map<string, string>();

  private readonly briefing: HTMLDetailsElement;
  private briefingFolded = false;
  private readonly timer: HTMLDivElement;
  private countdown: ReturnType<typeof setInterval> | undefined;
  /** The decision (by path length) whose countdown is running, so a re-render does not restart it. */
  private timedDecision: number | null = null;

  constructor(
    private readonly meta: ScenarioMeta,
    private readonly events: PlayViewEvents,
  ) {
    this.briefing = briefing(meta);
    this.transcript = h('ol', { className: 'transcript-lines' });
    // The log scrolls, so it takes focus: keyboard users can scroll back through it.
    const log = h(
      'div',
      { className: 'transcript', role: 'log', 'aria-label': 'Transcript', tabindex: '0' },
      this.transcript,
    );
    this.earlierToggle = h(
      'button',
      {
        type: 'button',
        className: 'earlier-toggle',
        hidden: true,
        'aria-expanded': 'false',
        onclick: () => {
          this.showingEarlier = !this.showingEarlier;
          log.classList.toggle('show-earlier', this.showingEarlier);
          this.earlierToggle.setAttribute('aria-expanded', String(this.showingEarlier));
          this.foldEarlierLines();
        },
      },
      '',
    );
    this.choices = h('div', {
      className: 'choices',
      role: 'group',
      'aria-label': 'Choices',
      tabindex: '-1',
    });
    this.timer = h('div', { className: 'choice-timer', role: 'timer', hidden: true });
    this.people = h('ul', { className: 'people', 'aria-label': 'People' });
    this.clock = h('p', { className: 'clock' });
    this.dashboard = h('div', { className: 'dashboard-body' });
    this.moodAnnouncer = h('p', {
      className: 'visually-hidden',
      role: 'status',
      'aria-live': 'polite',
    });
    this.stageSlot = h('div', { className: 'stage-slot' });
    this.chainButton = h(
      'button',
      { type: 'button', className: 'chain-button' },
      'Service chain map',
    );
    this.element = h(
      'div',
      { className: 'play' },
      this.stageSlot,
      h(
        'section',
        { className: 'conversation', 'aria-label': 'Conversation' },
        this.briefing,
        h('h2', { className: 'visually-hidden' }, 'Conversation'),
        this.earlierToggle,
        log,
        h('h2', { className: 'choices-heading', id: 'choices-heading' }, 'What do you do?'),
        this.timer,
        this.choiceTask,
        this.choices,
      ),
      h(
        'aside',
        { className: 'side', 'aria-label': 'People and service dashboard' },
        h('div', { className: 'side-heading' }, h('h2', {}, 'People'), this.chainButton),
        this.people,
        h('h2', {}, 'Dashboard'),
        this.clock,
        this.dashboard,
      ),
      this.moodAnnouncer,
    );
  }

  private name(id: string | null): string {
    if (id === 'you') return 'You';
    return id === null ? '' : characterName(this.meta, id);
  }

  private entry(entry: TranscriptEntry): HTMLLIElement {
    const speaker =
      entry.kind === 'speech' || entry.kind === 'choice' ? this.name(entry.speaker) : null;
    return h(
      'li',
      { className: `line line-${entry.kind}`, 'data-id': entry.id },
      speaker ? h('span', { className: 'speaker' }, `${speaker}: `) : null,
      entry.kind === 'event'
        ? h('strong', {}, entry.text)
        : h('span', { className: 'text' }, entry.text),
    );
  }

  /**
   * Figures the story writes as "a | b" lines: a real table, the first line
   * its header, following lines its rows, in one transcript entry.
   */
  private tableLine(cells: readonly string[]): void {
    const last = this.transcript.lastElementChild;
    const body = last?.classList.contains('line-table') ? last.querySelector('tbody') : null;
    if (body) {
      body.append(
        h(
          'tr',
          {},
          ...cells.map((cell, i) =>
            i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell),
          ),
        ),
      );
      return;
    }
    this.transcript.append(
      h(
        'li',
        { className: 'line line-narration line-table' },
        h(
          'table',
          { className: 'figures' },
          h('thead', {}, h('tr', {}, ...cells.map((cell) => h('th', { scope: 'col' }, cell)))),
          h('tbody', {}),
        ),
      ),
    );
  }

  /**
   * On a phone the transcript is part of the page, not a box of its own, so
   * the lines before the learner's last choice fold away behind a button and
   * the latest exchange and the choices stay near the top.
   */
  private foldEarlierLines(): void {
    const lines = [...this.transcript.children];
    const lastChoice = lines
      .map((line) => line.classList.contains('line-choice'))
      .lastIndexOf(true);
    lines.forEach((line, index) => line.classList.toggle('earlier', index < lastChoice));
    const count = Math.max(0, lastChoice);
    this.earlierToggle.hidden = count === 0;
    this.earlierToggle.textContent = this.showingEarlier
      ? 'Hide the earlier lines'
      : `Show the ${count} earlier ${count === 1 ? 'line' : 'lines'}`;
  }

  render(view: SessionView): void {
    const { state } = view;
    if (view.path.length > 0 && !this.briefingFolded) {
      this.briefing.open = false;
      this.briefingFolded = true;
    }
    for (const entry of state.transcript.slice(this.shown)) {
      const cells = entry.kind === 'narration' ? tableCells(entry.text) : null;
      if (cells) this.tableLine(cells);
      else this.transcript.append(this.entry(entry));
    }
    this.shown = state.transcript.length;
    this.foldEarlierLines();
    this.transcript.lastElementChild?.scrollIntoView?.({ block: 'nearest' });

    this.showTimer(view);
    renderChainTask(this.choiceTask, this.choices, view, this.meta);
    this.current = view;
    const decision = view.path.length;
    this.gate.show(decision, performance.now());
    // Shown in the attempt's order; each button keeps Ink's index, which is what is saved.
    this.choices.replaceChildren(
      ...view.order.map((index, position) =>
        h(
          'button',
          {
            type: 'button',
            className: 'choice',
            'data-index': index,
            'data-decision': decision,
            onclick: (event: Event) =>
              this.answer(index, decision, { clicks: (event as MouseEvent).detail }),
          },
          h('span', { className: 'key', 'aria-hidden': 'true' }, String(position + 1)),
          h('span', {}, view.choices[index] ?? ''),
        ),
      ),
    );
    this.settle();

    const announcements: string[] = [];
    this.people.replaceChildren(
      ...this.meta.characters.map((character) => {
        const person = state.people[character.id];
        const feeling = person ? feelingWords(person) : null;
        const label =
          character.kind === 'customer'
            ? `${character.name}'s mood`
            : `${character.name}'s relationship with you`;
        const previous = this.lastFeelings.get(character.id);
        if (feeling && previous && previous !== feeling)
          announcements.push(`${character.name} is now ${feeling}.`);
        if (feeling) this.lastFeelings.set(character.id, feeling);
        const trust = person?.kind === 'partner' ? person.relationship.context.trust : null;
        return h(
          'li',
          { className: `person person-${character.kind}`, 'data-character': character.id },
          h('span', { className: 'person-name' }, character.name),
          h('span', { className: 'person-role' }, roleLine(character)),
          feeling
            ? h(
                'span',
                {
                  className: `mood mood-${person?.kind === 'customer' ? 'customer' : 'partner'}`,
                  'data-feeling': feeling,
                },
                `${label}: ${feeling}`,
              )
            : null,
          trust !== null
            ? h('meter', {
                min: 0,
                max: 100,
                low: STRAINED_AT,
                high: ALLIED_AT,
                optimum: 100,
                value: trust,
                'aria-label': `Trust: ${trust} out of 100`,
              })
            : null,
          person && person.status !== 'on-track'
            ? h(
                'span',
                {
                  className: `status status-${person.status}`,
                  title: STATUS_MEANINGS[person.status],
                },
                `Link ${STATUS_WORDS[person.status]}`,
              )
            : null,
        );
      }),
    );
    if (announcements.length > 0) this.moodAnnouncer.textContent = announcements.join(' ');

    this.clock.textContent = `Scenario time: ${clockLabel(state.clock, this.meta.start)}`;
    const promises = state.promises.map((promise) =>
      h(
        'li',
        { className: `promise promise-${promise.status}` },
        `${promise.status === 'open' ? 'Open' : promise.status === 'kept' ? 'Kept' : 'Broken'}: ${promise.what} (to ${this.name(promise.to)}, due ${dueLabel(promise.dueAt, state.clock, this.meta.start)}${promise.status === 'open' ? `, ${durationLabel(Math.max(0, promise.dueAt - state.clock))} left` : ''})`,
      ),
    );
    const shown = new Set<LinkStatus>(Object.values(state.people).map((p) => p.status));
    const slas = state.slas.map((sla) => {
      const running = deadlineStatus(state.clock, sla.startedAt, sla.dueAt);
      if (sla.status === 'running') shown.add(running);
      if (sla.status === 'breached') shown.add('breached');
      const status = sla.status === 'running' ? STATUS_WORDS[running] : sla.status;
      const window = Math.max(1, sla.dueAt - sla.startedAt);
      const used = Math.min(window, Math.max(0, state.clock - sla.startedAt));
      const label = `${this.name(sla.partner)}: ${sla.what}, due ${dueLabel(sla.dueAt, state.clock, this.meta.start)} (${status})`;
      return h(
        'li',
        { className: `sla sla-${sla.status}` },
        label,
        // A gauge of the SLA window used so far; the words above carry the same facts.
        sla.status === 'running'
          ? h('meter', {
              className: 'sla-gauge',
              min: 0,
              max: window,
              low: window * 0.5,
              high: window * 0.75,
              optimum: 0,
              value: used,
              'aria-label': `${durationLabel(used)} of ${durationLabel(window)} used`,
            })
          : null,
      );
    });
    this.dashboard.replaceChildren(
      h('h3', {}, 'Promises'),
      promises.length > 0 ? h('ul', {}, ...promises) : h('p', {}, 'No promises made yet.'),
      h('h3', {}, 'Service levels'),
      slas.length > 0 ? h('ul', {}, ...slas) : h('p', {}, 'No SLA clocks running.'),
      ...[statusKey(shown)].filter((key) => key !== null),
      ...(state.kpis.length > 0
        ? [h('h3', {}, 'Partner KPIs'), h('ul', {}, ...state.kpis.map((kpi) => this.kpiItem(kpi)))]
        : []),
      h('h3', {}, 'Agreements'),
      state.agreements.length > 0
        ? h(
            'ul',
            {},
            ...state.agreements.map((a) =>
              h(
                'li',
                {},
                `${this.name(a.who)}: ${a.what} (${a.written ? 'in writing' : 'verbal, not yet confirmed in writing'})`,
              ),
            ),
          )
        : h('p', {}, 'Nothing agreed yet.'),
    );
  }

  /** A KPI in words (value, target, met or not) with a gauge beside it. */
  private kpiItem(kpi: KpiReading): HTMLLIElement {
    const met = kpi.better === 'higher' ? kpi.value >= kpi.target : kpi.value <= kpi.target;
    const max = kpi.unit === '%' ? 100 : Math.max(kpi.value, kpi.target) * 1.25 || 1;
    const figure = (n: number) => `${n}${kpi.unit}`;
    return h(
      'li',
      { className: `kpi kpi-${met ? 'met' : 'missed'}` },
      `${this.name(kpi.who)}: ${kpi.label} ${figure(kpi.value)}, target ${kpi.better === 'higher' ? 'at least' : 'at most'} ${figure(kpi.target)} (${met ? '✔ on target' : '✖ off target'})`,
      h('meter', {
        className: 'kpi-gauge',
        min: 0,
        max,
        value: kpi.value,
        ...(kpi.better === 'higher'
          ? { low: kpi.target, optimum: max }
          : { high: kpi.target, optimum: 0 }),
        'aria-label': `${kpi.label}: ${figure(kpi.value)} against ${figure(kpi.target)}`,
      }),
    );
  }

  /**
   * A countdown where the scenario asks for one: it shows how long the other
   * person would be waiting. It never chooses for the learner (WCAG 2.2.1), and
   * the settings can hide it.
   */
  private showTimer(view: SessionView): void {
    const seconds = view.state.pendingTimer;
    const wanted =
      seconds !== null &&
      view.choices.length > 0 &&
      document.documentElement.getAttribute('data-timers') !== 'off';
    if (!wanted) {
      clearInterval(this.countdown);
      this.timedDecision = null;
      this.timer.hidden = true;
      return;
    }
    if (this.timedDecision === view.path.length) return;
    this.timedDecision = view.path.length;
    clearInterval(this.countdown);
    let left = seconds;
    const bar = h('progress', { max: seconds, value: seconds, 'aria-hidden': 'true' });
    const words = h('span', {});
    const tick = () => {
      const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
      words.textContent =
        left > 0
          ? `They are waiting for your answer: ${clock}`
          : "Time's up: in a live conversation they would still be waiting. Take the time you need.";
      bar.value = left;
      if (left <= 0) clearInterval(this.countdown);
      left -= 1;
    };
    this.timer.replaceChildren(words, bar);
    this.timer.hidden = false;
    tick();
    this.countdown = setInterval(tick, 1000);
  }

  /**
   * Bring the scenario's closing lines into view (everything after the last
   * choice), in the transcript and on the page, as the end screen appears.
   */
  showEnding(): void {
    const choices = this.transcript.querySelectorAll('.line-choice');
    const first =
      choices[choices.length - 1]?.nextElementSibling ?? this.transcript.firstElementChild;
    const box = this.transcript.parentElement;
    if (box && first instanceof HTMLElement)
      box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop);
    (first as HTMLElement | null)?.scrollIntoView?.({ block: 'start' });
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

  private answer(index: number, decision: number, input: { clicks?: number; repeat?: boolean }) {
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
