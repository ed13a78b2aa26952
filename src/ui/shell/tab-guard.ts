/**
 * This tab's claim on the scenario in play: only one tab saves a scenario at a
 * time (src/ui/storage/tab-claim.ts). The claim's code is loaded beside the
 * first choice, not before it; if it cannot load, the tab plays and saves as if alone.
 */
import { saveKey } from '../storage/save-store.ts';
import type { TabClaim, TabState } from '../storage/tab-claim.ts';

export class TabGuard {
  private claim: { readonly scenarioId: string; readonly tab: TabClaim } | null = null;
  /** Settles once the claim asked for last has its answer (or its code could not load). */
  private asking: Promise<unknown> | null = null;
  /**
   * The latest `claimFor`'s listener: the claim calls it through this field, so it keeps no
   * earlier caller's closure (and what that holds, an earlier screen) alive.
   */
  private onState: (state: TabState) => void = () => {};

  /**
   * Without Web Locks, another tab's save of the scenario in play is how it is
   * noticed. Listened for from the first claim (the same listener is added once),
   * not before: registering it took the first screen ~5 ms at 4x CPU (issue 17).
   */
  private readonly onStorage = (event: StorageEvent): void => {
    const claim = this.claim;
    if (claim && event.key === saveKey(claim.scenarioId) && event.newValue !== null)
      claim.tab.otherTabSaved();
  };

  /** Whether this tab may write the scenario's save (no other tab is playing it). */
  get savesHere(): boolean {
    return this.claim?.tab.saves ?? true;
  }

  /** The claim's state now, if it has loaded. */
  get state(): TabState | undefined {
    return this.claim?.tab.state;
  }

  /**
   * Claim the scenario for this tab, once per scenario opened (a restart keeps
   * the claim). `stillPlaying` says whether the scenario is still in play once
   * the code has loaded; `onState` hears each change of who plays it, and replaces
   * the last call's `onState`, also when the claim is kept.
   */
  claimFor(
    scenarioId: string,
    stillPlaying: () => boolean,
    onState: (state: TabState) => void,
  ): void {
    this.onState = onState;
    if (this.claim?.scenarioId === scenarioId) return;
    this.release();
    const asking = import('../storage/tab-claim.ts')
      .then(({ TabClaim }) => {
        if (!stillPlaying() || this.claim) return;
        const tab = new TabClaim(scenarioId, navigator.locks, (state) => this.onState(state));
        this.claim = { scenarioId, tab };
        window.addEventListener('storage', this.onStorage);
        return tab.claim();
      })
      // Its code could not load, or the claim failed: the tab plays and saves as if alone.
      .catch((error: unknown) => console.warn('Two-tab detection failed:', error))
      .finally(() => {
        if (this.asking === asking) this.asking = null;
      });
    this.asking = asking;
  }

  /**
   * `then` once this tab knows whether it saves the scenario claimed: at once if it knows, else
   * when the claim has its answer. A save written before that (a press made as the scenario
   * opened, as on a scenario page's first screen) would overwrite the save of a tab that had
   * the scenario first, and make that tab, which hears of the write, stop saving too.
   */
  whenKnown(then: () => void): void {
    // Also if the claim failed: a save is never dropped for want of an answer.
    if (this.asking) void this.asking.then(then, then);
    else then();
  }

  /** Carry on here from the last choice the other tab saved. */
  takeOver(): void {
    void this.claim?.tab.takeOver();
  }

  /** Leave the scenario (for the menu, a class, the results page): another tab may have it. */
  release(): void {
    this.claim?.tab.release();
    this.claim = null;
  }
}
