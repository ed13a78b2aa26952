import { describe, expect, it } from 'vitest';
import { TabClaim, type Locks, type TabState } from '../../src/ui/storage/tab-claim.ts';

/**
 * A browser's lock manager as the tabs of one site share it: a held lock is
 * not granted again (`ifAvailable` gets null), and `steal` takes it, the
 * holder's request failing with an AbortError, as navigator.locks does.
 */
class SharedLocks implements Locks {
  private readonly held = new Map<string, { stolen: (error: Error) => void }>();

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      queueMicrotask(() => {
        const holder = this.held.get(name);
        if (holder && options.steal) {
          this.held.delete(name);
          holder.stolen(Object.assign(new Error('The lock was stolen'), { name: 'AbortError' }));
        } else if (holder) {
          if (!options.ifAvailable) throw new Error('queued requests are not modelled');
          Promise.resolve(callback(null)).then(resolve, reject);
          return;
        }
        const entry = { stolen: reject };
        this.held.set(name, entry);
        Promise.resolve(callback({ name })).then((value) => {
          if (this.held.get(name) === entry) this.held.delete(name);
          resolve(value);
        }, reject);
      });
    });
  }
}

/** A tab on a scenario, recording every state it was told of. */
function tab(locks: Locks | undefined, scenarioId = 'late-supplier') {
  const told: TabState[] = [];
  const claim = new TabClaim(scenarioId, locks, (state) => told.push(state));
  return { claim, told };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Two tabs open the same scenario, the first playing it; the second takes it over. */
async function secondTookOver() {
  const locks = new SharedLocks();
  const first = tab(locks);
  const second = tab(locks);
  await first.claim.claim();
  await second.claim.claim();
  await second.claim.takeOver();
  return { first, second };
}

describe('one tab at a time plays a scenario', () => {
  it('lets the first tab on a scenario play and save', async () => {
    const first = tab(new SharedLocks());
    expect(await first.claim.claim()).toBe('here');
    expect(first.claim.saves).toBe(true);
    expect(first.told).toEqual([]);
  });

  it('tells a second tab on the same scenario that it is open elsewhere, and it does not save', async () => {
    const locks = new SharedLocks();
    const first = tab(locks);
    const second = tab(locks);
    await first.claim.claim();
    expect(await second.claim.claim()).toBe('elsewhere');
    expect(second.claim.saves).toBe(false);
    expect(second.told).toEqual(['elsewhere']);
    expect(first.claim.saves).toBe(true);
  });

  it('lets two tabs play two different scenarios', async () => {
    const locks = new SharedLocks();
    expect(await tab(locks, 'late-supplier').claim.claim()).toBe('here');
    expect(await tab(locks, 'data-incident').claim.claim()).toBe('here');
  });

  it('hands the scenario over when the second tab takes over: the first stops saving and is told', async () => {
    const { first, second } = await secondTookOver();
    await settle();
    expect(second.claim.saves).toBe(true);
    expect(second.told).toEqual(['elsewhere', 'here']);
    expect(first.claim.saves).toBe(false);
    expect(first.told).toEqual(['taken']);
  });

  it('lets the first tab take it back, and the second then stops', async () => {
    const { first, second } = await secondTookOver();
    await first.claim.takeOver();
    await settle();
    expect(first.told).toEqual(['taken', 'here']);
    expect(second.told).toEqual(['elsewhere', 'here', 'taken']);
    expect([first.claim.saves, second.claim.saves]).toEqual([true, false]);
  });

  it('frees the scenario when its tab leaves it, for the next tab to play', async () => {
    const locks = new SharedLocks();
    const first = tab(locks);
    await first.claim.claim();
    first.claim.release();
    await settle();
    expect(await tab(locks).claim.claim()).toBe('here');
    expect(first.claim.saves).toBe(false);
    expect(first.told).toEqual([]);
  });

  it('does not tell a tab that has left the scenario that it was taken over', async () => {
    const locks = new SharedLocks();
    const first = tab(locks);
    await first.claim.claim();
    first.claim.release();
    await tab(locks).claim.takeOver();
    await settle();
    expect(first.told).toEqual([]);
  });

  describe('without Web Locks', () => {
    it('plays here, and steps aside when another tab saves the same scenario', async () => {
      const alone = tab(undefined);
      expect(await alone.claim.claim()).toBe('here');
      alone.claim.otherTabSaved();
      expect(alone.told).toEqual(['taken']);
      expect(alone.claim.saves).toBe(false);
      await alone.claim.takeOver();
      expect(alone.claim.saves).toBe(true);
    });

    it('plays here when the page may not use locks (the request fails at once)', async () => {
      const refusing: Locks = {
        request: () => Promise.reject(new Error('SecurityError: not allowed in this context')),
      };
      const alone = tab(refusing);
      expect(await alone.claim.claim()).toBe('here');
      expect(alone.claim.saves).toBe(true);
    });
  });
});
