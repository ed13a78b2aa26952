/**
 * The classroom's keys in localStorage. They were first written with dots
 * (`service-chain.class-outbox`) where every other key of the game has colons
 * (`service-chain:save:…`); now they have colons too. A value still kept
 * under its dotted key (a device that queued attempts, joined a class or
 * started one before the change) is moved to the new key when it is first
 * read, so nothing waiting on a device is lost.
 */
export const CLASS_KEYS = {
  /** The class this device joined with a code. */
  membership: 'service-chain:class-membership',
  /** Attempts waiting to be sent to that class. */
  outbox: 'service-chain:class-outbox',
  /** What became of each attempt sent. */
  delivered: 'service-chain:class-delivered',
  /** The class a tutor started in this browser, to carry on after a reload. */
  tutor: 'service-chain:class-tutor',
} as const;

/** A learner's token in one class, so a phone that rejoins keeps its vote. */
export const learnerTokenKey = (code: string): string => `service-chain:learner:${code}`;

/** The key as it was spelt before: `service-chain:learner:ABC123` was `service-chain.learner.ABC123`. */
const dotted = (key: string): string => key.replaceAll(':', '.');

/**
 * The value under `key`, after moving one kept under the old dotted key. When
 * both hold a value (an old tab wrote after the move), `merge` joins them;
 * without it the new key's value wins. If the move cannot be written
 * (storage full or blocked) the old key stays, to be read again next time.
 */
export function readClassKey(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  key: string,
  merge?: (now: string, old: string) => string,
): string | null {
  const now = storage.getItem(key);
  const old = storage.getItem(dotted(key));
  if (old === null) return now;
  const value = now === null ? old : merge ? merge(now, old) : now;
  try {
    storage.setItem(key, value);
    storage.removeItem(dotted(key));
  } catch {
    // Kept under the old key: nothing is lost, and the move is tried on the next read.
  }
  return value;
}
