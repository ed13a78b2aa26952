/**
 * The tab's claim on the scenario in play (src/ui/shell/tab-guard.ts): a save deferred until
 * the claim has its answer is still made when the claim fails, not silently dropped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabGuard } from '../../src/ui/shell/tab-guard.ts';

vi.mock('../../src/ui/storage/tab-claim.ts', () => ({
  TabClaim: class {
    constructor() {
      throw new Error('no claim in this browser');
    }
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
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
    expect(warned).toHaveBeenCalledWith('Two-tab detection failed:', expect.any(Error));
    // Known now: the next save is made at once.
    guard.whenKnown(saved);
    expect(saved).toHaveBeenCalledTimes(2);
  });
});
