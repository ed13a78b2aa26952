import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStorage, storageKeys } from '../../src/ui/storage/device-storage.ts';
import { SaveStore, saveKey } from '../../src/ui/storage/save-store.ts';

/** A storage that refuses any write taking it past `quota` characters, as a browser's does. */
function limited(quota: number, initial: Record<string, string> = {}): Storage {
  const inner = memoryStorage(initial);
  const used = () =>
    storageKeys(inner).reduce(
      (sum, key) => sum + key.length + (inner.getItem(key)?.length ?? 0),
      0,
    );
  const setItem = inner.setItem.bind(inner);
  inner.setItem = (key: string, value: string) => {
    const before = inner.getItem(key);
    const after =
      used() - (before === null ? 0 : key.length + before.length) + key.length + value.length;
    if (after > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem(key, value);
  };
  return inner;
}

const WHEN = '2026-03-01T09:00:00.000Z';
const QUARANTINE = `service-chain:quarantine:late-supplier:${WHEN}`;

describe('keeping a save aside', () => {
  it('copies it aside, checks the copy, then removes the original', () => {
    const storage = memoryStorage({ [saveKey('late-supplier')]: 'damaged' });
    const kept = new SaveStore(storage).quarantine('late-supplier', 'damaged', WHEN);
    expect(kept).toEqual({ ok: true, keptAs: QUARANTINE });
    expect(storage.getItem(QUARANTINE)).toBe('damaged');
    expect(storage.getItem(saveKey('late-supplier'))).toBeNull();
  });

  it('with a 4 MB damaged save and 5 MB of room, names no copy and keeps the original', async () => {
    const big = 'x'.repeat(4_000_000);
    const storage = limited(5_000_000, { [saveKey('late-supplier')]: big });
    const store = new SaveStore(storage);
    const read = await store.read('late-supplier');
    expect(read.state).toBe('damaged');
    expect(store.quarantine('late-supplier', big, WHEN)).toEqual({ ok: false });
    expect(storage.getItem(saveKey('late-supplier'))).toBe(big);
    expect(storageKeys(storage)).toEqual([saveKey('late-supplier')]);
  });

  it('full-storage fuzzer: a named copy always exists and holds the text; otherwise the original is untouched', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.nat({ max: 600 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 80 }), {
          maxKeys: 4,
        }),
        (text, quota, others) => {
          const initial = { ...others, [saveKey('late-supplier')]: text };
          const storage = limited(Number.POSITIVE_INFINITY, initial);
          const limitedStorage = limited(quota, initial);
          for (const target of [storage, limitedStorage]) {
            const kept = new SaveStore(target).quarantine('late-supplier', text, WHEN);
            if (kept.ok) {
              expect(target.getItem(kept.keptAs)).toBe(text);
              expect(target.getItem(saveKey('late-supplier'))).toBeNull();
            } else {
              expect(target.getItem(saveKey('late-supplier'))).toBe(text);
              expect(target.getItem(QUARANTINE)).toBeNull();
            }
            for (const [key, value] of Object.entries(others))
              if (key !== saveKey('late-supplier')) expect(target.getItem(key)).toBe(value);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
