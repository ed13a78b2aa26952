/**
 * The application shell: it routes between the menu, a scenario in play and
 * its report, owns the session and its save, and keeps the canvas stage (a
 * separate chunk with Phaser) in step with the DOM, which never waits for it.
 */
import { CATALOGUE, loadScenario } from '../../scenarios.ts';
import { excerpt, isScenarioId } from '../../sim/story/scenario-id.ts';
import { chosenIdentities, SAVE_VERSION, type Save } from '../../sim/session/save.ts';
import { resume } from '../../sim/session/resume.ts';
import { Session } from '../../sim/session/session.ts';
import type { Scenario } from '../../sim/story/scenario.ts';
import { h } from './dom.ts';
import { renderMenu } from './menu-view.ts';
import { PlayView } from '../play/play-view.ts';
import { saveKey, SaveStore, storedRecord, type StoredSave } from '../storage/save-store.ts';
import { keptAsideNotice } from '../storage/kept-aside.ts';
import { ResultsStore } from '../storage/results-store.ts';
import { resultOf, type Result } from '../../sim/evidence/result.ts';
import type { Stage } from '../../stage/stage-types.ts';
import type { SoundHooks } from '../settings/deferred-sound.ts';
import type { ClassMode } from '../classroom/class-mode.ts';
import { askToConfirm } from './confirm.ts';
import { entriesBefore, routeOf, sameRoute, urlOf, type Route } from './route.ts';
import { attemptKey } from '../storage/results-store.ts';
import type { Reporter } from '../../lms/reporter.ts';
import { loadTrouble, stageTroubleNotice } from './load-trouble.ts';
import type { TabClaim, TabState } from '../storage/tab-claim.ts';

/**
 * The seed of a new attempt: the order its options are shown in. Random, unless
 * the address names one (`?seed=42`), so a tutor's class or a test sees one order.
 */
/** A scenario's title for a message, from the catalogue (the id if it is not listed). */
const titleOf = (id: string): string =>
  CATALOGUE.find((entry) => entry.id === id)?.meta.title ?? id;

function newSeed(): number {
  const named = new URLSearchParams(location.search).get('seed');
  if (named && /^[1-9]\d{0,8}$/.test(named)) return Number(named);
  return Math.floor(Math.random() * 2 ** 31) + 1;
}

export interface AppOptions {
  readonly root: HTMLElement;
  readonly stageHost: HTMLElement;
  /** Where the stage waits when no scenario is in play. */
  readonly stageParking: HTMLElement;
  readonly title: HTMLElement;
  /** The top bar's buttons, where the "Pause / menu" button sits during play. */
  readonly actions: HTMLElement;
  readonly storage: Storage;
  /** False when the storage is memory only (the page may not use the browser's storage). */
  readonly persistent?: boolean;
  /** Start the stage; `onTrouble` is called when its pictures cannot be drawn. */
  readonly loadStage: (onTrouble: (error: unknown) => void) => Promise<Stage>;
  readonly sound: SoundHooks;
  /** A learning platform (LMS) to report to and resume from, when the game was launched by one. */
  readonly reporter?: Reporter;
}

interface Playing {
  readonly scenario: Scenario;
  session: Session;
  view: PlayView;
  startedAt: string;
  /** Set when the scenario has finished: the kept attempt and its end screen. */
  result?: Result;
  endShown?: boolean;
  /** The save is removed only once the report is on screen (its chunk may fail to load). */
  clearOnReport?: boolean;
}

export class App {
  private playing: Playing | null = null;
  private readonly saves: SaveStore;
  /** Scenarios whose unusable save could not be copied aside: held until the learner decides. */
  private readonly held = new Set<string>();
  private readonly results: ResultsStore;
  private stage: Stage | null = null;
  private stageLoading: Promise<void> | null = null;
  /** Said beside the stage when it or its pictures could not load. */
  private stageTrouble: HTMLElement | null = null;
  private readonly notices: HTMLElement;
  /** Said once, on every screen, when nothing will be kept after the page closes. */
  private readonly storageNotice: HTMLElement | null;
  private readonly pause: HTMLDialogElement;
  private readonly chainDialog: HTMLDialogElement;
  /** Classroom mode, while a tutor is in it (loaded when first asked for). */
  private classMode: ClassMode | null = null;
  private readonly pauseButton: HTMLButtonElement;
  /** This tab's claim on the scenario in play: only one tab saves a scenario at a time. */
  private claim: { readonly scenarioId: string; readonly tab: TabClaim } | null = null;

  constructor(private readonly options: AppOptions) {
    this.saves = new SaveStore(options.storage);
    this.results = new ResultsStore(options.storage);
    this.notices = h('div', { className: 'notices', role: 'alert' });
    this.storageNotice =
      options.persistent === false
        ? h(
            'p',
            { className: 'notice storage-notice', role: 'status' },
            'This page cannot use your browser’s storage, so your progress will not be kept after you close it. You can still play.',
          )
        : null;
    this.pause = this.buildPauseDialog();
    this.chainDialog = h('dialog', {
      className: 'chain-dialog',
      'aria-label': 'Service chain map',
    });
    document.body.append(this.pause, this.chainDialog);
    // Esc pauses too, but a learner on a phone or with a mouse needs to see the way out.
    this.pauseButton = h(
      'button',
      {
        type: 'button',
        className: 'topbar-button pause-button',
        hidden: true,
        'aria-haspopup': 'dialog',
        onclick: () => this.pause.showModal(),
      },
      'Pause / menu',
    );
    options.actions.prepend(this.pauseButton);
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener(
      'popstate',
      () => void this.show(routeOf(new URL(location.href)), true),
    );
    options.reporter?.listen((message) => this.notify(message, [], 'lms'));
    // Without Web Locks, another tab's save of the scenario in play is how it is noticed.
    window.addEventListener('storage', (event) => {
      const claim = this.claim;
      if (claim && event.key === saveKey(claim.scenarioId) && event.newValue !== null)
        claim.tab.otherTabSaved();
    });
  }

  /**
   * Open the screen the address names. A first visit straight to a scenario or
   * a report gets the menu (and the scenario) put behind it in the history,
   * so the browser's Back button always lands on a screen of this app.
   */
  async start(url: URL): Promise<void> {
    const join = url.searchParams.get('join');
    if (join !== null) {
      const { LearnerView } = await import('../classroom/learner-view.ts');
      this.options.title.textContent = 'Join a class';
      this.setMain(new LearnerView(this.options.storage, join.slice(0, 6)).element);
      return;
    }
    const teach = url.searchParams.get('teach');
    if (teach !== null) return this.teach(isScenarioId(teach) ? teach : undefined);
    if (url.searchParams.get('view') === 'class-results') return this.showClassResults();
    const route = routeOf(url);
    const behind = entriesBefore(route);
    // A reload (or a return from another site) finds its entries already in place.
    const known = (history.state as { route?: Route } | null)?.route;
    if (known && sameRoute(known, route)) return this.show(route);
    if (behind.length > 0) {
      history.replaceState({ route: behind[0] }, '', urlOf(behind[0]!, url));
      for (const entry of [...behind.slice(1), route])
        history.pushState({ route: entry }, '', urlOf(entry, url));
    } else history.replaceState({ route }, '', url);
    await this.show(route);
  }

  /** Go to a screen as a new history entry, so Back returns here. */
  private navigate(route: Route): void {
    if (!sameRoute(route, routeOf(new URL(location.href))))
      history.pushState({ route }, '', urlOf(route, new URL(location.href)));
    void this.show(route);
  }

  /** Show the screen for a route without touching the history (a first visit, Back or Forward). */
  private async show(route: Route, fromHistory = false): Promise<void> {
    if (route.view === 'menu') return this.showMenu();
    // Checked before any lookup: the address bar can hold anything.
    if (!isScenarioId(route.scenario))
      return this.showMenu(
        `"${excerpt(route.scenario)}" is not the name of a scenario. Choose one from the list.`,
      );
    if (route.view === 'report') return this.showAttempt(route.scenario, route.attempt);
    const playing = this.playing;
    // Back from a report to its scenario: the attempt is kept, so this is a new one.
    if (playing?.scenario.id === route.scenario && !playing.result) return;
    const finishedHere = playing?.scenario.id === route.scenario && playing.result;
    await this.open(route.scenario);
    if (finishedHere && fromHistory && this.playing)
      this.notify('Your finished attempt is kept: reopen it from "Your attempts" on the menu.');
  }

  private setMain(...children: HTMLElement[]): void {
    this.options.root.replaceChildren(
      ...(this.storageNotice ? [this.storageNotice] : []),
      this.notices,
      ...children,
    );
  }

  /**
   * Show a notice; one with a `key` replaces the earlier notice with that key,
   * never stacks, and the same words again leave it as it is (not announced again).
   */
  private notify(message: string, actions: HTMLElement[] = [], key?: string): HTMLElement {
    const same = key ? this.notices.querySelector<HTMLElement>(`[data-notice="${key}"]`) : null;
    if (same && actions.length === 0 && same.textContent === message) return same;
    const notice = h(
      'div',
      { className: 'notice', 'data-notice': key },
      h('p', {}, message),
      ...actions,
    );
    const earlier = key
      ? [...this.notices.children].find((child) => child.getAttribute('data-notice') === key)
      : undefined;
    if (earlier) earlier.replaceWith(notice);
    else this.notices.append(notice);
    return notice;
  }

  /** Leave the scenario in play (for the menu, a class, the results page): another tab may have it. */
  private stopPlaying(): void {
    this.playing = null;
    this.claim?.tab.release();
    this.claim = null;
  }

  /** Whether this tab may write the scenario's save (no other tab is playing it). */
  private get savesHere(): boolean {
    return this.claim?.tab.saves ?? true;
  }

  /**
   * Claim the scenario for this tab, once per scenario opened (a restart keeps
   * the claim). Loaded beside the first choice, not before it; if it cannot
   * load, the tab plays and saves as if alone.
   */
  private claimScenario(scenarioId: string): void {
    if (this.claim?.scenarioId === scenarioId) return;
    this.claim?.tab.release();
    this.claim = null;
    void import('../storage/tab-claim.ts').then(
      ({ TabClaim }) => {
        if (this.playing?.scenario.id !== scenarioId || this.claim) return;
        const tab = new TabClaim(scenarioId, navigator.locks, (state) => this.onTabState(state));
        this.claim = { scenarioId, tab };
        void tab.claim();
      },
      (error: unknown) => console.warn('Two-tab detection could not load:', error),
    );
  }

  /**
   * Another tab plays this scenario: this one stops saving and taking choices,
   * and says so. Taking over carries on from the last choice saved there.
   */
  private onTabState(state: TabState): void {
    const playing = this.playing;
    if (!playing) return;
    playing.view.element.inert = state !== 'here';
    if (state === 'here') {
      this.dismiss('tab');
      this.begin(playing.scenario);
      return;
    }
    void import('../storage/tab-notice.ts').then(({ tabNotice }) => {
      if (this.playing !== playing || this.claim?.tab.state !== state) return;
      const notice = tabNotice(state, {
        playHere: () => void this.claim?.tab.takeOver(),
        menu: () => this.navigate({ view: 'menu' }),
      });
      this.notify(notice.message, notice.actions, 'tab');
      notice.actions[0]?.focus();
    });
  }

  /** Remove the notice with this key, if one is showing. */
  private dismiss(key: string): void {
    this.notices.querySelector(`[data-notice="${key}"]`)?.remove();
  }

  /** Say plainly that a part did not load, with a Try again button that takes the focus. */
  private offerRetry(
    key: string,
    what: string,
    kept: string,
    retry: () => void,
    error: unknown,
  ): void {
    const trouble = loadTrouble({ what, kept, retry, error });
    this.notify(trouble.message, trouble.actions, key);
    trouble.actions[0]?.focus();
  }

  /** Put the stage (and what is said when it could not load) in a place on the page. */
  private placeStage(parent: HTMLElement): void {
    parent.append(this.options.stageHost);
    if (this.stageTrouble) parent.append(this.stageTrouble);
  }

  /** Classroom mode: the tutor's screens on the projector, loaded when first asked for. */
  async teach(id?: string): Promise<void> {
    this.stopPlaying();
    this.pauseButton.hidden = true;
    this.options.sound.stop();
    this.placeStage(this.options.stageParking);
    const [{ ClassMode }, live] = await Promise.all([
      import('../classroom/class-mode.ts'),
      import('../classroom/live-votes.ts'),
    ]);
    const phones = await live.serverAvailable();
    this.classMode?.dispose();
    const mode = new ClassMode({
      entries: CATALOGUE,
      show: (...children) => {
        this.notices.replaceChildren();
        this.setMain(...children);
      },
      menu: () => this.showMenu(),
      setTitle: (text) => (this.options.title.textContent = text),
      ...(phones
        ? {
            connectLive: (scenario: Scenario, seed: number) =>
              live.connectLive(scenario, seed, this.options.storage),
            resumeLive: (scenarioId: string) => live.resumeLive(scenarioId, this.options.storage),
          }
        : {}),
    });
    this.classMode = mode;
    if (id) await mode.intro(id);
    else mode.choose();
  }

  showMenu(notice?: string): void {
    this.classMode?.dispose();
    this.classMode = null;
    this.stopPlaying();
    this.pauseButton.hidden = true;
    this.notices.replaceChildren();
    this.options.title.textContent = 'Northway Home · Customer Service';
    this.stage?.showTitle();
    this.options.sound.stop();
    this.placeStage(this.options.stageParking);
    this.stage?.refresh();
    // A screen that could not be opened leaves its address; the menu takes it over.
    const here = new URL(location.href);
    here.searchParams.delete('teach');
    if (routeOf(here).view !== 'menu' || here.href !== location.href)
      history.replaceState({ route: { view: 'menu' } }, '', urlOf({ view: 'menu' }, here));
    const stored = this.results.read();
    this.setMain(
      renderMenu({
        entries: CATALOGUE,
        results: stored.results,
        open: (id) => this.navigate({ view: 'play', scenario: id }),
        classResults: () => void this.showClassResults(),
        openAttempt: (result) =>
          this.navigate({
            view: 'report',
            scenario: result.scenarioId,
            attempt: result.finishedAt,
          }),
        teach: () => void this.teach(),
        ...(notice ? { notice } : {}),
      }),
    );
    // One damaged record costs that attempt only, and the learner is told which.
    if (stored.problems.length > 0)
      this.notify(
        `Some of your kept results could not be read: ${stored.problems.slice(0, 5).join('; ')}${stored.problems.length > 5 ? `; and ${stored.problems.length - 5} more` : ''}.`,
        [],
        'results-damaged',
      );
    document.getElementById('menu-heading')?.focus();
    void this.ensureStage();
  }

  /** The tutor's class results page: its own chunk, loaded only when asked for. */
  private async showClassResults(): Promise<void> {
    this.stopPlaying();
    this.notices.replaceChildren();
    const url = new URL(location.href);
    url.searchParams.delete('scenario');
    url.searchParams.set('view', 'class-results');
    history.replaceState(null, '', url);
    const page = h('div', { className: 'class-results-root' });
    this.setMain(page);
    const { renderClassResults } = await import('../classroom/class-results-view.ts');
    await renderClassResults({ root: page, menu: () => this.showMenu() });
  }

  async open(id: string): Promise<void> {
    const loaded = await loadScenario(id);
    if (loaded.state === 'missing')
      return this.showMenu(`There is no scenario called "${id}". Choose one from the list.`);
    if (loaded.state === 'error') {
      this.showMenu();
      this.offerRetry(
        'load:scenario',
        `The scenario “${titleOf(id)}”`,
        'Any progress you saved in it is kept on this device.',
        () => this.navigate({ view: 'play', scenario: id }),
        loaded.error,
      );
      return;
    }
    this.notices.replaceChildren();
    this.begin(loaded.scenario);
  }

  /**
   * A finished attempt's end screen again (report, reflection, evidence), from
   * the menu's "Your attempts" or after a reload: its path is replayed, so the
   * transcript and report are exactly those of the attempt.
   */
  private async showAttempt(id: string, finishedAt: string): Promise<void> {
    const result = this.results.forScenario(id).find((r) => r.finishedAt === finishedAt);
    if (!result) return this.showMenu('That attempt is not kept on this device any more.');
    const loaded = await loadScenario(id);
    if (loaded.state === 'missing')
      return this.showMenu(`The scenario "${id}" could not be loaded to show that attempt.`);
    if (loaded.state === 'error') {
      this.showMenu();
      this.offerRetry(
        'load:scenario',
        `The report of your attempt at “${titleOf(id)}”`,
        'The attempt is kept on this device.',
        () => this.navigate({ view: 'report', scenario: id, attempt: finishedAt }),
        loaded.error,
      );
      return;
    }
    const replay = Session.replay(loaded.scenario, result.path, result.seed ?? 1);
    if (!replay.ok || !replay.session.view.finished)
      return this.showMenu(
        'That attempt was played in an earlier version of this scenario and can no longer be shown in full. Its bands are still on the scenario card.',
      );
    const current = this.playing;
    if (current?.result && attemptKey(current.result) === attemptKey(result)) return;
    this.notices.replaceChildren();
    this.begin(loaded.scenario, true, replay.session, result);
  }

  private begin(scenario: Scenario, fresh = false, from?: Session, finished?: Result): void {
    if (finished) this.stopPlaying();
    else this.claimScenario(scenario.id);
    const now = new Date().toISOString();
    let session = from ?? Session.start(scenario, newSeed());
    let startedAt = now;
    // A record the LMS kept comes first, and goes through the same checks as a save on the device.
    const record = fresh || from ? null : (this.options.reporter?.resume() ?? null);
    const stored: StoredSave =
      fresh || from
        ? { state: 'none' }
        : record !== null
          ? storedRecord(record)
          : this.saves.read(scenario.id);
    if (stored.state === 'damaged') {
      this.keepAside(scenario.id, stored.text, `could not be read (${stored.error})`, []);
    } else if (stored.state === 'loaded') {
      const resumed = resume(scenario, stored.save);
      if (resumed.ok) {
        session = resumed.session;
        startedAt = stored.save.startedAt;
        if (resumed.storyChanged)
          this.notify(
            'This scenario has been updated since you saved. Your choices still mean the same, so you carry on where you were.',
          );
        if (stored.repairs.length > 0)
          this.notify(
            `Your saved progress was in an older format and has been upgraded: ${stored.repairs.join('; ')}.`,
          );
      } else {
        this.keepAside(scenario.id, stored.text, `cannot be resumed: ${resumed.reason}`, [
          ...stored.repairs,
        ]);
      }
    }
    this.options.title.textContent = scenario.meta.title;
    const view = new PlayView(scenario.meta, {
      choose: (index, decision) => this.choose(index, decision),
    });
    view.element.inert = !this.savesHere;
    this.playing = {
      scenario,
      session,
      view,
      startedAt,
      ...(finished ? { result: finished } : {}),
    };
    this.pauseButton.hidden = Boolean(finished);
    // A save that reaches an ending is an attempt whose report never showed: show it now.
    if (!finished && session.view.finished)
      this.finish(this.playing, this.keptResult(this.playing));
    else if (!finished) this.options.reporter?.began(session.view);
    if (from && !finished) this.persist(this.playing);
    this.setMain(view.element);
    view.chainButton.addEventListener('click', () => void this.openChainMap());
    this.placeStage(view.stageSlot);
    this.stage?.refresh();
    this.render();
    if (!finished) view.focusChoices();
    this.options.sound.onView(null, session.view);
    void this.ensureStage();
  }

  private async ensureStage(): Promise<void> {
    this.stageLoading ??= this.options
      .loadStage((error) => this.showStageTrouble(error))
      .then((stage) => {
        this.stage = stage;
      })
      .catch((error: unknown) => this.showStageTrouble(error));
    await this.stageLoading;
    if (this.playing) this.stage?.show(this.playing.session.view);
    else this.stage?.showTitle();
  }

  /**
   * The DOM carries everything a learner needs; the canvas is decoration. When
   * it or its pictures cannot load, the canvas is hidden (never a blank box)
   * and the learner is told, with a Try again.
   */
  private showStageTrouble(error: unknown): void {
    console.warn('The illustrated stage could not load:', error);
    const host = this.options.stageHost;
    host.hidden = true;
    if (this.stageTrouble) return;
    this.stageTrouble = stageTroubleNotice(() => {
      this.stageTrouble?.remove();
      this.stageTrouble = null;
      host.hidden = false;
      // The chunk failed: load it again. Only a picture failed: draw again.
      if (!this.stage) this.stageLoading = null;
      void this.ensureStage();
    });
    host.after(this.stageTrouble);
  }

  private choose(index: number, decision: number): void {
    const playing = this.playing;
    // A choice belongs to the decision it was shown for; that one may have been answered already.
    if (!playing || decision !== playing.session.path.length || !this.savesHere) return;
    const before = playing.session.view;
    const result = playing.session.choose(index);
    if (!result.ok) return;
    this.options.sound.onChoice();
    this.options.sound.onView(before, playing.session.view);
    this.persist(playing);
    if (playing.session.view.finished) this.finish(playing);
    this.render();
    if (!playing.session.view.finished) playing.view.focusChoices();
  }

  /**
   * Keep the finished attempt. Its save goes once the report is on screen, so
   * the scenario starts afresh next time; if the report cannot load, the save
   * and the kept result both remain.
   */
  private finish(playing: Playing, kept?: Result): void {
    playing.result =
      kept ?? resultOf(playing.session.view, playing.startedAt, new Date().toISOString());
    if (!kept && !this.results.add(playing.result)) {
      this.notify(
        'This attempt could not be kept on this device (storage is full or blocked); export it from the report.',
      );
    }
    if (!kept) this.options.reporter?.finished(playing.session.view, playing.result);
    playing.clearOnReport = true;
    this.pauseButton.hidden = true;
    // The report gets its own address: Back returns to the scenario, a reload shows the report.
    const route: Route = {
      view: 'report',
      scenario: playing.scenario.id,
      attempt: playing.result.finishedAt,
    };
    history.pushState({ route }, '', urlOf(route, new URL(location.href)));
  }

  /** The kept result of the attempt in play, if it was kept before its report could show. */
  private keptResult(playing: Playing): Result | undefined {
    const path = playing.session.path.join();
    return this.results
      .forScenario(playing.scenario.id)
      .find((result) => result.startedAt === playing.startedAt && result.path.join() === path);
  }

  /** Start a new attempt replayed to an earlier decision, to try another choice there. */
  private replayFrom(scenario: Scenario, path: readonly number[], seed: number): void {
    const replay = Session.replay(scenario, path, seed);
    if (!replay.ok) {
      this.notify(
        `That attempt can no longer be replayed in this version of the scenario (${replay.error}).`,
      );
      return;
    }
    this.notices.replaceChildren();
    const route: Route = { view: 'play', scenario: scenario.id };
    history.pushState({ route }, '', urlOf(route, new URL(location.href)));
    this.begin(scenario, true, replay.session);
  }

  /**
   * Move a save that cannot be resumed aside and tell the learner. If no copy
   * can be written, the original is held: nothing saves over it until the
   * learner downloads or discards it.
   */
  private keepAside(
    scenarioId: string,
    text: string,
    why: string,
    repairs: readonly string[],
  ): void {
    const kept = this.saves.quarantine(scenarioId, text);
    if (!kept.ok) this.held.add(scenarioId);
    const notice = keptAsideNotice({
      scenarioId,
      why,
      repairs,
      text,
      kept,
      release: (how) => {
        this.held.delete(scenarioId);
        this.saves.discard(scenarioId);
        const playing = this.playing;
        if (playing?.scenario.id === scenarioId && !playing.session.view.finished)
          this.persist(playing);
        this.notify(
          `${how === 'downloaded' ? 'Downloaded' : 'Discarded'}. Your progress in this scenario is saved again from here.`,
          [],
          'kept-aside',
        );
      },
    });
    this.notify(notice.message, notice.actions, 'kept-aside');
  }

  /** Remove a scenario's save, unless it is held for the learner to decide about. */
  private clearSave(scenarioId: string): void {
    if (!this.held.has(scenarioId) && this.savesHere) this.saves.clear(scenarioId);
  }

  private persist(playing: Playing): void {
    // An unusable save the learner has not yet downloaded or discarded is never overwritten,
    // nor one another tab is playing.
    if (this.held.has(playing.scenario.id) || !this.savesHere) return;
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
    this.options.reporter?.saved(playing.session.view, save);
    if (!this.saves.write(save)) {
      this.notify(
        'Your progress could not be saved on this device (storage is full or blocked). You can keep playing.',
        [],
        'save-failed',
      );
    }
  }

  private render(): void {
    const playing = this.playing;
    if (!playing) return;
    const view = playing.session.view;
    playing.view.render(view);
    this.stage?.show(view);
    const problems = view.state.problems;
    if (problems.length > 0) {
      this.notices.replaceChildren(
        h(
          'div',
          { className: 'notice' },
          h(
            'p',
            {},
            `This scenario has a fault (${problems.at(-1)}). Your progress is saved; you can carry on or restart it.`,
          ),
        ),
      );
    }
    if (view.finished && playing.result && !playing.endShown) {
      playing.endShown = true;
      void this.showEnd(playing);
    }
  }

  /** The end of a scenario (self-rating, report, reflection, evidence), loaded when it is reached. */
  private async showEnd(playing: Playing): Promise<void> {
    const loaded = await import('../report/end-of-scenario.ts').catch((error: unknown) => {
      if (this.playing === playing)
        this.offerRetry(
          'load:report',
          'Your report',
          'Your attempt is kept on this device.',
          () => void this.showEnd(playing),
          error,
        );
      return null;
    });
    if (!loaded) return;
    const { renderEndOfScenario } = loaded;
    const view = playing.session.view;
    if (this.playing !== playing || !playing.result) return;
    this.dismiss('load:report');
    const scenario = playing.scenario;
    const end = renderEndOfScenario({
      view,
      result: playing.result,
      store: this.results,
      events: {
        replay: () => void this.restart(),
        menu: () => this.navigate({ view: 'menu' }),
        replayFrom: ({ path, seed }) => this.replayFrom(scenario, path, seed ?? view.seed),
      },
      notify: (message) => this.notify(message),
    });
    // Added after the conversation, not re-attached with it: re-attaching would
    // scroll the transcript back to its first line, away from the ending.
    playing.view.element.after(end.element);
    playing.view.element.classList.add('finished');
    end.focus({ preventScroll: true });
    playing.view.showEnding();
    if (playing.clearOnReport) this.clearSave(scenario.id);
  }

  /** A new attempt at the scenario in play; the learner confirms first if choices would be lost. */
  private async restart(): Promise<void> {
    const playing = this.playing;
    if (!playing) return;
    const made = playing.session.path.length;
    if (!playing.result && made > 0) {
      const sure = await askToConfirm({
        title: 'Restart this scenario?',
        body: `You will lose the ${made === 1 ? 'choice' : `${made} choices`} you have made in this attempt, its transcript and the scenario time so far, and start again from the beginning. Finished attempts and their reports are kept.`,
        confirm: 'Restart and lose my choices',
        cancel: 'Keep playing',
      });
      if (!sure || this.playing !== playing) {
        playing.view.focusChoices();
        return;
      }
    }
    this.clearSave(playing.scenario.id);
    if (playing.result) this.navigate({ view: 'play', scenario: playing.scenario.id });
    else this.begin(playing.scenario, true);
  }

  /** The chain as it stands now, in a dialog; rebuilt each time so it shows the latest state. */
  private async openChainMap(): Promise<void> {
    const playing = this.playing;
    if (!playing) return;
    // The map is loaded when first asked for, so it never delays the first choice.
    const modules = await Promise.all([
      import('../chain-map/chain-map.ts'),
      import('../../sim/chain/chain.ts'),
    ]).catch((error: unknown) => {
      if (this.playing === playing)
        this.offerRetry(
          'load:chain-map',
          'The service chain map',
          'Your progress is saved; you can carry on without it.',
          () => void this.openChainMap(),
          error,
        );
      return null;
    });
    if (!modules || this.playing !== playing) return;
    this.dismiss('load:chain-map');
    const [{ renderChainMap }, { buildChain }] = modules;
    const chain = buildChain(playing.scenario.meta, playing.session.view.state);
    this.chainDialog.replaceChildren(
      renderChainMap(chain, { onClose: () => this.chainDialog.close() }),
    );
    this.chainDialog.showModal();
  }

  private buildPauseDialog(): HTMLDialogElement {
    const close = () => dialog.close();
    const dialog = h(
      'dialog',
      { className: 'pause', 'aria-labelledby': 'pause-heading' },
      h('h2', { id: 'pause-heading' }, 'Paused'),
      h('p', {}, 'Your progress is saved after every choice.'),
      h('button', { type: 'button', onclick: close }, 'Resume'),
      h(
        'button',
        { type: 'button', onclick: () => (close(), void this.openChainMap()) },
        'Show the service chain map',
      ),
      h(
        'button',
        { type: 'button', onclick: () => (close(), void this.restart()) },
        'Restart this scenario',
      ),
      h(
        'button',
        { type: 'button', onclick: () => (close(), this.navigate({ view: 'menu' })) },
        'Back to scenarios',
      ),
    );
    return dialog;
  }

  private onKey(event: KeyboardEvent): void {
    if (document.querySelector('dialog[open]') || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (this.classMode) {
      this.classMode.handleKey(event);
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    if (event.key === 'Escape' && this.playing && !this.playing.result) {
      event.preventDefault();
      this.pause.showModal();
      return;
    }
    // Number keys can be switched off in the settings (WCAG 2.1.4, character key shortcuts).
    const keysOn = document.documentElement.getAttribute('data-choice-keys') !== 'off';
    if (
      /^[1-9]$/.test(event.key) &&
      keysOn &&
      this.playing &&
      !this.playing.session.view.finished
    ) {
      // The number on screen is the option's place in this attempt's order.
      if (this.playing.view.keyChoice(Number(event.key) - 1, event.repeat)) event.preventDefault();
    }
  }
}
