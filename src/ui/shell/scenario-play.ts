/**
 * A scenario in play: starting or resuming it, taking the learner's choices,
 * keeping the DOM and the stage in step with the session, the pause dialog,
 * restarting, and handing over to the end of the scenario. Only one tab plays
 * (and saves) a scenario at a time.
 */
import { showTitle } from './screen-title.ts';
import type { Result } from '../../sim/evidence/result.ts';
import { Session } from '../../sim/session/session.ts';
import { inkLoaded, loadInk } from '../../sim/story/load-ink.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { firstScreenHandover, takenOver } from '../play/first-screen-layer.ts';
import { loadOrRetry } from './load-or-retry.ts';
import { PlayView } from '../play/play-view.ts';
import type { TabState } from '../storage/tab-claim.ts';
import { ChainMapDialog } from './chain-map-dialog.ts';
import { newSeed } from './attempt-seed.ts';
import { afterFirstScreen } from './first-screen.ts';
import { pauseControls } from './pause-dialog.ts';
import { choiceShown } from '../../scheduling/quiet-moment.ts';
import { yieldToInput } from '../../scheduling/yield-to-input.ts';
import { pushRoute } from './history-entries.ts';
import type { Route } from './route.ts';
import { SaveKeeper } from './save-keeper.ts';
import { ScenarioEnd } from './scenario-end.ts';
import type { Playing, Shell } from './shell-context.ts';
import { TabGuard } from './tab-guard.ts';

export class ScenarioPlay {
  private playing: Playing | null = null;
  /** Counts the scenarios opened and left, so a slow resume never lands on a later screen. */
  private openings = 0;
  private readonly tabs = new TabGuard();
  private readonly saves: SaveKeeper;
  private readonly end: ScenarioEnd;
  private readonly chainMap: ChainMapDialog;
  private readonly pause: { dialog: HTMLDialogElement; button: HTMLButtonElement };

  constructor(private readonly shell: Shell) {
    const current = () => this.playing;
    this.saves = new SaveKeeper(shell, this.tabs, current);
    this.end = new ScenarioEnd(shell, this.saves, current, {
      restart: () => void this.restart(),
      replayFrom: (scenario, path, seed) => void this.replayFrom(scenario, path, seed),
    });
    this.pause = pauseControls({
      chainMap: () => void this.openChainMap(),
      restart: () => void this.restart(),
      menu: () => shell.navigate({ view: 'menu' }),
    });
    document.body.append(this.pause.dialog);
    this.chainMap = new ChainMapDialog(shell.notices);
    shell.options.actions.prepend(this.pause.button);
  }

  /** The scenario in play, if any. */
  get current(): Playing | null {
    return this.playing;
  }

  /** Leave the scenario in play (for the menu, a class, the results page): another tab may have it. */
  stop(): void {
    this.openings += 1;
    this.playing = null;
    this.tabs.release();
    this.pause.button.hidden = true;
  }

  /**
   * Play a scenario: its save resumed, or a new attempt (`fresh`), or the
   * session given (`from`, replayed); with `finished`, the end screen of that
   * kept attempt.
   */
  async begin(scenario: Scenario, fresh = false, from?: Session, finished?: Result): Promise<void> {
    if (finished) this.stop();
    const opening = ++this.openings;
    // A Try again carries on here rather than beginning again, which would count as a later
    // opening: the page's first screen (and a press made on it) would not be taken over.
    const stillOpening = () => opening === this.openings;
    // Over the page's own first screen a press can come at any moment, and the page's script
    // answers it at once if the main thread is free: each step up to the takeover is a task of
    // its own (with the CPU slowed 4×, they were one task of 30-50 ms).
    const overPage =
      opening === 1 &&
      !from &&
      !finished &&
      firstScreenHandover(this.shell.options.root, scenario.id) !== null;
    const nextStep = async (): Promise<boolean> => {
      if (overPage) await yieldToInput();
      return stillOpening();
    };
    if (!(await nextStep())) return;
    const resumed =
      fresh || from
        ? null
        : await loadOrRetry(
            this.shell.notices,
            { key: 'load:save', what: 'Your saved progress', kept: 'It is kept on this device.' },
            () => this.saves.resumed(scenario),
            stillOpening,
          );
    if (resumed === undefined || !stillOpening()) return;
    // Only a new attempt from the scenario's opening starts without Ink (see load-ink.ts).
    if (!from && !resumed && !scenario.opening) {
      const ink = await loadOrRetry(
        this.shell.notices,
        { key: 'load:ink', what: 'The scenario', kept: 'Any progress is kept on this device.' },
        loadInk,
        stillOpening,
      );
      if (!ink) return;
    }
    if (!(await nextStep())) return;
    // A new attempt on the page that opened on it takes over the first screen the page showed
    // (first-screen-script.ts), with its seed and any press made there before the app was ready.
    // (A boolean: the closure must not keep the sessions, see parseInIdleTime.)
    const mayHandOver = opening === 1 && !from && !resumed && !finished;
    const handover = () =>
      mayHandOver ? firstScreenHandover(this.shell.options.root, scenario.id) : null;
    const session =
      from ?? resumed?.session ?? Session.start(scenario, handover()?.seed ?? newSeed());
    const startedAt = resumed?.startedAt ?? new Date().toISOString();
    // A save that reaches an ending is an attempt whose report never showed: show it now.
    const kept =
      !finished && session.view.finished
        ? await this.end.keptResult(scenario.id, session.path, startedAt)
        : undefined;
    // The learner may have left while the results loaded: the menu's title stays.
    if (!stillOpening()) return;
    const options = this.shell.options;
    showTitle(options.title, scenario.meta.title);
    // The page opened on this scenario (nothing was shown before it): see PlayView's firstOnPage.
    const firstOnPage = opening === 1;
    // The page's first screen is adopted, not drawn again (see PlayView). Made before the
    // takeover's task, which it shortens: it finds the screen's parts and listens on some (the
    // earlier lines' toggle), but changes nothing the page shows.
    const viewOver = (screen?: HTMLElement) =>
      new PlayView(
        scenario.meta,
        { choose: (index, decision) => this.choose(index, decision) },
        {
          firstOnPage,
          chainTasks: scenario.chainTasks === true,
          ...(screen ? { over: screen } : {}),
        },
      );
    const shown = handover()?.screen;
    let view = viewOver(shown);
    if (!(await nextStep())) return;
    // From here to the takeover's end, one task: a press the page's script took meanwhile is
    // read here, and it takes none after (takenOver).
    const handed = handover();
    if (handed?.screen !== shown) view = viewOver(handed?.screen);
    if (!finished)
      this.tabs.claimFor(
        scenario.id,
        () => this.playing?.scenario.id === scenario.id,
        (state) => this.onTabState(state),
      );
    view.element.inert = !this.tabs.savesHere;
    const playing: Playing = {
      scenario,
      session,
      view,
      startedAt,
      ...(finished ? { result: finished } : {}),
    };
    this.playing = playing;
    this.pause.button.hidden = Boolean(finished);
    if (!finished && session.view.finished) this.finish(playing, kept);
    else if (!finished) options.reporter?.began(session.view);
    if (from && !finished) this.saves.persist(playing);
    // Taken over also when drawn afresh: the page's script lets go of the screen it showed.
    if (handed) takenOver(handed.screen);
    // And of the screen it showed before, gone by now (the view was remade): its listeners on the
    // document and window would otherwise keep that screen and the view made over it.
    if (shown && shown !== handed?.screen) takenOver(shown);
    if (view.adopted) this.shell.adoptMain(view.element);
    else this.shell.setMain(view.element);
    view.chainButton.addEventListener('click', () => void this.openChainMap());
    this.shell.stage.place(view.stageSlot);
    this.shell.stage.current?.refresh();
    this.render();
    // Not on an adopted screen once the learner has put the focus somewhere: on it (an option,
    // the transcript, the briefing), perhaps for seconds on a slow connection, or off it (the top
    // bar, the skip link), often with the Tab that started the app. The same nodes, their place kept.
    const active = document.activeElement;
    const placed = view.adopted && active !== null && active !== document.body;
    if (!finished && !placed) view.focusChoices();
    // Made through the usual path, so the save, the sound and an LMS see it once, as any choice.
    if (handed?.chosen != null) this.choose(handed.chosen, 0);
    // Asked for on the page's screen before the app was ready (often the press that started it).
    if (handed?.asked === 'pause') this.openPause();
    else if (handed?.asked === 'chain-map') void this.openChainMap();
    if (!finished) this.parseInIdleTime(playing);
    options.sound.onView(null, session.view);
    // On the page's first screen the canvas waits, so its loading never delays the first choice.
    if (firstOnPage) void afterFirstScreen().then(() => this.shell.stage.ensure());
    else void this.shell.stage.ensure();
  }

  /**
   * A session from the scenario's opening has not parsed its story yet, and its first choice
   * needs no parse either (the build knows where each first option leads): it parses once the
   * page's first screen has been up a moment (in idle time), while the learner reads. inkjs's
   * own chunk loads then too, and a choice pressed before it arrives waits for it. Neither for
   * an attempt the learner has left by then: on a slow machine that is CPU wasted.
   * A method of its own, not a closure in `begin`: there `playing` would join the closures'
   * shared scope, which the tab claim's listener keeps for as long as the scenario is open, so
   * every restart would keep the screen before it (e2e replays).
   */
  private parseInIdleTime(playing: Playing): void {
    const stillPlaying = () => this.playing === playing;
    void afterFirstScreen()
      .then(() => (stillPlaying() ? loadInk() : null))
      .then((ink) => {
        if (ink && stillPlaying()) playing.session.prepare();
      })
      // A choice that needs inkjs loads it again, and says if it still cannot.
      .catch(() => undefined);
  }

  /** The pause menu, while a story is being played; whether it opened. */
  private openPause(): boolean {
    const playing = this.playing;
    // Not once the story has ended: its end screen follows within a frame or two.
    if (!playing || playing.result || playing.session.view.finished) return false;
    this.pause.dialog.showModal();
    return true;
  }

  /** Keys during play: Esc pauses, a number chooses that option. */
  onKey(event: KeyboardEvent): void {
    const playing = this.playing;
    if (!playing) return;
    if (event.key === 'Escape' && this.openPause()) {
      event.preventDefault();
      return;
    }
    // Number keys can be switched off in the settings (WCAG 2.1.4, character key shortcuts).
    const keysOn = document.documentElement.getAttribute('data-choice-keys') !== 'off';
    if (/^[1-9]$/.test(event.key) && keysOn && !playing.session.view.finished) {
      // The number on screen is the option's place in this attempt's order.
      if (playing.view.keyChoice(Number(event.key) - 1, event.repeat)) event.preventDefault();
    }
  }

  /**
   * Another tab plays this scenario: this one stops saving and taking choices,
   * and says so. Taking over carries on from the last choice saved there.
   */
  private onTabState(state: TabState): void {
    const playing = this.playing;
    if (!playing) return;
    const notices = this.shell.notices;
    playing.view.element.inert = state !== 'here';
    if (state === 'here') {
      notices.dismiss('tab');
      void this.begin(playing.scenario);
      return;
    }
    void import('../storage/tab-notice.ts').then(({ tabNotice }) => {
      if (this.playing !== playing || this.tabs.state !== state) return;
      const notice = tabNotice(state, {
        playHere: () => this.tabs.takeOver(),
        menu: () => this.shell.navigate({ view: 'menu' }),
      });
      notices.notify(notice.message, notice.actions, 'tab');
      notice.actions[0]?.focus();
    });
  }

  private choose(index: number, decision: number): void {
    const playing = this.playing;
    if (!playing) return;
    // A choice belongs to the decision it was shown for; that one may have been answered already.
    // A press not made takes away the line the page's script may have shown for it (its echo).
    if (decision !== playing.session.path.length || !this.tabs.savesHere) {
      playing.view.pressNotMade();
      return;
    }
    // A second choice made before inkjs has arrived is made as soon as it has, not lost.
    if (playing.session.choiceRunsInk(index) && !inkLoaded()) {
      // Made only in the attempt it was pressed in: the learner may have left it meanwhile.
      void loadOrRetry(
        this.shell.notices,
        { key: 'load:ink', what: 'The rest of the scenario', kept: 'Your progress is saved.' },
        loadInk,
        () => this.playing === playing,
      ).then((ink) => {
        if (ink) this.choose(index, decision);
      });
      return;
    }
    const sound = this.shell.options.sound;
    const before = playing.session.view;
    const result = playing.session.choose(index);
    if (!result.ok) {
      playing.view.pressNotMade();
      return;
    }
    sound.onChoice();
    sound.onView(before, playing.session.view);
    this.saves.persist(playing);
    this.render();
    if (playing.session.view.finished) this.finishAfterPaint(playing);
    else playing.view.focusChoices();
    choiceShown();
  }

  private finish(playing: Playing, kept?: Result): void {
    this.end.finish(playing, kept);
    this.pause.button.hidden = true;
  }

  /**
   * The last choice: its line paints first, and the attempt is scored, kept and its end screen
   * begun just after (in the key press, that took 67-89 ms with the CPU slowed 4×; issue 17).
   * The save already holds the ending, so an attempt left meanwhile shows its report next time.
   */
  private finishAfterPaint(playing: Playing): void {
    this.pause.button.hidden = true;
    this.end.afterPaint(() => {
      if (this.playing !== playing) return;
      this.finish(playing);
      this.showEnd(playing);
    });
  }

  private showEnd(playing: Playing): void {
    playing.endShown = true;
    void this.end.show(playing);
  }

  private render(): void {
    const playing = this.playing;
    if (!playing) return;
    const view = playing.session.view;
    playing.view.render(view);
    this.shell.stage.current?.show(view);
    const problems = view.state.problems;
    if (problems.length > 0)
      this.shell.notices.only(
        `This scenario has a fault (${problems.at(-1)}). Your progress is saved; you can carry on or restart it.`,
      );
    if (view.finished && playing.result && !playing.endShown) this.showEnd(playing);
    else this.end.follow(playing);
  }

  /** Start a new attempt replayed to an earlier decision, to try another choice there. */
  private async replayFrom(
    scenario: Scenario,
    path: readonly number[],
    seed: number,
  ): Promise<void> {
    await loadInk();
    const replay = Session.replay(scenario, path, seed);
    if (!replay.ok) {
      this.shell.notices.notify(
        `That attempt can no longer be replayed in this version of the scenario (${replay.error}).`,
      );
      return;
    }
    this.shell.notices.clear();
    const route: Route = { view: 'play', scenario: scenario.id };
    pushRoute(route);
    void this.begin(scenario, true, replay.session);
  }

  /** A new attempt at the scenario in play; the learner confirms first if choices would be lost. */
  private async restart(): Promise<void> {
    const playing = this.playing;
    if (!playing) return;
    const made = playing.session.path.length;
    if (!playing.result && made > 0) {
      // The question's code is not needed before the first choice: it loads when first asked.
      const sure = await import('./confirm.ts').then(
        ({ askToRestart }) => askToRestart(made),
        (error: unknown) => {
          this.shell.notices.offerRetry(
            'load:restart',
            'Restarting',
            'Your progress is saved; you can carry on.',
            () => void this.restart(),
            error,
          );
          return false;
        },
      );
      if (!sure || this.playing !== playing) {
        playing.view.focusChoices();
        return;
      }
    }
    this.saves.clear(playing.scenario.id);
    if (playing.result) this.shell.navigate({ view: 'play', scenario: playing.scenario.id });
    else void this.begin(playing.scenario, true);
  }

  private async openChainMap(): Promise<void> {
    const playing = this.playing;
    if (!playing) return;
    await this.chainMap.open(
      () => playing.session.view,
      () => this.playing === playing,
    );
  }
}
