/**
 * One tab at a time plays (and saves) a scenario. Two tabs on the same
 * scenario would otherwise overwrite each other's save, the last write
 * winning without a word.
 *
 * A tab that opens a scenario claims it with a Web Lock named after the
 * scenario. If another tab holds it, this tab is `elsewhere`: it does not
 * save, and the learner is offered to play here instead. Taking over steals
 * the lock; the tab that held it hears so (its lock request fails with an
 * AbortError), becomes `taken`, and stops saving. Closing a tab releases its
 * lock. Where the browser has no Web Locks (older browsers, pages that are not
 * a secure context), a write to this scenario's save from another tab (a
 * `storage` event) makes this tab step aside the same way.
 *
 * Nothing here touches the DOM: the lock manager is passed in, so the rules
 * are tested with a stand-in (tests/unit/tab-claim.test.ts).
 */

/** `here`: this tab plays and saves. `elsewhere`: another tab had it first. `taken`: another tab took it over. */
export type TabState = 'here' | 'elsewhere' | 'taken';

/** The part of the Web Locks API (navigator.locks) this needs. */
export interface Locks {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

const lockName = (scenarioId: string) => `service-chain:playing:${scenarioId}`;

export class TabClaim {
  private current: TabState = 'here';
  /** Resolving it releases the lock this tab holds. */
  private releaseHold: (() => void) | null = null;
  private ended = false;

  constructor(
    private readonly scenarioId: string,
    private readonly locks: Locks | undefined,
    private readonly onChange: (state: TabState) => void,
  ) {}

  get state(): TabState {
    return this.current;
  }

  /** Whether this tab may write the scenario's save. */
  get saves(): boolean {
    return this.current === 'here' && !this.ended;
  }

  /** Claim the scenario for this tab; resolves with the state it ends up in. */
  async claim(): Promise<TabState> {
    if (!this.locks) return this.current;
    const granted = await this.hold({ ifAvailable: true });
    if (!granted && !this.ended) this.set('elsewhere');
    return this.current;
  }

  /** Play here: take the scenario from the tab that has it, which stops saving. */
  async takeOver(): Promise<void> {
    if (this.ended) return;
    if (this.locks) await this.hold({ steal: true });
    this.set('here');
  }

  /**
   * Another tab has written this scenario's save (a `storage` event). With Web
   * Locks this cannot happen while this tab holds the lock; without them it is
   * how a second tab is noticed.
   */
  otherTabSaved(): void {
    if (!this.ended && this.current === 'here') this.set('taken');
  }

  /** This tab has left the scenario: let another tab have it. */
  release(): void {
    this.ended = true;
    this.releaseHold?.();
    this.releaseHold = null;
  }

  private set(state: TabState): void {
    if (this.current === state) return;
    this.current = state;
    this.onChange(state);
  }

  /** Request the lock and keep it until released or stolen; resolves with whether it was granted. */
  private hold(options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
    const locks = this.locks;
    if (!locks) return Promise.resolve(true);
    return new Promise<boolean>((granted) => {
      let release: (() => void) | null = null;
      locks
        .request(lockName(this.scenarioId), options, (lock) => {
          granted(lock !== null && lock !== undefined);
          if (lock === null || lock === undefined) return undefined;
          if (this.ended) return undefined;
          this.releaseHold?.();
          return new Promise<void>((resolve) => {
            release = resolve;
            this.releaseHold = resolve;
          });
        })
        .catch(() => {
          // Refused outright (a sandboxed page may not use locks): play here, as without them.
          if (release === null) return granted(true);
          // Stolen by another tab's take-over (an AbortError): this tab stops saving.
          if (this.releaseHold !== release) return undefined;
          this.releaseHold = null;
          if (!this.ended) this.set('taken');
          return undefined;
        });
    });
  }
}
