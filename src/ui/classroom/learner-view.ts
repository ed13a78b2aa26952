/**
 * A learner's phone in a class: join with the code (and a name, or none),
 * then see the situation and the options as the same accessible DOM as the
 * game (buttons in a group named "Choices"), vote, change the vote until it
 * closes, and see the consequence and the class's scores. A phone that sleeps
 * or loses Wi-Fi reconnects and rejoins with its vote kept; a vote tapped
 * while it is reconnecting is kept on the phone and sent when it is back, if
 * that vote is still open (else the learner is told it was not counted).
 */
import './classroom.css';
import { queuedVoteFate, type QueuedVote } from '../../sim/classroom/class-votes.ts';
import { classMembership, rememberMembership } from './class-outbox.ts';
import { h } from '../shell/dom.ts';
import { linesWithFigures } from '../shell/figures-table.ts';

interface Line {
  speaker: string | null;
  text: string;
  kind: string;
}
interface Shown {
  decision: number;
  lines: Line[];
  options: { index: number; text: string }[];
}
interface Consequence {
  lines: Line[];
  scores: { name: string; words: string }[];
  finished: boolean;
}
type ServerMessage =
  | {
      type: 'joined';
      learnerToken: string;
      shown: Shown | null;
      open: boolean;
      yourVote: number | null;
      consequence: Consequence | null;
      ended: boolean;
    }
  | { type: 'decision'; shown: Shown; open: boolean }
  | { type: 'closed'; decision: number }
  | { type: 'voted'; decision: number; option: number }
  | { type: 'consequence'; consequence: Consequence }
  | { type: 'ended' }
  | { type: 'refused'; reason: string };

const tokenKey = (code: string) => `service-chain.learner.${code}`;

export class LearnerView {
  readonly element = h('section', { className: 'learner', 'aria-labelledby': 'learner-heading' });
  private socket: WebSocket | null = null;
  private code = '';
  private name = '';
  private shown: Shown | null = null;
  private open = false;
  private vote: number | null = null;
  private consequence: Consequence | null = null;
  private ended = false;
  /** False while the phone is reconnecting. */
  private online = false;
  /** A vote tapped while reconnecting: sent on rejoin if its vote is still open. */
  private queued: QueuedVote | null = null;
  private readonly status = h('p', { className: 'learner-status', role: 'status' });

  constructor(
    private readonly storage: Storage,
    code: string,
  ) {
    this.renderJoin(code);
  }

  private renderJoin(code: string): void {
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
    const form = h(
      'form',
      {
        className: 'join-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          this.code = codeInput.value.trim().toUpperCase();
          this.name = nameInput.value.trim();
          this.connect();
        },
      },
      h('label', { for: 'join-code' }, 'Class code'),
      codeInput,
      h('label', { for: 'join-name' }, 'Your name (optional; only your tutor can see it)'),
      nameInput,
      h('button', { type: 'submit', className: 'primary' }, 'Join the class'),
    );
    this.element.replaceChildren(
      h('h2', { id: 'learner-heading', tabindex: '-1' }, 'Join a class'),
      form,
      this.status,
    );
  }

  private connect(): void {
    const url = new URL('/ws', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      const learnerToken = this.storage.getItem(tokenKey(this.code)) ?? undefined;
      socket.send(
        JSON.stringify({
          type: 'join',
          code: this.code,
          ...(this.name ? { name: this.name } : {}),
          ...(learnerToken ? { learnerToken } : {}),
        }),
      );
    });
    socket.addEventListener('message', (event: MessageEvent<string>) => {
      this.receive(JSON.parse(event.data) as ServerMessage);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket || this.ended) return;
      this.online = false;
      this.status.textContent = this.queued
        ? this.queuedWords(this.queued)
        : this.open
          ? 'Reconnecting… A vote you tap now is sent when your phone is back online.'
          : 'Reconnecting…';
      setTimeout(() => this.connect(), 1000);
    });
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case 'joined':
        this.storage.setItem(tokenKey(this.code), message.learnerToken);
        this.remember(message.learnerToken);
        this.online = true;
        this.shown = message.shown;
        this.open = message.open;
        this.vote = message.yourVote;
        this.consequence = message.consequence;
        this.ended = message.ended;
        this.status.textContent = 'You have joined the class.';
        this.sendQueued();
        break;
      case 'decision':
        this.shown = message.shown;
        this.open = message.open;
        this.vote = null;
        this.consequence = null;
        this.status.textContent = 'The vote is open.';
        break;
      case 'closed':
        this.open = false;
        this.status.textContent = 'The vote has closed. Watch the projector.';
        break;
      case 'voted':
        this.vote = message.option;
        this.status.textContent = `Your vote is in: option ${this.place(message.option)}. You can change it until the vote closes.`;
        break;
      case 'consequence':
        this.consequence = message.consequence;
        this.open = false;
        break;
      case 'ended':
        this.ended = true;
        this.status.textContent = 'The class has finished. Thank you.';
        break;
      case 'refused':
        this.status.textContent = `Not accepted: ${message.reason}.`;
        if (!this.shown && !this.consequence) return;
        return;
    }
    this.render();
  }

  /** This device is in the class now: attempts played on it from now on are sent to the class. */
  private remember(learnerToken: string): void {
    const earlier = classMembership(this.storage);
    const same = earlier?.code === this.code && earlier.learnerToken === learnerToken;
    rememberMembership(this.storage, {
      code: this.code,
      learnerToken,
      name: this.name || (same ? earlier.name : ''),
      joinedAt: same ? earlier.joinedAt : new Date().toISOString(),
    });
  }

  /** The way to play on one's own, each finished attempt going to this class. */
  private ownPlay(): HTMLElement {
    return h(
      'p',
      { className: 'own-play' },
      h('a', { href: '/' }, 'Play scenarios on your own'),
      ` — each attempt you finish on this device is sent to class ${this.code}.`,
    );
  }

  private place(index: number): number {
    return (this.shown?.options.findIndex((o) => o.index === index) ?? -1) + 1;
  }

  private send(message: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** A tap on an option: sent now, or kept until the phone is back online. */
  private tap(decision: number, option: number): void {
    if (this.online && this.socket?.readyState === WebSocket.OPEN) {
      this.send({ type: 'vote', decision, option });
      return;
    }
    this.queued = { decision, option };
    this.status.textContent = this.queuedWords(this.queued);
    this.render();
  }

  private queuedWords(queued: QueuedVote): string {
    return `Reconnecting… Your vote for option ${this.place(queued.option)} is kept on this phone and sent when it is back online.`;
  }

  /** Back online: send the vote tapped while offline, or say why it was not counted. */
  private sendQueued(): void {
    const queued = this.queued;
    if (!queued) return;
    this.queued = null;
    const fate = queuedVoteFate(queued, {
      decision: this.shown?.decision ?? null,
      open: this.open,
      options: this.shown?.options.map((o) => o.index) ?? [],
    });
    if (fate.send) {
      this.status.textContent = `Back online: sending your vote for option ${this.place(queued.option)}…`;
      this.send({ type: 'vote', decision: queued.decision, option: queued.option });
    } else {
      this.status.textContent = `Back online, but your vote was not counted: ${fate.reason}.`;
    }
  }

  private lines(lines: readonly Line[], label: string): HTMLElement {
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

  private render(): void {
    // A keyboard or screen-reader user stays on the option they were on.
    const focused = document.activeElement;
    const focusedIndex =
      focused instanceof HTMLElement && this.element.contains(focused)
        ? focused.dataset['index']
        : undefined;
    const parts: HTMLElement[] = [];
    if (this.consequence) {
      parts.push(
        h('h2', { id: 'learner-heading', tabindex: '-1' }, 'What happened'),
        this.lines(this.consequence.lines, 'What happened'),
      );
      if (this.consequence.scores.length > 0)
        parts.push(
          h('h3', {}, "The class's scores so far"),
          h(
            'ul',
            { className: 'learner-scores' },
            ...this.consequence.scores.map((s) => h('li', {}, `${s.name}: ${s.words}`)),
          ),
        );
    } else if (this.shown) {
      const shown = this.shown;
      // The tapped-while-offline vote shows as chosen until it is sent or dropped.
      const chosen = this.queued?.decision === shown.decision ? this.queued.option : this.vote;
      parts.push(
        h('h2', { id: 'learner-heading', tabindex: '-1' }, `Decision ${shown.decision + 1}`),
        this.lines(shown.lines, 'The situation'),
        // Beside the options, so what happened to a tap is in sight.
        this.status,
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
                disabled: !this.open,
                onclick: () => this.tap(shown.decision, option.index),
              },
              `${position + 1}. ${option.text}`,
            ),
          ),
        ),
      );
    } else {
      parts.push(h('h2', { id: 'learner-heading', tabindex: '-1' }, 'Waiting for the first vote'));
    }
    if (!parts.includes(this.status)) parts.push(this.status);
    parts.push(this.ownPlay());
    this.element.replaceChildren(...parts);
    // The newest lines are what the class is deciding on: show them.
    const log = this.element.querySelector('.class-situation');
    if (log) log.scrollTop = log.scrollHeight;
    if (focusedIndex !== undefined)
      this.element
        .querySelector<HTMLElement>(`.learner-choices [data-index="${focusedIndex}"]`)
        ?.focus();
  }
}
