/**
 * The cmi5 runtime adapter: the game launched by a cmi5 LMS as an AU
 * (`?lms=cmi5` plus the launch parameters the LMS adds). @xapi/cmi5 does the
 * launch protocol: it reads the launch URL, fetches the auth token once from
 * the LMS's fetch URL, reads LMS.LaunchData and the learner's preferences, and
 * builds the `initialized` statement. Every statement, that one included, goes
 * into the outbox (src/lms/xapi-outbox.ts, IndexedDB) with its id before it is
 * sent, so statements made offline wait there and each is sent until the LRS
 * has it, never made twice. The other statements are built by
 * src/sim/evidence/xapi-statements.ts from the session.
 *
 * Only the launched scenario is reported (the AU is one scenario). A reload
 * keeps the cmi5 session (its token is kept in sessionStorage, since the fetch
 * URL works once); closing the page sends `terminated`, and after that this
 * launch reports nothing more: the LMS launches the AU again for a new session,
 * which resumes the same attempt from the device and reports the rest.
 */
import Cmi5 from '@xapi/cmi5';
import {
  answered,
  ending,
  terminated,
  type Cmi5Launch,
  type Stamp,
  type Statement,
} from '../sim/evidence/xapi-statements.ts';
import type { SessionView } from '../sim/session/session.ts';
import type { Reporter } from './reporter.ts';
import { openOutbox, type Delivery, type Outbox, type Reported } from './xapi-outbox.ts';

type SendResult = ReturnType<Cmi5['sendXapiStatement']>;

/** The library's AU, with every statement it sends diverted into the outbox. */
class OutboxCmi5 extends Cmi5 {
  constructor(private readonly keep: (statement: Statement) => Promise<void>) {
    super();
  }

  override sendXapiStatement(statement: Parameters<Cmi5['sendXapiStatement']>[0]): SendResult {
    return this.keep(statement as unknown as Statement).then(() => ({
      data: [statement.id ?? ''],
    })) as unknown as SendResult;
  }
}

/** What survives a reload of the AU within one cmi5 session. */
interface KeptSession {
  readonly authToken: string;
  readonly initializedDate: string;
  readonly launch: Cmi5Launch;
  readonly terminated: boolean;
}

const SAY = {
  unreachable:
    'Your learning platform cannot be reached just now. Keep playing: your progress is kept on this device and sent when the connection is back.',
  back: 'Your learning platform is recording your progress again.',
  noLaunch:
    'This game was opened as a cmi5 activity, but the learning platform could not start it, so this attempt will not be recorded there. You can still play: your progress is kept on this device.',
  ended:
    'This launch from your learning platform has ended, so what you do now is not recorded there. To record it, open the activity again from the learning platform: you carry on where you were.',
  rejected:
    'Your learning platform refused part of your progress, so it may be incomplete there. Your progress is kept on this device.',
} as const;

/** A statement id: a random UUID (RFC 4122 version 4), also where randomUUID is missing (http). */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const stamp = (): Stamp => ({ id: uuid(), timestamp: new Date().toISOString() });

/** sessionStorage, or nothing where the browser refuses it (a sandboxed frame). */
function sessionStore(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

/** A page that cannot use IndexedDB still queues, for as long as it is open. */
function memoryOutbox(): Outbox {
  const statements: Statement[] = [];
  const reported = new Map<string, Reported>();
  return {
    reported: (key) =>
      Promise.resolve(reported.get(key) ?? { registration: key, decisions: 0, ended: false }),
    add(added, record) {
      statements.push(...added);
      if (record) reported.set(record.registration, record);
      return Promise.resolve();
    },
    async flush(send, rejected) {
      let sent = 0;
      for (let next = statements[0]; next; next = statements[0]) {
        const delivery = await send(next);
        if (delivery === 'unreachable') break;
        if (delivery === 'rejected') rejected(next);
        statements.shift();
        sent += 1;
      }
      return sent;
    },
    waiting: () => Promise.resolve(statements.length),
  };
}

const RETRY_MS = 30_000;

class Cmi5Reporter implements Reporter {
  private tell: (message: string) => void = () => {};
  private pending: string | null = null;
  private launch: Cmi5Launch | null = null;
  private initializedAt = Date.now();
  private sessionOver = false;
  private connected = false;
  private unreachable = false;
  private latest: SessionView | null = null;
  private lastShown = Date.now();
  private readonly latencies = new Map<number, number>();
  /** Outbox writes, one after another, so a decision is never reported twice. */
  private chain: Promise<void> = Promise.resolve();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly cmi5: OutboxCmi5;

  constructor(
    private readonly win: Window,
    private readonly outbox: Outbox,
    private readonly scenarioId: string | null,
  ) {
    this.cmi5 = new OutboxCmi5((statement) => this.outbox.add([statement]));
    win.addEventListener('online', () => void this.connect());
    win.addEventListener('pagehide', () => this.close());
  }

  private get key(): string {
    return `service-chain-cmi5:${this.cmi5.launchParameters?.registration ?? ''}`;
  }

  private kept(): KeptSession | null {
    try {
      const text = sessionStore(this.win)?.getItem(this.key);
      return text ? (JSON.parse(text) as KeptSession) : null;
    } catch {
      return null;
    }
  }

  private keep(session: KeptSession): void {
    try {
      sessionStore(this.win)?.setItem(this.key, JSON.stringify(session));
    } catch {
      // Without sessionStorage a reload cannot continue this cmi5 session; play goes on.
    }
  }

  /** Start the cmi5 session, or continue the one a reload interrupted; again when back online. */
  async connect(): Promise<void> {
    if (this.connected) return void this.flush();
    const kept = this.kept();
    if (kept?.terminated) {
      this.sessionOver = true;
      this.say(SAY.ended);
      return;
    }
    if (kept) {
      // A reload: the statements can be made at once, from what the launch said.
      this.launch = kept.launch;
      this.initializedAt = Date.parse(kept.initializedDate);
    }
    try {
      await this.cmi5.initialize(
        kept
          ? { authToken: kept.authToken, initializedDate: new Date(kept.initializedDate) }
          : undefined,
      );
    } catch {
      this.say(kept ? SAY.unreachable : SAY.noLaunch);
      this.unreachable = true;
      return;
    }
    const data = this.cmi5.getLaunchData();
    const actor = this.cmi5.getLaunchParameters().actor as unknown as Cmi5Launch['actor'];
    this.launch = {
      actor,
      registration: this.cmi5.getLaunchParameters().registration,
      activityId: this.cmi5.getLaunchParameters().activityId,
      contextTemplate: (data.contextTemplate ?? {}) as unknown as Cmi5Launch['contextTemplate'],
      launchMode: data.launchMode,
      ...(typeof data.masteryScore === 'number' ? { masteryScore: data.masteryScore } : {}),
    };
    this.initializedAt = this.cmi5.getInitializedDate().getTime();
    this.keep({
      authToken: this.cmi5.getAuthToken(),
      initializedDate: this.cmi5.getInitializedDate().toISOString(),
      launch: this.launch,
      terminated: false,
    });
    this.connected = true;
    if (this.latest) this.report(this.latest);
    await this.flush();
  }

  listen(tell: (message: string) => void): void {
    this.tell = tell;
  }

  /** The device's own save resumes the attempt. */
  resume(): null {
    return null;
  }

  began(view: SessionView): void {
    // A problem met before the scenario was on screen (notices are cleared as it opens).
    if (this.pending) this.tell(this.pending);
    this.lastShown = Date.now();
    this.report(view);
  }

  saved(view: SessionView): void {
    const now = Date.now();
    const last = view.state.decisions.at(-1);
    if (last) this.latencies.set(last.index, now - this.lastShown);
    this.lastShown = now;
    this.report(view);
  }

  finished(view: SessionView): void {
    this.report(view);
  }

  /** Turn what is new in this view into statements, once: the outbox knows what was reported. */
  private report(view: SessionView): void {
    if (this.scenarioId !== null && view.scenario.id !== this.scenarioId) return;
    this.latest = view;
    const launch = this.launch;
    if (!launch || this.sessionOver) return;
    this.chain = this.chain
      .then(async () => {
        const key = `${launch.registration} ${view.seed}`;
        const reported = await this.outbox.reported(key);
        if (reported.ended || this.sessionOver) return;
        const decisions = view.state.decisions.slice(reported.decisions);
        const statements = decisions.map((decision) =>
          answered(launch, view, decision, stamp(), this.latencies.get(decision.index) ?? null),
        );
        if (view.finished) {
          statements.push(...ending(launch, view, stamp, Date.now() - this.initializedAt));
          this.endSession(launch);
        }
        if (statements.length === 0) return;
        await this.outbox.add(statements, {
          registration: key,
          decisions: view.state.decisions.length,
          ended: view.finished,
        });
        await this.flush();
      })
      .catch(() => this.say(SAY.rejected));
  }

  private endSession(launch: Cmi5Launch): void {
    this.sessionOver = true;
    const kept = this.kept();
    if (kept) this.keep({ ...kept, terminated: true });
    else
      this.keep({
        authToken: '',
        initializedDate: new Date(this.initializedAt).toISOString(),
        launch,
        terminated: true,
      });
  }

  /** The page is closing mid-scenario: end the cmi5 session (sent now or at the next launch). */
  private close(): void {
    const launch = this.launch;
    if (!launch || this.sessionOver) return;
    this.endSession(launch);
    const last = terminated(launch, stamp(), Date.now() - this.initializedAt);
    this.chain = this.chain.then(() => this.outbox.add([last])).then(() => this.flush());
  }

  /** Send what the outbox holds; when the LRS cannot be reached, try again later. */
  private async flush(): Promise<void> {
    const xapi = this.cmi5.xapi;
    if (!this.connected || !xapi) return;
    await this.outbox.flush(
      async (statement) =>
        this.delivered(() => xapi.sendStatement({ statement: statement as never })),
      () => this.say(SAY.rejected),
    );
    const waiting = await this.outbox.waiting();
    if (waiting > 0) {
      if (!this.unreachable) this.say(SAY.unreachable);
      this.unreachable = true;
      if (this.retry === null)
        this.retry = setTimeout(() => {
          this.retry = null;
          void this.flush();
        }, RETRY_MS);
    } else if (this.unreachable) {
      this.unreachable = false;
      this.say(SAY.back);
    }
  }

  /** How the LRS answered one statement. */
  private async delivered(send: () => Promise<unknown>): Promise<Delivery> {
    try {
      await send();
      return 'accepted';
    } catch (error) {
      const status = (error as { response?: { status?: number } }).response?.status;
      // 409: the LRS already has a statement with this id, so it is not sent again.
      if (status === 409) return 'accepted';
      if (status === 400) return 'rejected';
      return 'unreachable';
    }
  }

  private say(message: string): void {
    this.pending = message;
    this.tell(message);
  }
}

/** Nothing to report to: told once, when the scenario opens. */
class NoLaunch implements Reporter {
  private tell: (message: string) => void = () => {};
  resume(): null {
    return null;
  }
  saved(): void {}
  finished(): void {}
  listen(tell: (message: string) => void): void {
    this.tell = tell;
  }
  began(): void {
    this.tell(SAY.noLaunch);
  }
}

/** Connect to the cmi5 LMS that launched this page; the launch goes on in the background. */
export async function connectCmi5(win: Window): Promise<Reporter> {
  if (!Cmi5.isCmiAvailable) return new NoLaunch();
  const outbox = await openOutbox().catch(() => memoryOutbox());
  const scenarioId = new URL(win.location.href).searchParams.get('scenario');
  const reporter = new Cmi5Reporter(win, outbox, scenarioId);
  void reporter.connect();
  return reporter;
}
