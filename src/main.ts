/**
 * Entry point: start the app on the DOM (over a scenario page's first screen, at the learner's
 * first press or a moment after it is up); the canvas stage follows.
 */
import './ui/shell/styles.css';
import { App } from './ui/shell/app.ts';
import { byId } from './ui/shell/dom.ts';
import {
  applySettings,
  createSettingsStore,
  stageDisplay,
  type Settings,
} from './ui/settings/settings.ts';
import { renderSettingsButton } from './ui/settings/settings-button.ts';
import { deferSound } from './ui/settings/deferred-sound.ts';
import { openDeviceStorage } from './ui/storage/device-storage.ts';
import { afterFirstScreen } from './ui/shell/first-screen.ts';
import { quietMoment } from './scheduling/quiet-moment.ts';
import { CHOSEN, SCENARIO, START_WAIT_MS, STATIC_SCREEN } from './ui/play/first-screen-layer.ts';
import { loadScenario } from './scenario-loader.ts';
import { afterNextPaint, untilFirstPress } from './scheduling/first-press.ts';

// A sandboxed or cross-site iframe may not touch localStorage at all: play from memory then.
const { storage, persistent } = openDeviceStorage(() => window.localStorage);

const sound = deferSound(
  storage,
  async () => {
    const { createGameSound } = await import('./ui/settings/sound.ts');
    // Web Audio starts, and each cue not heard at once loads, in a quiet moment of its own,
    // not inside a key press (src/scheduling/quiet-moment.ts).
    const live = createGameSound(storage, byId('captions'), {
      later: (job) => void quietMoment().then(job),
    });
    await quietMoment();
    live.audio.prepare();
    live.unlockOnFirstGesture(document);
    return live;
  },
  afterFirstScreen(),
);
const settings = createSettingsStore(storage, { audio: sound.controls });
const apply = (value: Settings) => applySettings(value, document.documentElement);
apply(settings.get());
settings.subscribe(apply);
// The dialog is built when first opened: its code is not needed for the first choice.
// If its code does not arrive, the app's notices say so, once the app exists (the button can be
// pressed before: over a scenario page's first screen, and during the LMS adapter's load).
let made: (app: App) => void = () => undefined;
const appMade = new Promise<App>((resolve) => {
  made = resolve;
});
let settingsDialog: Promise<HTMLDialogElement> | null = null;
const openSettings = (): void => {
  settingsDialog ??= import('./ui/settings/settings-dialog.ts').then(
    ({ renderSettingsDialog }) => {
      const dialog = renderSettingsDialog(settings, apply);
      document.body.append(dialog);
      return dialog;
    },
    (error: unknown) => {
      settingsDialog = null;
      throw error;
    },
  );
  settingsDialog.then(
    (dialog) => {
      void appMade.then((app) => app.notices.dismiss('load:settings'));
      dialog.showModal();
    },
    (error: unknown) =>
      void appMade.then((app) =>
        app.notices.offerRetry(
          'load:settings',
          'The settings',
          'Your scenario and its progress are kept.',
          openSettings,
          error,
        ),
      ),
  );
};
byId('topbar-actions').append(renderSettingsButton(openSettings));

// Launched by an LMS as a SCORM 1.2 package (`?lms=scorm12`, see src/build/scorm-package.ts)
// or as a cmi5 AU (`?lms=cmi5`, src/build/cmi5-package.ts): report to it. Each adapter is its
// own chunk, loaded only then.
const lms = new URL(window.location.href).searchParams.get('lms');
// No top-level await: the adapter's chunk imports from this one (the first-screen chunk), and a
// module awaiting a chunk that imports it waits for itself (the LMS page stayed on "Loading…").
const connecting =
  lms === 'scorm12'
    ? import('./lms/scorm12.ts').then(({ connectScorm12 }) => connectScorm12(window))
    : lms === 'cmi5'
      ? import('./lms/cmi5.ts').then(({ connectCmi5 }) => connectCmi5(window))
      : Promise.resolve(null);

// Offline play and updates (the LMS builds have no service worker: see vite.config.ts), once
// the first screen is up: the worker's registration and precaching are not needed for it.
if (import.meta.env.MODE !== 'scorm' && import.meta.env.MODE !== 'cmi5')
  void afterFirstScreen()
    .then(() => import('./ui/shell/offline.ts'))
    .then(({ registerOffline }) => registerOffline(byId('topbar-actions')));

const stageHost = byId('stage');
// A scenario page showing the first screen the build drew (src/ui/play/first-screen-script.ts):
// it paints, and can take a press, before the app's first long tasks (its start, taking that
// screen over) hold the main thread. Deferred modules otherwise run straight after the page is
// parsed, before any paint, and a press made as the options appear waited for the takeover.
// Its scenario, not the element: held here, for the page's life, the element would keep the
// app's first attempt, which adopts it (e2e replays). The page's script shows only a screen
// that names its scenario.
const pageScenario =
  document.querySelector(`[${STATIC_SCREEN}]:not([hidden])`)?.getAttribute(SCENARIO) ?? null;
const onFirstScreen = pageScenario !== null;
// Over that screen the app's start (constructing it, evaluating the story, taking the screen
// over: some 150-190 ms of main-thread work with the CPU slowed 4×) waits for the learner's first
// press, which it is then needed to answer, or for the screen to have been up a moment, long
// before a reader has read the opening. A press the moment the options appear is answered by
// the page's script at once, then by the app (issue 17: with the start straight after the
// paint, such a press waited some 45 ms behind it at 4×). A press the page's script has taken
// already (the app's code came after it: a slow network) waits for the app's answer now.
const pressedAlready =
  document.querySelector(`[${STATIC_SCREEN}][${CHOSEN}]:not([hidden])`) !== null;
const startWhen = !onFirstScreen
  ? Promise.resolve()
  : pressedAlready
    ? afterNextPaint()
    : Promise.all([afterNextPaint(), untilFirstPress(document, START_WAIT_MS)]);
void Promise.all([connecting, startWhen]).then(([reporter]) => {
  // Its story (preloaded by the page) is evaluated beside the app's construction, not after the
  // app has asked for it; not before the start, with the rest of it.
  if (pageScenario) void loadScenario(pageScenario);
  const app = new App({
    root: byId('main'),
    stageHost,
    stageParking: byId('stage-parking'),
    title: byId('scenario-title'),
    storage,
    persistent,
    actions: byId('topbar-actions'),
    sound: sound.hooks,
    ...(reporter ? { reporter } : {}),
    loadStage: async (onTrouble) => {
      // Phaser's evaluation (about 340 ms with the CPU slowed 4×), then the stage's own chunk
      // and boot, each in a quiet moment of its own: neither meets a key press.
      await quietMoment();
      await import('phaser');
      await quietMoment();
      const { createStage } = await import('./stage/stage.ts');
      const stage = await createStage(stageHost, onTrouble, stageDisplay(settings.get()));
      settings.subscribe((value) => stage.setDisplay(stageDisplay(value)));
      return stage;
    },
  });
  made(app);
  const start = () => void app.start(new URL(window.location.href));
  // Over a page's first screen, the start (its history entries, then taking that screen over)
  // is a task of its own: a press made meanwhile does not wait for the app's construction too.
  if (onFirstScreen) setTimeout(start, 0);
  else start();
});

// Attempts still waiting to reach the learner's class (the key class-keys.ts names, or its old
// dotted spelling, moved on first read): sent now, so a learner who finished offline need not
// reopen that report. The strings are here, not imported, to keep the first screen small.
if (storage.getItem('service-chain:class-outbox') ?? storage.getItem('service-chain.class-outbox'))
  void import('./ui/classroom/class-outbox.ts').then(({ classOutbox }) =>
    classOutbox(storage).flush(),
  );
