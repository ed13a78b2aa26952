/**
 * Where the game keeps things on this device: the browser's localStorage when
 * the page may use it, otherwise an in-memory stand-in, so the game still
 * plays (a sandboxed or cross-site iframe throws on `window.localStorage`,
 * and some browsers' storage throws on every call). `persistent` says which,
 * so the app can tell the learner once that progress will not be kept.
 *
 *   const { storage, persistent } = openDeviceStorage(() => window.localStorage);
 */

export interface DeviceStorage {
  readonly storage: Storage;
  /** False when nothing written will outlive the page. */
  readonly persistent: boolean;
}

/** A Storage that lives as long as the page: the same methods, nothing kept. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(String(key)) ?? null,
    setItem: (key: string, value: string) => void items.set(String(key), String(value)),
    removeItem: (key: string) => void items.delete(String(key)),
    clear: () => items.clear(),
  };
  return storage;
}

/**
 * The device's storage if it answers a read, else memory. Only reading is
 * probed: full storage still reads, and its saves must stay readable.
 */
export function openDeviceStorage(get: () => Storage): DeviceStorage {
  try {
    const storage = get();
    storage.getItem('service-chain:probe');
    void storage.length;
    return { storage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

/** Every key in a storage (Storage has no iterator of its own). Never throws. */
export function storageKeys(storage: Storage): string[] {
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
