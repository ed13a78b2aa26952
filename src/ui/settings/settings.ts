/**
 * The learner's settings: reading (text size, contrast, font, motion, text speed), captions, and
 * sound levels. Display settings are saved under DISPLAY_SETTINGS_KEY; the sound levels are NOT
 * copied here: they stay in the audio module's own store (src/audio/settings.ts), read and changed
 * through the live `GameAudio` when there is one, so the two can never disagree.
 *
 *   const store = createSettingsStore(localStorage, { audio: sound.controls });
 *   applySettings(store.get(), document.documentElement);
 *
 * The dialog that edits them is in settings-dialog.ts; how they are saved, stored-settings.ts.
 *
 * `applySettings` only sets attributes on <html> (data-text-size, data-contrast, data-font,
 * data-motion, data-timers, data-choice-keys); settings.css turns them into the look, and the app
 * reads data-choice-keys before a number key chooses. The canvas stage is told through its own
 * interface (`stageDisplay`), never by reading <html>.
 */
import {
  DEFAULT_SETTINGS as DEFAULT_AUDIO,
  clampVolume,
  loadSettings as loadAudioSettings,
  saveSettings as saveAudioSettings,
} from '../../audio/settings.ts';
import type { ChannelName } from '../../audio/names.ts';
import type { StageDisplay } from '../../stage/stage-types.ts';
import type { AudioSettings, SettingsStorage } from '../../audio/types.ts';
import {
  DEFAULT_STORED,
  devicePrefersReducedMotion,
  loadStoredSettings,
  parseStoredSettings,
  REDUCED_MOTION_QUERY,
  resolveDisplaySettings,
  saveStoredSettings,
  SETTINGS_VERSION,
  type DisplaySettings,
  type TextSpeed,
} from './stored-settings.ts';
import './settings.css';

/** Characters per second for the canvas typewriter; `instant` shows a whole line at once. */
const TEXT_SPEED_CPS: Readonly<Record<TextSpeed, number>> = {
  slow: 20,
  normal: 40,
  fast: 80,
  instant: Number.POSITIVE_INFINITY,
};

/** Everything the dialog shows; `audio` is a snapshot of the audio module's own settings. */
export interface Settings extends DisplaySettings {
  readonly audio: AudioSettings;
}

/** The part of `GameAudio` the settings need; `GameAudio` itself satisfies it. */
export interface AudioControls {
  getSettings(): AudioSettings;
  setVolume(channel: ChannelName, value: number): void;
  setMuted(muted: boolean): void;
}

/** Audio settings straight from the audio module's store, for when no `GameAudio` exists. */
export function storedAudioControls(storage: SettingsStorage): AudioControls {
  const update = (change: Partial<AudioSettings>): void =>
    saveAudioSettings(storage, { ...loadAudioSettings(storage), ...change });
  return {
    getSettings: () => loadAudioSettings(storage),
    setVolume(channel, value) {
      if (Number.isFinite(value)) update({ [channel]: clampVolume(value) });
    },
    setMuted: (muted) => update({ muted }),
  };
}

export interface SettingsStoreOptions {
  /** The live audio (pass `GameSound.audio`); without it, the audio module's saved settings. */
  readonly audio?: AudioControls;
  /** Defaults to the `prefers-reduced-motion` media query. */
  readonly prefersReducedMotion?: () => boolean;
}

export interface SettingsStore {
  get(): Settings;
  set<K extends keyof DisplaySettings>(key: K, value: DisplaySettings[K]): Settings;
  setVolume(channel: ChannelName, value: number): Settings;
  setMuted(muted: boolean): Settings;
  /** Everything back to the defaults, motion following the device again. */
  reset(): Settings;
  /** Called after every change, including the device's motion preference changing. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

export function createSettingsStore(
  storage: SettingsStorage,
  options: SettingsStoreOptions = {},
): SettingsStore {
  const audio = options.audio ?? storedAudioControls(storage);
  const prefers = options.prefersReducedMotion ?? devicePrefersReducedMotion;
  const listeners = new Set<(settings: Settings) => void>();
  let stored = loadStoredSettings(storage);

  const get = (): Settings => ({
    ...resolveDisplaySettings(stored, prefers()),
    audio: audio.getSettings(),
  });
  const changed = (): Settings => {
    const settings = get();
    for (const listener of listeners) listener(settings);
    return settings;
  };

  if (options.prefersReducedMotion === undefined && typeof matchMedia === 'function') {
    matchMedia(REDUCED_MOTION_QUERY).addEventListener('change', () => {
      if (stored.reducedMotion === null) changed();
    });
  }

  return {
    get,
    set(key, value) {
      stored = parseStoredSettings({ version: SETTINGS_VERSION, ...stored, [key]: value });
      saveStoredSettings(storage, stored);
      return changed();
    },
    setVolume(channel, value) {
      audio.setVolume(channel, value);
      return changed();
    },
    setMuted(muted) {
      audio.setMuted(muted);
      return changed();
    },
    reset() {
      stored = DEFAULT_STORED;
      saveStoredSettings(storage, stored);
      for (const channel of ['master', 'music', 'effects'] as const)
        audio.setVolume(channel, DEFAULT_AUDIO[channel]);
      audio.setMuted(DEFAULT_AUDIO.muted);
      return changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/* ------------------------------------------------------------------ applying */

/** What `applySettings` touches: `document.documentElement` in the app, a fake in tests. */
export type SettingsRoot = Pick<Element, 'setAttribute' | 'removeAttribute'>;

let fontLoading: Promise<void> | null = null;

/** Fetches OpenDyslexic's CSS (and so its fonts) the first time it is wanted, and only then. */
function loadDyslexicFont(): Promise<void> {
  fontLoading ??= Promise.all([
    import('@fontsource/opendyslexic/400.css'),
    import('@fontsource/opendyslexic/700.css'),
  ]).then(
    () => undefined,
    (error: unknown) => {
      fontLoading = null; // the next time it is switched on, try again
      console.warn('Service Chain: the dyslexia-friendly font could not be loaded', error);
    },
  );
  return fontLoading;
}

const toggle = (root: SettingsRoot, name: string, value: string | null): void => {
  if (value === null) root.removeAttribute(name);
  else root.setAttribute(name, value);
};

/** Puts the settings on `root` (the <html> element) as data attributes for settings.css. */
export function applySettings(
  settings: DisplaySettings,
  root: SettingsRoot,
  loadFont: () => Promise<void> = loadDyslexicFont,
): void {
  root.setAttribute('data-text-size', String(settings.textSize));
  toggle(root, 'data-contrast', settings.highContrast ? 'high' : null);
  toggle(root, 'data-font', settings.dyslexicFont ? 'dyslexic' : null);
  toggle(root, 'data-motion', settings.reducedMotion ? 'reduced' : null);
  toggle(root, 'data-timers', settings.choiceTimers ? null : 'off');
  toggle(root, 'data-choice-keys', settings.choiceKeys ? null : 'off');
  if (settings.dyslexicFont) void loadFont();
}

/** What the canvas stage needs of the settings, passed to it through its interface. */
export function stageDisplay(settings: DisplaySettings): StageDisplay {
  return {
    textSpeed: TEXT_SPEED_CPS[settings.textSpeed],
    reducedMotion: settings.reducedMotion,
    textScale: settings.textSize / 100,
  };
}

/* ------------------------------------------------------------------ the dialog */
