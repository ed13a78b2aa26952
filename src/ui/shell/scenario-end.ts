/**
 * The end of a scenario: the finished attempt is kept, gets its own address
 * (Back returns to the scenario, a reload shows the report), and its end
 * screen (self-rating, report, reflection, evidence) is loaded when it is
 * reached. The save goes only once the report is on screen, so the scenario
 * starts afresh next time; if the report cannot load, the save and the kept
 * result both remain.
 */
import { resultOf, type Result } from '../../sim/evidence/result.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { keepResult } from '../storage/result-keeper.ts';
import { loadInk } from '../../sim/story/load-ink.ts';
import { afterFirstScreen } from './first-screen.ts';
import { idle } from '../../scheduling/idle-time.ts';
import type * as EndOfScenario from '../report/end-of-scenario.ts';
import { pushRoute } from './history-entries.ts';
import type { Route } from './route.ts';
import type { SaveKeeper } from './save-keeper.ts';
import type { Playing, Shell } from './shell-context.ts';

/** The latest the end follows the last choice, frames or not (a hidden tab runs none). */
const AFTER_PAINT_LATEST_MS = 250;

export interface EndActions {
  /** A new attempt at the scenario. */
  readonly restart: () => void;
  /** A new attempt replayed to an earlier decision, to try another choice there. */
  readonly replayFrom: (scenario: Scenario, path: readonly number[], seed: number) => void;
}

type EndCode = typeof EndOfScenario;

/** Longest the end screen's code and the results store wait for idle time during play. */
const PRELOAD_WITHIN_MS = 2000;

export class ScenarioEnd {
  private loadingEnd: Promise<EndCode> | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly saves: SaveKeeper,
    /** The scenario in play now, if any. */
    private readonly current: () => Playing | null,
    private readonly actions: EndActions,
  ) {}

  /**
   * Run `work` at the frame after the one that paints the last choice's line: that frame and
   * the tasks queued behind it go first. Not in idle time: the stage's picture waits for that,
   * and the report (≤ 300 ms after the last choice) should not wait behind it.
   */
  afterPaint(work: () => void): void {
    // A hidden tab runs no frames: the timer keeps and reports the attempt there all the same.
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      work();
    };
    const fallback = setTimeout(once, AFTER_PAINT_LATEST_MS);
    requestAnimationFrame(() => requestAnimationFrame(once));
  }

  /** Keep the finished attempt (unless it was `kept` already) and give its report an address. */
  finish(playing: Playing, kept?: Result): void {
    playing.result =
      kept ?? resultOf(playing.session.view, playing.startedAt, new Date().toISOString());
    if (!kept && !keepResult(this.shell.options.storage, playing.result)) {
      this.shell.notices.notify(
        'This attempt could not be kept on this device (storage is full or blocked); export it from the report.',
      );
    }
    if (!kept) this.shell.options.reporter?.finished(playing.session.view, playing.result);
    playing.clearOnReport = true;
    const route: Route = {
      view: 'report',
      scenario: playing.scenario.id,
      attempt: playing.result.finishedAt,
    };
    pushRoute(route);
  }

  /** The kept result of the attempt in play, if it was kept before its report could show. */
  async keptResult(
    scenarioId: string,
    path: readonly number[],
    startedAt: string,
  ): Promise<Result | undefined> {
    const joined = path.join();
    return (await this.shell.results())
      .forScenario(scenarioId)
      .find((result) => result.startedAt === startedAt && result.path.join() === joined);
  }

  /**
   * The end screen's code, loaded once (and again after a failure), with inkjs: its search for
   * stronger choices plays the story.
   */
  private endCode(): Promise<EndCode> {
    this.loadingEnd ??= Promise.all([import('../report/end-of-scenario.ts'), loadInk()])
      .then(([code]) => code)
      .catch((error: unknown) => {
        this.loadingEnd = null;
        throw error;
      });
    return this.loadingEnd;
  }

  /**
   * During play, once the first screen has settled: load the end screen's code
   * and the results store in idle time, and have each decision's options tried
   * while the learner reads it, so the report is whole soon after the last
   * choice (issue 17). Called after every change of the scenario on screen.
   */
  follow(playing: Playing): void {
    if (playing.session.view.finished) return;
    if (playing.search) return playing.search.seen(playing.session.view);
    if (playing.searchStarted) return;
    playing.searchStarted = true;
    const wanted = () => this.current() === playing;
    void afterFirstScreen()
      .then(() => idle(PRELOAD_WITHIN_MS))
      .then(() => (wanted() ? this.endCode() : null))
      .then((code) => {
        if (!code || !wanted() || playing.session.view.finished) return;
        playing.search = code.followPlay(playing.session.view, wanted);
        return idle(PRELOAD_WITHIN_MS).then(() => this.shell.results());
      })
      // Loaded again when the scenario ends, which offers a retry if it still fails.
      .catch(() => undefined);
  }

  /** Show the end screen below the conversation, loading its code first. */
  async show(playing: Playing): Promise<void> {
    const notices = this.shell.notices;
    const loaded = await Promise.all([this.endCode(), this.shell.results()]).catch(
      (error: unknown) => {
        if (this.current() === playing)
          notices.offerRetry(
            'load:report',
            'Your report',
            'Your attempt is kept on this device.',
            () => void this.show(playing),
            error,
          );
        return null;
      },
    );
    if (!loaded) return;
    const [{ renderEndOfScenario, strongerInIdleTime }, store] = loaded;
    const view = playing.session.view;
    if (this.current() !== playing || !playing.result) return;
    const stronger =
      playing.search?.finish(view) ??
      strongerInIdleTime(view, undefined, () => this.current() === playing);
    // A kept attempt reopened (a reload, the menu) shows its report at once, so it waits the
    // few idle slices of the search and opens whole; a live ending rates first, meanwhile.
    if (!playing.clearOnReport) {
      await stronger.done;
      if (this.current() !== playing) return;
    }
    notices.dismiss('load:report');
    const scenario = playing.scenario;
    const end = renderEndOfScenario({
      view,
      result: playing.result,
      store,
      storage: this.shell.options.storage,
      events: {
        replay: () => this.actions.restart(),
        menu: () => this.shell.navigate({ view: 'menu' }),
        replayFrom: ({ path, seed }) => this.actions.replayFrom(scenario, path, seed ?? view.seed),
      },
      notify: (message) => notices.notify(message),
      stronger,
    });
    // Added after the conversation, not re-attached with it: re-attaching would
    // scroll the transcript back to its first line, away from the ending.
    playing.view.element.after(end.element);
    playing.view.element.classList.add('finished');
    end.focus({ preventScroll: true });
    playing.view.showEnding();
    performance.mark('end:shown');
    if (playing.clearOnReport) this.saves.clear(scenario.id);
  }
}
