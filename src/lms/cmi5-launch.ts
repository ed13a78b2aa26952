/**
 * One launch of the AU by a cmi5 LMS. @xapi/cmi5 does the launch protocol:
 * it reads the launch URL, fetches the auth token once from the LMS's fetch
 * URL, reads LMS.LaunchData and the learner's preferences, and builds the
 * `initialized` statement, which is handed to the outbox like every other
 * statement (src/lms/xapi-outbox.ts) instead of being sent at once.
 *
 * A reload keeps the launch: the fetch URL works once, so the token is kept in
 * sessionStorage under the registration and the fetch URL. Closing the page
 * ends the launch, and a page that loads the same launch again is told so; a
 * new launch from the LMS has a new fetch URL and starts afresh, even in the
 * same tab or frame.
 */
import Cmi5 from '@xapi/cmi5';
import type { Cmi5Launch, Statement } from '../sim/evidence/xapi-statements.ts';

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

/** The xAPI client the launch set up, with the LMS's auth token. */
export type Xapi = NonNullable<Cmi5['xapi']>;

/** What survives a reload of the AU within one launch. */
interface KeptLaunch {
  readonly authToken: string;
  readonly initializedDate: string;
  readonly launch: Cmi5Launch;
  readonly terminated: boolean;
}

/**
 * How starting (or continuing) the launch went: `unreachable` when a reload
 * could not reach the LRS, `refused` when a new launch could not be started.
 */
export type Started = 'started' | 'ended' | 'unreachable' | 'refused';

/** sessionStorage, or nothing where the browser refuses it (a sandboxed frame). */
function sessionStore(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

export const cmi5Launched = (): boolean => Cmi5.isCmiAvailable;

export class Cmi5Session {
  launch: Cmi5Launch | null = null;
  initializedAt = Date.now();
  private readonly cmi5: OutboxCmi5;

  constructor(
    private readonly win: Window,
    keep: (statement: Statement) => Promise<void>,
  ) {
    this.cmi5 = new OutboxCmi5(keep);
  }

  get xapi(): Xapi | undefined {
    return this.cmi5.xapi ?? undefined;
  }

  private get key(): string {
    const parameters = this.cmi5.launchParameters;
    return `service-chain-cmi5:${parameters?.registration ?? ''}:${parameters?.fetch ?? ''}`;
  }

  private kept(): KeptLaunch | null {
    try {
      const text = sessionStore(this.win)?.getItem(this.key);
      return text ? (JSON.parse(text) as KeptLaunch) : null;
    } catch {
      return null;
    }
  }

  private keep(launch: KeptLaunch): void {
    try {
      sessionStore(this.win)?.setItem(this.key, JSON.stringify(launch));
    } catch {
      // Without sessionStorage a reload cannot continue this launch; play goes on.
    }
  }

  /** Start the launch, or continue the one a reload interrupted. */
  async start(): Promise<Started> {
    const kept = this.kept();
    if (kept?.terminated) return 'ended';
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
      return kept ? 'unreachable' : 'refused';
    }
    const data = this.cmi5.getLaunchData();
    const parameters = this.cmi5.getLaunchParameters();
    this.launch = {
      actor: parameters.actor as unknown as Cmi5Launch['actor'],
      registration: parameters.registration,
      activityId: parameters.activityId,
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
    return 'started';
  }

  /** This launch reports nothing more, even after a reload. */
  end(launch: Cmi5Launch): void {
    const kept = this.kept();
    this.keep(
      kept
        ? { ...kept, terminated: true }
        : {
            authToken: '',
            initializedDate: new Date(this.initializedAt).toISOString(),
            launch,
            terminated: true,
          },
    );
  }
}
