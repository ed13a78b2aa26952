/**
 * The save of the scenario in play: resumed when the scenario opens (the LMS's
 * record first, then the device's), written after every choice, removed when
 * the attempt is over. A save that cannot be used is moved aside and the
 * learner told; if no copy can be written, the original is held: nothing saves
 * over it until the learner downloads or discards it.
 */
import { chosenIdentities, SAVE_VERSION, type Save } from '../../sim/session/save.ts';
import { resume } from '../../sim/session/resume.ts';
import { loadInk } from '../../sim/story/load-ink.ts';
import type { Session } from '../../sim/session/session.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { SaveStore } from '../storage/save-store.ts';
import type { StoredSave } from '../storage/stored-save.ts';
import type { Playing, Shell } from './shell-context.ts';
import type { TabGuard } from './tab-guard.ts';

export class SaveKeeper {
  private readonly saves: SaveStore;
  /** Scenarios whose unusable save could not be copied aside: held until the learner decides. */
  private readonly held = new Set<string>();

  constructor(
    private readonly shell: Shell,
    private readonly tabs: TabGuard,
    /** The scenario in play now, if any. */
    private readonly current: () => Playing | null,
  ) {
    this.saves = new SaveStore(shell.options.storage);
  }

  /**
   * The attempt to carry on: the saved one if it can be resumed, with what the
   * learner should know said as a notice; otherwise null (a damaged or
   * unusable save is moved aside first). The code that reads a save is loaded
   * only when there is one.
   */
  async resumed(scenario: Scenario): Promise<{ session: Session; startedAt: string } | null> {
    // A record the LMS kept comes first, and goes through the same checks as a save on the device.
    const record = this.shell.options.reporter?.resume() ?? null;
    const stored: StoredSave =
      record !== null
        ? (await import('../storage/stored-save.ts')).storedRecord(record)
        : await this.saves.read(scenario.id);
    if (stored.state === 'none') return null;
    if (stored.state === 'damaged') {
      await this.keepAside(scenario.id, stored.text, `could not be read (${stored.error})`, []);
      return null;
    }
    await loadInk();
    const resumed = resume(scenario, stored.save);
    if (!resumed.ok) {
      await this.keepAside(scenario.id, stored.text, `cannot be resumed: ${resumed.reason}`, [
        ...stored.repairs,
      ]);
      return null;
    }
    if (resumed.storyChanged)
      this.shell.notices.notify(
        'This scenario has been updated since you saved. Your choices still mean the same, so you carry on where you were.',
      );
    if (stored.repairs.length > 0)
      this.shell.notices.notify(
        `Your saved progress was in an older format and has been upgraded: ${stored.repairs.join('; ')}.`,
      );
    return { session: resumed.session, startedAt: stored.save.startedAt };
  }

  /** Keep the attempt in play after a choice (once this tab knows it is the one that saves it). */
  persist(playing: Playing): void {
    this.tabs.whenKnown(() => {
      if (this.current() === playing) this.write(playing);
    });
  }

  private write(playing: Playing): void {
    // An unusable save the learner has not yet downloaded or discarded is never overwritten,
    // nor one another tab is playing.
    if (this.held.has(playing.scenario.id) || !this.tabs.savesHere) return;
    const save: Save = {
      version: SAVE_VERSION,
      scenarioId: playing.scenario.id,
      storyVersion: playing.scenario.version,
      path: [...playing.session.path],
      seed: playing.session.attemptSeed,
      startedAt: playing.startedAt,
      savedAt: new Date().toISOString(),
      choices: chosenIdentities(playing.session.simState.decisions),
    };
    this.shell.options.reporter?.saved(playing.session.view, save);
    if (!this.saves.write(save)) {
      this.shell.notices.notify(
        'Your progress could not be saved on this device (storage is full or blocked). You can keep playing.',
        [],
        'save-failed',
      );
    }
  }

  /** Remove a scenario's save, unless it is held for the learner to decide about. */
  clear(scenarioId: string): void {
    // After any write still waiting on the tab's claim, and only if this tab saves the scenario.
    this.tabs.whenKnown(() => {
      if (!this.held.has(scenarioId) && this.tabs.savesHere) this.saves.clear(scenarioId);
    });
  }

  /** Move a save that cannot be resumed aside and tell the learner. */
  private async keepAside(
    scenarioId: string,
    text: string,
    why: string,
    repairs: readonly string[],
  ): Promise<void> {
    const kept = this.saves.quarantine(scenarioId, text);
    if (!kept.ok) this.held.add(scenarioId);
    const { keptAsideNotice } = await import('../storage/kept-aside.ts');
    const notice = keptAsideNotice({
      scenarioId,
      why,
      repairs,
      text,
      kept,
      release: (how) => {
        this.held.delete(scenarioId);
        this.saves.discard(scenarioId);
        const playing = this.current();
        if (playing?.scenario.id === scenarioId && !playing.session.view.finished)
          this.persist(playing);
        this.shell.notices.notify(
          `${how === 'downloaded' ? 'Downloaded' : 'Discarded'}. Your progress in this scenario is saved again from here.`,
          [],
          'kept-aside',
        );
      },
    });
    this.shell.notices.notify(notice.message, notice.actions, 'kept-aside');
  }
}
