/**
 * The application shell: it routes between the menu, a scenario in play and
 * its report (the address is the only thing Back, Forward and a reload know),
 * the classroom screens and the class results page. The parts it composes
 * each do one job: `scenario-play.ts` (a scenario in play), `save-keeper.ts`
 * (its save), `scenario-end.ts` (the end screen), `stage-holder.ts` (the
 * canvas, a separate chunk with Phaser, which the DOM never waits for),
 * `classroom-screens.ts`, `notices.ts`, `pause-dialog.ts`, `chain-map-dialog.ts`,
 * `tab-guard.ts`, `first-visit-entries.ts` (the history behind a first visit).
 */
import { showTitle } from './screen-title.ts';
import { loadScenario } from '../../scenario-loader.ts';
import { excerpt, isScenarioId } from '../../sim/story/scenario-id.ts';
import { Session } from '../../sim/session/session.ts';
import { loadInk } from '../../sim/story/load-ink.ts';
import { h } from './dom.ts';
import { keepStateAtFragments, pushRoute, replaceEntry } from './history-entries.ts';
import { modifiedOrInDialog, typedInField } from './key-guard.ts';
import { attemptKey } from '../storage/result-keeper.ts';
import type { ResultsStore } from '../storage/results-store.ts';
import type { ClassroomScreens } from './classroom-screens.ts';
import { firstScreenShown } from './first-screen.ts';
import { firstScreenHandover } from '../play/first-screen-layer.ts';
import { FirstVisitEntries } from './first-visit-entries.ts';
import { opensClassroom, routeOf, sameRoute, urlOf, type Route } from './route.ts';
import { Notices } from './notices.ts';
import { ScenarioPlay } from './scenario-play.ts';
import type { AppOptions, Shell } from './shell-context.ts';
import { StageHolder } from './stage-holder.ts';

export type { AppOptions } from './shell-context.ts';

/** A scenario's title for a message, from the catalogue (the id if it is not listed or cannot load). */
const titleOf = (id: string): Promise<string> =>
  import('../../scenarios.ts').then(
    ({ CATALOGUE }) => CATALOGUE.find((entry) => entry.id === id)?.meta.title ?? id,
    () => id,
  );

export class App implements Shell {
  readonly notices = new Notices((element) => this.options.root.prepend(element));
  readonly stage: StageHolder;
  private resultsStore: Promise<ResultsStore> | null = null;
  /** Counts the screens opened, so a menu that loads slowly never covers a later screen. */
  private screens = 0;
  private readonly play: ScenarioPlay;
  /** Said once, on every screen, when nothing will be kept after the page closes. */
  private readonly storageNotice: HTMLElement | null;
  /** A first visit's history entries (the menu behind a scenario), and a fragment link's meanwhile. */
  private readonly entries = new FirstVisitEntries();
  /** The route whose screen is being opened, until it is shown or another screen is opened. */
  private opening: Route | null = null;
  /** Made when a classroom screen is first opened: its code is not needed for the first choice. */
  private classroom: ClassroomScreens | null = null;

  constructor(readonly options: AppOptions) {
    this.stage = new StageHolder(
      options.stageHost,
      options.loadStage,
      () => this.play.current?.session.view ?? null,
    );
    this.storageNotice =
      options.persistent === false
        ? h(
            'p',
            { className: 'notice storage-notice', role: 'status' },
            'This page cannot use your browser’s storage, so your progress will not be kept after you close it. You can still play.',
          )
        : null;
    this.play = new ScenarioPlay(this);
    document.addEventListener('keydown', (event) => this.onKey(event));
    // A fragment reached by hand, or by the skip link, is no first visit on a reload.
    keepStateAtFragments();
    window.addEventListener('popstate', () => {
      const route = routeOf(new URL(location.href));
      // A fragment link (the page's "Skip to the conversation") is a history entry of the same
      // route: opening it again would abandon the opening under way, and over the page's first
      // screen the press made there with it (between begin's steps).
      if (this.opening && sameRoute(route, this.opening)) return;
      void this.show(route, true);
    });
    options.reporter?.listen((message) => this.notices.notify(message, [], 'lms'));
  }

  /**
   * Open the screen the address names. A first visit straight to a scenario or
   * a report gets the menu (and the scenario) put behind it in the history,
   * so the browser's Back button always lands on a screen of this app.
   */
  async start(url: URL): Promise<void> {
    await this.openFirst(url).finally(firstScreenShown);
  }

  private async openFirst(url: URL): Promise<void> {
    if (opensClassroom(url.searchParams)) {
      const screens = await this.classroomScreens();
      const join = url.searchParams.get('join');
      if (join !== null) return screens.join(join);
      const teach = url.searchParams.get('teach');
      if (teach !== null) return screens.teach(isScenarioId(teach) ? teach : undefined);
      return screens.classResults();
    }
    const route = routeOf(url);
    await this.entries.showFirst(
      route,
      url,
      () => route.view === 'play' && !!firstScreenHandover(this.options.root, route.scenario),
      () => this.show(route),
    );
  }

  /** Go to a screen as a new history entry, so Back returns here. */
  navigate(route: Route): void {
    this.entries.flush();
    if (!sameRoute(route, routeOf(new URL(location.href)))) pushRoute(route);
    void this.show(route);
  }

  /** Show the screen for a route without touching the history (a first visit, Back or Forward). */
  private async show(route: Route, fromHistory = false): Promise<void> {
    this.opening = route;
    try {
      await this.showRoute(route, fromHistory);
    } finally {
      if (this.opening === route) this.opening = null;
    }
  }

  private async showRoute(route: Route, fromHistory: boolean): Promise<void> {
    // Any of the app's own screens leaves the classroom's: its connections stop.
    this.classroom?.dispose();
    if (route.view === 'menu') return this.showMenu();
    // Checked before any lookup: the address bar can hold anything.
    if (!isScenarioId(route.scenario))
      return this.showMenu(
        `"${excerpt(route.scenario)}" is not the name of a scenario. Choose one from the list.`,
      );
    if (route.view === 'report') return this.showAttempt(route.scenario, route.attempt);
    const playing = this.play.current;
    // Back from a report to its scenario: the attempt is kept, so this is a new one.
    if (playing?.scenario.id === route.scenario && !playing.result) return;
    const finishedHere = playing?.scenario.id === route.scenario && playing.result;
    await this.open(route.scenario);
    if (finishedHere && fromHistory && this.play.current)
      this.notices.notify(
        'Your finished attempt is kept: reopen it from "Your attempts" on the menu.',
      );
  }

  setMain(...children: HTMLElement[]): void {
    this.options.root.replaceChildren(
      ...(this.storageNotice ? [this.storageNotice] : []),
      this.notices.element,
      ...children,
    );
  }

  adoptMain(element: HTMLElement): void {
    const root = this.options.root;
    if (element.parentElement !== root) return this.setMain(element);
    // What else the page put there (its script) goes; the element stays where it is.
    for (const child of [...root.children]) if (child !== element) child.remove();
    element.before(...(this.storageNotice ? [this.storageNotice] : []), this.notices.element);
  }

  results(): Promise<ResultsStore> {
    this.resultsStore ??= import('../storage/results-store.ts').then(
      ({ ResultsStore }) => new ResultsStore(this.options.storage),
      (error: unknown) => {
        this.resultsStore = null;
        throw error;
      },
    );
    return this.resultsStore;
  }

  /** The menu of scenarios, with the learner's kept attempts (its code is loaded when first shown). */
  async showMenu(notice?: string): Promise<void> {
    const screen = ++this.screens;
    this.classroom?.dispose();
    this.play.stop();
    this.notices.clear();
    showTitle(this.options.title, 'Northway Home · Customer Service');
    this.stage.current?.showTitle();
    this.options.sound.stop();
    this.stage.place(this.options.stageParking);
    this.stage.current?.refresh();
    this.entries.flush();
    // A screen that could not be opened leaves its address; the menu takes it over.
    const here = new URL(location.href);
    here.searchParams.delete('teach');
    if (routeOf(here).view !== 'menu' || here.href !== location.href)
      replaceEntry({ route: { view: 'menu' } }, urlOf({ view: 'menu' }, here));
    const loaded = await Promise.all([
      import('./menu-view.ts'),
      this.results(),
      import('../../scenarios.ts'),
    ]).catch((error: unknown) => {
      if (screen === this.screens)
        this.notices.offerRetry(
          'load:menu',
          'The list of scenarios',
          'Your progress and attempts are kept on this device.',
          () => void this.showMenu(notice),
          error,
        );
      return null;
    });
    if (!loaded || screen !== this.screens) return;
    this.notices.dismiss('load:menu');
    const [{ renderMenu }, results, { CATALOGUE }] = loaded;
    const stored = results.read();
    this.setMain(
      renderMenu({
        entries: CATALOGUE,
        results: stored.results,
        open: (id) => this.navigate({ view: 'play', scenario: id }),
        classResults: () => void this.classroomScreens().then((screens) => screens.classResults()),
        openAttempt: (result) =>
          this.navigate({
            view: 'report',
            scenario: result.scenarioId,
            attempt: result.finishedAt,
          }),
        teach: () => void this.classroomScreens().then((screens) => screens.teach()),
        ...(notice ? { notice } : {}),
      }),
    );
    // One damaged record costs that attempt only, and the learner is told which.
    if (stored.problems.length > 0)
      this.notices.notify(
        `Some of your kept results could not be read: ${stored.problems.slice(0, 5).join('; ')}${stored.problems.length > 5 ? `; and ${stored.problems.length - 5} more` : ''}.`,
        [],
        'results-damaged',
      );
    document.getElementById('menu-heading')?.focus();
    void this.stage.ensure();
  }

  async open(id: string): Promise<void> {
    this.screens += 1;
    const loaded = await loadScenario(id);
    if (loaded.state === 'missing')
      return this.showMenu(`There is no scenario called "${id}". Choose one from the list.`);
    if (loaded.state === 'error') {
      await this.showMenu();
      this.notices.offerRetry(
        'load:scenario',
        `The scenario “${await titleOf(id)}”`,
        'Any progress you saved in it is kept on this device.',
        () => this.navigate({ view: 'play', scenario: id }),
        loaded.error,
      );
      return;
    }
    this.notices.clear();
    await this.play.begin(loaded.scenario);
  }

  /**
   * A finished attempt's end screen again (report, reflection, evidence), from
   * the menu's "Your attempts" or after a reload: its path is replayed, so the
   * transcript and report are exactly those of the attempt.
   */
  private async showAttempt(id: string, finishedAt: string): Promise<void> {
    this.screens += 1;
    const results = await this.results().catch((error: unknown) => {
      this.notices.offerRetry(
        'load:results',
        'Your kept attempts',
        'They are kept on this device.',
        () => void this.showAttempt(id, finishedAt),
        error,
      );
      return null;
    });
    if (!results) return;
    const result = results.forScenario(id).find((r) => r.finishedAt === finishedAt);
    if (!result) return this.showMenu('That attempt is not kept on this device any more.');
    const loaded = await loadScenario(id);
    if (loaded.state === 'missing')
      return this.showMenu(`The scenario "${id}" could not be loaded to show that attempt.`);
    // The scenario's code, and inkjs to replay the attempt in it.
    const trouble =
      loaded.state === 'error'
        ? loaded.error
        : await loadInk().then(
            () => null,
            (error: unknown) => error ?? new Error('inkjs did not load'),
          );
    if (loaded.state === 'error' || trouble !== null) {
      await this.showMenu();
      this.notices.offerRetry(
        'load:scenario',
        `The report of your attempt at “${await titleOf(id)}”`,
        'The attempt is kept on this device.',
        () => this.navigate({ view: 'report', scenario: id, attempt: finishedAt }),
        trouble,
      );
      return;
    }
    const replay = Session.replay(loaded.scenario, result.path, result.seed ?? 1);
    if (!replay.ok || !replay.session.view.finished)
      return this.showMenu(
        'That attempt was played in an earlier version of this scenario and can no longer be shown in full. Its bands are still on the scenario card.',
      );
    const current = this.play.current;
    if (current?.result && attemptKey(current.result) === attemptKey(result)) return;
    this.notices.clear();
    await this.play.begin(loaded.scenario, true, replay.session, result);
  }

  private async classroomScreens(): Promise<ClassroomScreens> {
    // The classroom replays its learners' attempts: Ink loads with its code.
    const [{ ClassroomScreens }] = await Promise.all([import('./classroom-screens.ts'), loadInk()]);
    this.classroom ??= new ClassroomScreens(
      this,
      () => {
        this.screens += 1;
        this.play.stop();
      },
      () => void this.showMenu(),
    );
    return this.classroom;
  }

  private onKey(event: KeyboardEvent): void {
    if (modifiedOrInDialog(event)) return;
    if (this.classroom?.handleKey(event)) return;
    if (typedInField(event)) return;
    this.play.onKey(event);
  }
}
