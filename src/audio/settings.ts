import type { ChannelName } from './names.ts';
import type { AudioSettings, SettingsStorage } from './types.ts';

/** The one key audio settings live under; bump the version if their shape changes. */
export const SETTINGS_KEY = 'service-chain:audio:v1';
const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: AudioSettings = {
  master: 0.8,
  music: 0.6,
  effects: 0.8,
  muted: false,
};

export const clampVolume = (value: number): number => Math.min(1, Math.max(0, value));

const volumeOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? clampVolume(value) : fallback;

/**
 * Reads settings from anything (parsed JSON). A value of the wrong shape or version gives the
 * defaults; a single bad field falls back to its own default.
 */
export function parseSettings(raw: unknown): AudioSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const record = raw as Record<string, unknown>;
  if (record['version'] !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  return {
    master: volumeOr(record['master'], DEFAULT_SETTINGS.master),
    music: volumeOr(record['music'], DEFAULT_SETTINGS.music),
    effects: volumeOr(record['effects'], DEFAULT_SETTINGS.effects),
    muted: typeof record['muted'] === 'boolean' ? record['muted'] : DEFAULT_SETTINGS.muted,
  };
}

/** Never throws: unreadable storage or corrupt JSON gives the defaults. */
export function loadSettings(storage: SettingsStorage): AudioSettings {
  try {
    const text = storage.getItem(SETTINGS_KEY);
    if (text === null) return DEFAULT_SETTINGS;
    return parseSettings(JSON.parse(text) as unknown);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Never throws: a full or blocked storage just means the settings are not remembered. */
export function saveSettings(storage: SettingsStorage, settings: AudioSettings): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, ...settings }));
  } catch {
    // Ignored on purpose: sound settings are a convenience.
  }
}

/** The gain a sound on `channel` is played at: master × channel, or 0 when muted. */
export function channelGain(
  settings: AudioSettings,
  channel: Exclude<ChannelName, 'master'>,
): number {
  return settings.muted ? 0 : settings.master * settings[channel];
}
