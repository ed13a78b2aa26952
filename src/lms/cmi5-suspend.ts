/**
 * The attempt's resume record kept in the LRS, so that launching the AU again
 * resumes exactly (the same choices, order and clock) on any device: an xAPI
 * State API document, stateId {@link STATE_ID}, for the AU's activity id, the
 * learner and the registration. It holds the record SCORM keeps in
 * `cmi.suspend_data` (src/sim/session/resume-record.ts), with the attempt's
 * seed and how many decisions were reported, so a resumed attempt does not
 * report them again. It is written after every choice and deleted at the
 * attempt's end.
 *
 * The device's own save is the fallback: when the LRS cannot be read (no
 * network, an LRS without the document) the app resumes from the device. A
 * write that has not reached the LRS yet is kept on the device (localStorage)
 * and sent again; while one is waiting, the LRS's copy is older than the
 * device's save, so a launch on this device resumes from the device.
 */
import type { Xapi } from './cmi5-launch.ts';
import type { Cmi5Launch } from '../sim/evidence/xapi-statements.ts';

export const STATE_ID = 'suspend';

export interface Suspended {
  readonly scenarioId: string;
  /** The resume record (src/sim/session/resume-record.ts). */
  readonly resume: string;
  readonly seed: number;
  /** How many decisions have been turned into `answered` statements. */
  readonly answered: number;
}

const isSuspended = (value: unknown): value is Suspended => {
  const state = value as Partial<Suspended> | null;
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof state.scenarioId === 'string' &&
    typeof state.resume === 'string' &&
    Number.isSafeInteger(state.seed) &&
    Number.isSafeInteger(state.answered)
  );
};

/** localStorage, or nothing where the browser refuses it. */
function localStore(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/** Written in place of a record when the document is to be deleted. */
const DELETE = 'delete';

export class SuspendState {
  constructor(
    private readonly win: Window,
    private readonly xapi: Xapi,
    private readonly launch: Cmi5Launch,
  ) {}

  private get where() {
    return {
      agent: this.launch.actor as never,
      activityId: this.launch.activityId,
      registration: this.launch.registration,
      stateId: STATE_ID,
    };
  }

  private get key(): string {
    return `service-chain-cmi5-suspend:${this.launch.registration}:${this.launch.activityId}`;
  }

  /** What the LRS keeps, or null: none, unreadable, or older than what waits on this device. */
  async read(): Promise<Suspended | null> {
    if (this.unsent() !== null) {
      await this.send();
      return null;
    }
    try {
      const response = await this.xapi.getState(this.where);
      return isSuspended(response.data) ? response.data : null;
    } catch {
      return null;
    }
  }

  /**
   * Keep the attempt's record in the LRS (null: the attempt ended, so delete it). Writes are
   * made one after another (the reporter's chain), so an older one never lands last.
   */
  async write(state: Suspended | null): Promise<void> {
    const text = state ? JSON.stringify(state) : DELETE;
    try {
      localStore(this.win)?.setItem(this.key, text);
    } catch {
      // Without localStorage an unsent write is not remembered across launches.
    }
    await this.send(text);
  }

  /** Send the write that waits on this device, if any. */
  async send(text: string | null = this.unsent()): Promise<void> {
    if (text === null) return;
    try {
      if (text === DELETE) await this.xapi.deleteState(this.where);
      else await this.xapi.setState({ ...this.where, state: JSON.parse(text) as Suspended });
    } catch {
      return;
    }
    // Forget it only if no newer write came meanwhile.
    if (this.unsent() === text) localStore(this.win)?.removeItem(this.key);
  }

  private unsent(): string | null {
    try {
      return localStore(this.win)?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }
}
