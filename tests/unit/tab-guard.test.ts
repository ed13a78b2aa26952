/**
 * The tab's claim on the scenario in play (src/ui/shell/tab-guard.ts): a save deferred until
 * the claim has its answer is still made when the claim fails, not silently dropped; and a
 * kept claim tells the latest caller, holding no earlier caller's listener (nor its screen).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TabGuard } from '../../src/ui/shell/tab-guard.ts';

/** What the mocked claim does: fail, or keep the listener it was given (for the test). */
const claims = vi.hoisted(() => ({
  fail: true,
  listener: null as ((state: string) => void) | null,
}));
vi.mock('../../src/ui/storage/tab-claim.ts', () => ({
  TabClaim: class {
    readonly saves = true;
    constructor(_id: string, _locks: unknown, listener: (state: string) => void) {
      if (claims.fail) throw new Error('no claim in this browser');
      claims.listener = listener;
    }
    claim(): Promise<void> {
      return Promise.resolve();
    }
    release(): void {}
  },
}));

beforeEach(() => {
  // The browser's, as far as the guard uses them (the claim itself is mocked).
  vi.stubGlobal('navigator', { locks: undefined });
  vi.stubGlobal('window', { addEventListener: () => {} });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  claims.fail = true;
  claims.listener = null;
});

describe('the tab guard', () => {
  it('makes a deferred save when the claim throws, and says why there is no claim', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const guard = new TabGuard();
    guard.claimFor(
      'late-supplier',
      () => true,
      () => {},
    );
    const saved = vi.fn();
    guard.whenKnown(saved);
    expect(saved).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(guard.savesHere).toBe(true);
    expect(warned).toHaveBeenCalledWith(
      'Two-tab detection failed:',
      new Error('no claim in this browser'),
    );
    // Known now: the next save is made at once.
    guard.whenKnown(saved);
    expect(saved).toHaveBeenCalledTimes(2);
  });

  it('tells the latest caller of a kept claim, keeping none of an earlier caller’s listener', async () => {
    claims.fail = false;
    const guard = new TabGuard();
    const first = vi.fn();
    guard.claimFor('late-supplier', () => true, first);
    await vi.waitFor(() => expect(claims.listener).not.toBeNull());
    // The scenario restarts: the claim is kept, and the new screen hears of it.
    const second = vi.fn();
    guard.claimFor('late-supplier', () => true, second);
    claims.listener!('taken');
    expect(second).toHaveBeenCalledWith('taken');
    expect(first).not.toHaveBeenCalled();
  });
});
