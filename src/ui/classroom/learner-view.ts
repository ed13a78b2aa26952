/**
 * A learner's phone in a class: join with the code (and a name, or none),
 * then see the situation and the options as the same accessible DOM as the
 * game (buttons in a group named "Choices"), vote, change the vote until it
 * closes, and see the consequence and the class's scores. A phone that sleeps
 * or loses Wi-Fi reconnects and rejoins with its vote kept (class-link.ts
 * notices a connection gone silent, not only one that closed); a vote tapped
 * while it is reconnecting, or sent and not yet confirmed when the connection
 * was lost, is kept on the phone and sent when it is back, if that vote is
 * still open (else the learner is told it was not counted).
 * This class holds what the server said; the screens are in
 * learner-screens.ts, the server's messages in learner-messages.ts.
 */
import './classroom.css';
import { queuedVoteFate, type QueuedVote } from '../../sim/classroom/class-votes.ts';
import { learnerTokenKey, readClassKey } from './class-keys.ts';
import { keepLinked, type ClassLink, type LinkOptions } from './class-link.ts';
import { classMembership, rememberMembership } from './class-outbox.ts';
import { h } from '../shell/dom.ts';
import type { Consequence, ServerMessage, Shown } from './learner-messages.ts';
import {
  consequenceScreen,
  decisionScreen,
  joinForm,
  learnerHeading,
  ownPlay,
} from './learner-screens.ts';

export class LearnerView {
  readonly element = h('section', { className: 'learner', 'aria-labelledby': 'learner-heading' });
  private link: ClassLink | null = null;
  private code = '';
  private name = '';
  private shown: Shown | null = null;
  private open = false;
  private vote: number | null = null;
  private consequence: Consequence | null = null;
  private ended = false;
  /** False while the phone is reconnecting. */
  private online = false;
  /** The phone has said it is reconnecting, since it was last in the class. */
  private reconnecting = false;
  /** A vote tapped while reconnecting: sent on rejoin if its vote is still open. */
  private queued: QueuedVote | null = null;
  /** A vote sent and not yet confirmed: kept as queued if the connection is lost first. */
  private pending: QueuedVote | null = null;
  private readonly status = h('p', { className: 'learner-status', role: 'status' });

  constructor(
    private readonly storage: Storage,
    code: string,
    /** How the connection is opened (default: a WebSocket to this page's server). */
    private readonly linkOptions: Pick<LinkOptions, 'open'> = {},
  ) {
    this.renderJoin(code);
  }

  /** The screen is left: no more connection, pings or reconnecting. */
  dispose(): void {
    this.link?.stop();
    this.link = null;
  }

  private renderJoin(code: string): void {
    const form = joinForm(code, (joinCode, name) => {
      this.code = joinCode;
      this.name = name;
      this.connect();
    });
    this.element.replaceChildren(learnerHeading('Join a class'), form, this.status);
  }

  private connect(): void {
    // Joining again (the form sent twice, or another code) replaces the connection.
    this.link?.stop();
    this.link = keepLinked(
      {
        opened: () => this.join(),
        received: (message) => this.receive(message as ServerMessage),
        lost: () => this.lost(),
      },
      this.linkOptions,
    );
  }

  private join(): void {
    const learnerToken = readClassKey(this.storage, learnerTokenKey(this.code)) ?? undefined;
    this.send({
      type: 'join',
      code: this.code,
      ...(this.name ? { name: this.name } : {}),
      ...(learnerToken ? { learnerToken } : {}),
    });
  }

  /** The connection closed or went silent: say so, and keep what was tapped. */
  private lost(): void {
    // Once per outage: the link reports every failed attempt (one a second), and rewriting the
    // status and rebuilding the choices each time would make a screen reader announce them
    // again and again, and lose a tap made across a rebuild.
    if (this.reconnecting) return;
    this.reconnecting = true;
    this.online = false;
    if (this.pending && !this.queued) this.queued = this.pending;
    this.pending = null;
    this.status.textContent = this.queued
      ? this.queuedWords(this.queued)
      : this.open
        ? 'Reconnecting… A vote you tap now is sent when your phone is back online.'
        : 'Reconnecting…';
    if (this.queued) this.render();
  }

  private receive(message: ServerMessage): void {
    this.settlePending(message);
    switch (message.type) {
      case 'joined':
        this.storage.setItem(learnerTokenKey(this.code), message.learnerToken);
        this.remember(message.learnerToken);
        this.online = true;
        this.reconnecting = false;
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
        // Nothing more will come: no need to stay connected or to reconnect.
        this.link?.stop();
        break;
      case 'refused':
        this.status.textContent = `Not accepted: ${message.reason}.`;
        if (!this.shown && !this.consequence) return;
        return;
    }
    this.render();
  }

  /**
   * A vote in flight is settled by its own confirmation, or by a refusal or a new state of the
   * vote; the confirmation of an earlier tap (A, then B within one round trip) leaves the
   * later one in flight, to be kept if the connection is lost before it is confirmed.
   */
  private settlePending(message: ServerMessage): void {
    const pending = this.pending;
    if (message.type === 'voted' && pending?.decision === message.decision) {
      if (pending.option === message.option) this.pending = null;
      return;
    }
    this.pending = null;
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

  private place(index: number): number {
    return (this.shown?.options.findIndex((o) => o.index === index) ?? -1) + 1;
  }

  private send(message: object): boolean {
    return this.link?.send(message) ?? false;
  }

  /** A tap on an option: sent now, or kept until the phone is back online. */
  private tap(decision: number, option: number): void {
    if (this.online && this.send({ type: 'vote', decision, option })) {
      this.pending = { decision, option };
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
      if (this.send({ type: 'vote', decision: queued.decision, option: queued.option }))
        this.pending = queued;
    } else {
      this.status.textContent = `Back online, but your vote was not counted: ${fate.reason}.`;
    }
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
      parts.push(...consequenceScreen(this.consequence));
    } else if (this.shown) {
      const shown = this.shown;
      parts.push(
        ...decisionScreen({
          shown,
          // The tapped-while-offline vote shows as chosen until it is sent or dropped.
          chosen: this.queued?.decision === shown.decision ? this.queued.option : this.vote,
          open: this.open,
          status: this.status,
          tap: (decision, option) => this.tap(decision, option),
        }),
      );
    } else {
      parts.push(learnerHeading('Waiting for the first vote'));
    }
    if (!parts.includes(this.status)) parts.push(this.status);
    parts.push(ownPlay(this.code));
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
