import { describe, expect, it } from 'vitest';
import {
  memoryStorage,
  openDeviceStorage,
  storageKeys,
} from '../../src/ui/storage/device-storage.ts';

const throwing = (): Storage =>
  new Proxy({} as Storage, {
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });

describe('the device storage', () => {
  it('uses the browser storage when it can be read', () => {
    const real = memoryStorage({ a: '1' });
    expect(openDeviceStorage(() => real)).toEqual({ storage: real, persistent: true });
  });

  it('plays from memory when reaching the storage throws (a sandboxed iframe)', () => {
    const opened = openDeviceStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(opened.persistent).toBe(false);
    opened.storage.setItem('k', 'v');
    expect(opened.storage.getItem('k')).toBe('v');
  });

  it('plays from memory when every call on the storage throws', () => {
    expect(openDeviceStorage(throwing).persistent).toBe(false);
  });

  it('keeps a full storage (it still reads, so its saves stay readable)', () => {
    const full = memoryStorage({ save: 'x' });
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(openDeviceStorage(() => full)).toMatchObject({ storage: full, persistent: true });
  });

  it('lists the keys of a storage, and none of one that throws', () => {
    expect(storageKeys(memoryStorage({ a: '1', b: '2' }))).toEqual(['a', 'b']);
    expect(storageKeys(throwing())).toEqual([]);
  });
});
