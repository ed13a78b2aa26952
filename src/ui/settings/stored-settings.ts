/**
 * The display settings as saved on the device: their fields and defaults,
 * read back field by field (a bad field never spoils the rest), and "follow
 * the device" for reduced motion. The store that changes them is settings.ts.
 */
import type { SettingsStorage } from '../../audio/types.ts';

export const SETTINGS_VERSION = 1;
export const DISPLAY_SETTINGS_KEY = 'service-chain:settings:v1';

export const TEXT_SIZES = [100, 125, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface DisplaySettings {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly dyslexicFont: boolean;
  readonly reducedMotion: boolean;
  readonly textSpeed: TextSpeed;
  readonly captions: boolean;
  /** Show the countdown a scenario asks for at some decisions (it never ends a decision). */
  readonly choiceTimers: boolean;
  /** Number keys 1–9 choose an option (single-key shortcuts can be switched off: WCAG 2.1.4). */
  readonly choiceKeys: boolean;
}

/**
 * What is saved. `reducedMotion: null` means "follow the device" (prefers-reduced-motion), so a
 * learner who never touched it keeps following their device if its setting changes.
 */
export interface StoredSettings extends Omit<DisplaySettings, 'reducedMotion'> {
  readonly reducedMotion: boolean | null;
}

export const DEFAULT_STORED: StoredSettings = {
  textSize: 100,
  highContrast: false,
  dyslexicFont: false,
  reducedMotion: null,
  textSpeed: 'normal',
  captions: true,
  choiceTimers: true,
  choiceKeys: true,
};

/** A stored value if it is one of `allowed`, else `fallback`: a bad field never spoils the rest. */
function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

const BOOLEAN = [true, false] as const;

/**
 * Reads saved settings from anything (parsed JSON). Not an object, or another version: the
 * defaults. A missing or malformed field: that field's default; the others are kept. Checked by
 * hand rather than with a schema library: these few fields are on the first screen's path, where
 * every kilobyte delays the first choice (issue 17).
 */
export function parseStoredSettings(raw: unknown): StoredSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_STORED;
  const field = raw as Record<string, unknown>;
  if (field['version'] !== SETTINGS_VERSION) return DEFAULT_STORED;
  const flag = (
    name: 'highContrast' | 'dyslexicFont' | 'captions' | 'choiceTimers' | 'choiceKeys',
  ) => oneOf(field[name], BOOLEAN, DEFAULT_STORED[name]);
  return {
    textSize: oneOf(field['textSize'], TEXT_SIZES, DEFAULT_STORED.textSize),
    highContrast: flag('highContrast'),
    dyslexicFont: flag('dyslexicFont'),
    reducedMotion: oneOf(field['reducedMotion'], [...BOOLEAN, null], DEFAULT_STORED.reducedMotion),
    textSpeed: oneOf(field['textSpeed'], TEXT_SPEEDS, DEFAULT_STORED.textSpeed),
    captions: flag('captions'),
    choiceTimers: flag('choiceTimers'),
    choiceKeys: flag('choiceKeys'),
  };
}

/** The settings in force: "follow the device" becomes the device's motion preference. */
export function resolveDisplaySettings(
  stored: StoredSettings,
  prefersReducedMotion: boolean,
): DisplaySettings {
  return { ...stored, reducedMotion: stored.reducedMotion ?? prefersReducedMotion };
}

export function defaultDisplaySettings(prefersReducedMotion = false): DisplaySettings {
  return resolveDisplaySettings(DEFAULT_STORED, prefersReducedMotion);
}

/** Never throws: unreadable storage or corrupt JSON gives the defaults. */
export function loadStoredSettings(storage: SettingsStorage): StoredSettings {
  try {
    const text = storage.getItem(DISPLAY_SETTINGS_KEY);
    return text === null ? DEFAULT_STORED : parseStoredSettings(JSON.parse(text) as unknown);
  } catch {
    return DEFAULT_STORED;
  }
}

export function loadDisplaySettings(
  storage: SettingsStorage,
  prefersReducedMotion: boolean = devicePrefersReducedMotion(),
): DisplaySettings {
  return resolveDisplaySettings(loadStoredSettings(storage), prefersReducedMotion);
}

/** Never throws: full or blocked storage just means the settings are not remembered. */
export function saveStoredSettings(storage: SettingsStorage, stored: StoredSettings): void {
  try {
    storage.setItem(DISPLAY_SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, ...stored }));
  } catch {
    // Ignored on purpose: settings are a convenience.
  }
}

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function devicePrefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION_QUERY).matches;
}
