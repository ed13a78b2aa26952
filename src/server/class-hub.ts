/**
 * The classroom server's rules, apart from the network: class sessions, who
 * is the tutor (holder of the session's tutor token), learners joining and
 * rejoining with their vote kept, one vote per learner per decision, and what
 * each side is told. Every message is validated first (messages.ts) and every
 * change is stored (store.ts) before anyone is told of it. A class in memory
 * and its tally are in live-class.ts, the tutor's actions in tutor-actions.ts,
 * the per-connection rate limit in rate-limit.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  HEARTBEAT,
  checkedHeartbeat,
  type HeartbeatTiming,
} from '../sim/classroom/class-heartbeat.ts';
import { castVote } from '../sim/classroom/class-votes.ts';
import { classTally, newJoinCode, type LiveClass } from './live-class.ts';
import { parseMessage, type ClientMessage } from './messages.ts';
import { fullBucket, takeToken, type Bucket } from './rate-limit.ts';
import type { ClassStore } from './store.ts';
import { applyTutorAction, type TutorActionContext } from './tutor-actions.ts';

/** Anything a message can be sent to: a WebSocket in the server, a fake in tests. */
export interface Peer {
  send(message: object): void;
  close(): void;
  /** Drop the connection at once, without a closing handshake: the other end is not answering. */
  terminate(): void;
  /**
   * A WebSocket protocol ping. Every browser answers it by itself (its pong comes to `heard`),
   * so a client too old to know the app's ping is kept while a dead link is still noticed.
   */
  ping(): void;
}

interface PeerState {
  role:
    | { kind: 'tutor'; classId: string }
    | { kind: 'learner'; classId: string; learnerId: string }
    | null;
  readonly bucket: Bucket;
  refused: number;
  /** When anything last arrived from this connection (a pong of either kind, a vote, a hello). */
  heardAt: number;
}

export interface HubOptions {
  readonly now?: () => number;
  readonly log?: (message: string) => void;
  /** How long a join code lasts (default four hours). */
  readonly lifetimeMs?: number;
  /** How many learners (phones) one class may have (default 250). */
  readonly maxLearners?: number;
  /** Messages a connection may send in a burst, and per second after it. */
  readonly burst?: number;
  readonly perSecond?: number;
  /** How often connections are pinged and how long a silent one is kept (class-heartbeat.ts). */
  readonly heartbeat?: HeartbeatTiming;
}

export class ClassHub {
  private readonly classes = new Map<string, LiveClass>();
  private readonly byCode = new Map<string, LiveClass>();
  private readonly peers = new Map<Peer, PeerState>();
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  readonly stats = { refused: 0, votes: 0 };
  private readonly tutorContext: TutorActionContext;
  /** When the last beat ran: a beat much later than that follows a pause of the server. */
  private lastBeatAt: number | undefined;
  private readonly timing: HeartbeatTiming;

  constructor(
    private readonly store: ClassStore,
    private readonly options: HubOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => {});
    this.timing = checkedHeartbeat(options.heartbeat ?? HEARTBEAT);
    this.tutorContext = {
      store,
      toLearners: (live, message) => this.broadcast(live, 'learner', message),
      sendTally: (live) => this.sendTally(live),
      retireCode: (live) => this.byCode.delete(live.code),
    };
    // A restarted server carries on with every class that has not ended or expired.
    for (const row of store.liveClasses(this.now())) {
      const ballot = row.state.ballot
        ? { ...row.state.ballot, votes: store.votes(row.id, row.state.ballot.decision) }
        : null;
      this.remember({ ...row, ballot, learners: store.learnerCount(row.id), peers: new Set() });
    }
  }

  private remember(live: LiveClass): void {
    this.classes.set(live.id, live);
    this.byCode.set(live.code, live);
  }

  createClass(scenarioId: string, seed: number): { id: string; code: string; tutorToken: string } {
    const live: LiveClass = {
      id: randomUUID(),
      code: newJoinCode((code) => this.byCode.has(code)),
      tutorToken: randomBytes(24).toString('base64url'),
      expiresAt: this.now() + (this.options.lifetimeMs ?? 4 * 60 * 60 * 1000),
      state: {
        scenarioId,
        seed,
        shown: null,
        ballot: null,
        records: [],
        consequence: null,
        ended: false,
      },
      ballot: null,
      learners: 0,
      peers: new Set(),
    };
    this.store.createClass(live);
    this.remember(live);
    return { id: live.id, code: live.code, tutorToken: live.tutorToken };
  }

  connect(peer: Peer): void {
    const burst = this.options.burst ?? 20;
    const now = this.now();
    this.peers.set(peer, { role: null, bucket: fullBucket(burst, now), refused: 0, heardAt: now });
    // At once, not at the next beat: the browser learns the window it is judged by.
    peer.send({ type: 'ping', lostAfterMs: this.timing.lostAfterMs });
  }

  /**
   * One beat of the heartbeat (the server calls it every `heartbeat.everyMs`): a connection
   * silent for longer than `lostAfterMs` is dropped at once, as a half-open socket never
   * finishes a close; every other one is pinged, and told the window, so that a phone on the
   * far side of a dead link notices too. A beat that comes late (over two beats since the last:
   * the laptop slept, or the process stalled) judges nobody: the answers to the last pings may
   * be waiting unread, so the silence measured across the pause is no evidence. It pings, and
   * the next beat on time judges.
   */
  heartbeat(): void {
    const { everyMs, lostAfterMs } = this.timing;
    const now = this.now();
    const late = this.lastBeatAt !== undefined && now - this.lastBeatAt > 2 * everyMs;
    if (late)
      this.log(`classroom: heartbeat ${now - this.lastBeatAt!} ms after the last, drops none`);
    this.lastBeatAt = now;
    for (const [peer, state] of this.peers) {
      if (!late && now - state.heardAt > lostAfterMs) {
        this.log(`classroom: dropped a connection silent for ${now - state.heardAt} ms`);
        this.disconnect(peer);
        peer.terminate();
      } else {
        // The app's ping lets the browser notice a silent link itself; the protocol's, that
        // every browser answers, tells the server the link is alive even on an old client.
        peer.send({ type: 'ping', lostAfterMs });
        peer.ping();
      }
    }
  }

  /** The connection answered a protocol ping: it is alive. */
  heard(peer: Peer): void {
    const state = this.peers.get(peer);
    if (state) state.heardAt = this.now();
  }

  /** How many connections are open now (joined or not). */
  get connections(): number {
    return this.peers.size;
  }

  disconnect(peer: Peer): void {
    const state = this.peers.get(peer);
    if (state) this.leave(peer, state);
    this.peers.delete(peer);
  }

  /** A connection that says hello again (another class, or another role) leaves the first. */
  private leave(peer: Peer, state: PeerState): void {
    if (state.role) this.classes.get(state.role.classId)?.peers.delete(peer);
    state.role = null;
  }

  /** One raw message from a peer: refused with a reason, or applied. Never throws. */
  receive(peer: Peer, raw: string): void {
    const state = this.peers.get(peer);
    if (!state) return;
    // Anything at all shows the connection is alive, even a message that is then refused.
    state.heardAt = this.now();
    if (!this.allow(state)) return this.refuse(peer, state, 'too many messages: slow down');
    const parsed = parseMessage(raw);
    if (!parsed.ok) return this.refuse(peer, state, parsed.reason);
    try {
      const problem = this.apply(peer, state, parsed.message);
      if (problem) this.refuse(peer, state, problem);
    } catch (error) {
      this.log(`classroom: error handling ${parsed.message.type}: ${String(error)}`);
      this.refuse(peer, state, 'the server could not handle that message');
    }
  }

  private allow(state: PeerState): boolean {
    return takeToken(
      state.bucket,
      this.now(),
      this.options.burst ?? 20,
      this.options.perSecond ?? 10,
    );
  }

  private refuse(peer: Peer, state: PeerState, reason: string): void {
    this.stats.refused += 1;
    state.refused += 1;
    this.log(`classroom: refused (${reason})`);
    peer.send({ type: 'refused', reason });
    if (state.refused > 100) peer.close();
  }

  private liveByCode(code: string): LiveClass | null {
    const live = this.byCode.get(code.trim().toUpperCase()) ?? null;
    if (!live || live.state.ended || live.expiresAt <= this.now()) return null;
    return live;
  }

  /** Apply a valid message; returns why it was refused, if it was. */
  private apply(peer: Peer, state: PeerState, message: ClientMessage): string | null {
    switch (message.type) {
      case 'tutor-hello': {
        const live = this.liveByCode(message.code);
        if (!live || live.tutorToken !== message.token)
          return 'no class with that code and tutor token';
        this.leave(peer, state);
        state.role = { kind: 'tutor', classId: live.id };
        live.peers.add(peer);
        peer.send({ type: 'class', code: live.code, state: live.state, ...classTally(live) });
        return null;
      }
      case 'join':
        return this.join(peer, state, message);
      case 'vote':
        return this.vote(peer, state, message.decision, message.option);
      case 'pong':
        return null;
      default:
        return this.tutorAction(state, message);
    }
  }

  private join(
    peer: Peer,
    state: PeerState,
    message: Extract<ClientMessage, { type: 'join' }>,
  ): string | null {
    const live = this.liveByCode(message.code);
    if (!live) return 'that class code is not open (check it, or ask your tutor)';
    let learnerId: string;
    let token = message.learnerToken;
    const known = token ? this.store.learnerByToken(live.id, token) : null;
    if (known) learnerId = known.learnerId;
    else {
      const most = this.options.maxLearners ?? 250;
      if (live.learners >= most) return `the class is full (${most} phones have joined)`;
      learnerId = randomUUID();
      token = randomBytes(18).toString('base64url');
      this.store.addLearner(live.id, learnerId, token, message.name?.trim() || null);
      live.learners += 1;
    }
    this.leave(peer, state);
    state.role = { kind: 'learner', classId: live.id, learnerId };
    live.peers.add(peer);
    const ballot = live.ballot;
    peer.send({
      type: 'joined',
      learnerToken: token,
      shown: live.state.shown,
      open: ballot?.open ?? false,
      yourVote: ballot ? (ballot.votes[learnerId] ?? null) : null,
      consequence: live.state.consequence,
      ended: live.state.ended,
    });
    this.sendTally(live);
    return null;
  }

  private vote(peer: Peer, state: PeerState, decision: number, option: number): string | null {
    if (state.role?.kind !== 'learner') return 'join a class before voting';
    const live = this.classes.get(state.role.classId);
    if (!live) return 'the class has ended';
    const result = castVote(live.ballot, state.role.learnerId, decision, option);
    if (!result.ok) return result.reason;
    live.ballot = result.ballot;
    this.store.saveVote(live.id, decision, state.role.learnerId, option, this.now());
    this.stats.votes += 1;
    peer.send({ type: 'voted', decision, option });
    this.sendTally(live);
    return null;
  }

  private tutorAction(state: PeerState, message: ClientMessage): string | null {
    if (!('token' in message)) return 'unknown message';
    const live = state.role?.kind === 'tutor' ? this.classes.get(state.role.classId) : undefined;
    if (!live || live.tutorToken !== message.token) return 'only the tutor can do that';
    return applyTutorAction(live, message, this.tutorContext);
  }

  private sendTally(live: LiveClass): void {
    this.broadcast(live, 'tutor', { type: 'tally', ...classTally(live) });
  }

  private broadcast(live: LiveClass, to: 'tutor' | 'learner', message: object): void {
    for (const peer of live.peers) {
      if (this.peers.get(peer)?.role?.kind === to) peer.send(message);
    }
  }
}
