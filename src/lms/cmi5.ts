/**
 * The cmi5 runtime adapter: the game launched by a cmi5 LMS as an AU
 * (`?lms=cmi5` plus the launch parameters the LMS adds). The launch is
 * src/lms/cmi5-launch.ts (with @xapi/cmi5), the resume record kept in the LRS
 * src/lms/cmi5-suspend.ts; this module turns the session into statements
 * (built by src/sim/evidence/xapi-statements.ts). Every statement goes into
 * the outbox (src/lms/xapi-outbox.ts, IndexedDB) with its id before it is
 * sent, so statements made offline wait there and each is sent until the LRS
 * has it, never made twice.
 *
 * Only the launched scenario is reported (the AU is one scenario). Closing the
 * page sends `terminated`, and after that this launch reports nothing more:
 * the LMS launches the AU again, which resumes the attempt exactly (from the
 * LRS's record, else the device's save) and reports the rest.
 */
import {
  answered,
  ending,
  terminated,
  type Cmi5Launch,
  type Stamp,
} from '../sim/evidence/xapi-statements.ts';
import { encodeResume } from '../sim/session/resume-record.ts';
import type { Save } from '../sim/session/save.ts';
import type { SessionView } from '../sim/session/session.ts';
import { cmi5Launched, Cmi5Session } from './cmi5-launch.ts';
import { SuspendState, type Suspended } from './cmi5-suspend.ts';
import type { Reporter } from './reporter.ts';
import { memoryOutbox, openOutbox, type Delivery, type Outbox } from './xapi-outbox.ts';

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

/** Where the outbox keeps what one attempt (a seed) of a registration has had reported. */
const reportKey = (launch: Cmi5Launch, seed: number): string => `${launch.registration} ${seed}`;

const RETRY_MS = 30_000;
/** How long the game waits at launch for the LRS's resume record before opening without it. */
const RESUME_WAIT_MS = 5_000;

class Cmi5Reporter implements Reporter {
  private tell: (message: string) => void = () => {};
  private pending: string | null = null;
  private readonly session: Cmi5Session;
  private suspend: SuspendState | null = null;
  /** The LRS's resume record, given to the app once, when the launched scenario opens. */
  private record: string | null = null;
  private asked = false;
  private sessionOver = false;
  private connected = false;
  private unreachable = false;
  private latest: SessionView | null = null;
  private latestSave: Save | null = null;
  private lastShown = Date.now();
  private readonly latencies = new Map<number, number>();
  /** Outbox and LRS state writes, one after another, so a decision is never reported twice. */
  private chain: Promise<void> = Promise.resolve();
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly win: Window,
    private readonly outbox: Outbox,
    private readonly scenarioId: string | null,
  ) {
    this.session = new Cmi5Session(win, (statement) => this.outbox.add([statement]));
    win.addEventListener('online', () => void this.connect());
    win.addEventListener('pagehide', () => this.close());
  }

  /** Start the launch, or continue the one a reload interrupted; again when back online. */
  async connect(): Promise<void> {
    if (this.connected) return this.flush();
    const started = await this.session.start();
    if (started === 'ended') {
      this.sessionOver = true;
      return this.say(SAY.ended);
    }
    if (started !== 'started') {
      this.say(started === 'unreachable' ? SAY.unreachable : SAY.noLaunch);
      this.unreachable = true;
      return;
    }
    const { launch, xapi } = this.session;
    if (launch && xapi) {
      this.suspend = new SuspendState(this.win, xapi, launch);
      await this.resumeFrom(launch, await this.suspend.read());
    }
    this.connected = true;
    if (this.latest) this.report(this.latest, this.latestSave);
    await this.flush();
  }

  /** The LRS's record of the launched scenario: resumed from, and its decisions not re-sent. */
  private async resumeFrom(launch: Cmi5Launch, state: Suspended | null): Promise<void> {
    if (!state || (this.scenarioId !== null && state.scenarioId !== this.scenarioId)) return;
    if (!this.asked) this.record = state.resume;
    const reported = await this.outbox.reported(reportKey(launch, state.seed)).catch(() => null);
    if (reported && reported.decisions < state.answered)
      await this.outbox.add([], { ...reported, decisions: state.answered }).catch(() => undefined);
  }

  listen(tell: (message: string) => void): void {
    this.tell = tell;
  }

  /** The LRS's record when the launched scenario first opens; else the device's own save. */
  resume(): string | null {
    this.asked = true;
    const record = this.record;
    this.record = null;
    return record;
  }

  began(view: SessionView): void {
    // A problem met before the scenario was on screen (notices are cleared as it opens).
    if (this.pending) this.tell(this.pending);
    this.lastShown = Date.now();
    this.report(view);
  }

  saved(view: SessionView, save: Save): void {
    const now = Date.now();
    const last = view.state.decisions.at(-1);
    if (last) this.latencies.set(last.index, now - this.lastShown);
    this.lastShown = now;
    this.report(view, save);
  }

  finished(view: SessionView): void {
    this.report(view);
  }

  /** Turn what is new in this view into statements, once: the outbox knows what was reported. */
  private report(view: SessionView, save: Save | null = null): void {
    if (this.scenarioId !== null && view.scenario.id !== this.scenarioId) return;
    this.latest = view;
    if (save) this.latestSave = save;
    const launch = this.session.launch;
    if (!launch || this.sessionOver) return;
    this.chain = this.chain
      .then(async () => {
        const reported = await this.outbox.reported(reportKey(launch, view.seed));
        if (reported.ended || this.sessionOver) return;
        const decisions = view.state.decisions.slice(reported.decisions);
        const statements = decisions.map((decision) =>
          answered(launch, view, decision, stamp(), this.latencies.get(decision.index) ?? null),
        );
        if (view.finished) {
          statements.push(...ending(launch, view, stamp, Date.now() - this.session.initializedAt));
          this.endLaunch(launch);
        }
        if (statements.length === 0) return;
        await this.outbox.add(statements, {
          registration: reportKey(launch, view.seed),
          decisions: view.state.decisions.length,
          ended: view.finished,
        });
        await this.flush();
        await this.keepSuspended(view, save);
      })
      .catch(() => this.say(SAY.rejected));
  }

  /** The attempt's resume record in the LRS, after the statements it counts (in the outbox, sent if they can be). */
  private async keepSuspended(view: SessionView, save: Save | null): Promise<void> {
    if (view.finished) return this.suspend?.write(null);
    if (save)
      await this.suspend?.write({
        scenarioId: view.scenario.id,
        resume: encodeResume(save),
        seed: save.seed,
        answered: view.state.decisions.length,
      });
  }

  private endLaunch(launch: Cmi5Launch): void {
    this.sessionOver = true;
    this.session.end(launch);
  }

  /** The page is closing mid-scenario: end the launch (sent now or at the next launch). */
  private close(): void {
    const launch = this.session.launch;
    if (!launch || this.sessionOver) return;
    this.endLaunch(launch);
    const last = terminated(launch, stamp(), Date.now() - this.session.initializedAt);
    this.chain = this.chain.then(() => this.outbox.add([last])).then(() => this.flush());
  }

  /** Send what the outbox holds; when the LRS cannot be reached, try again later. */
  private async flush(): Promise<void> {
    const xapi = this.session.xapi;
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
          // A resume record that could not be written goes again, in turn with newer ones.
          this.chain = this.chain.then(() => this.suspend?.send());
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

/**
 * Connect to the cmi5 LMS that launched this page. The scenario waits for the
 * LRS's resume record, but not for long: a slow LRS is caught up in the
 * background, and the scenario opens from the device's save meanwhile.
 */
export async function connectCmi5(win: Window): Promise<Reporter> {
  if (!cmi5Launched()) return new NoLaunch();
  const outbox = await openOutbox().catch(() => memoryOutbox());
  const scenarioId = new URL(win.location.href).searchParams.get('scenario');
  const reporter = new Cmi5Reporter(win, outbox, scenarioId);
  await Promise.race([
    reporter.connect().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, RESUME_WAIT_MS)),
  ]);
  return reporter;
}
