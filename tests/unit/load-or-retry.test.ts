import { describe, expect, it } from 'vitest';
import { loadOrRetry } from '../../src/ui/shell/load-or-retry.ts';

const TROUBLE = { key: 'load:x', what: 'The part', kept: 'Nothing is lost.' };

/** Notices that record what was said and keep the last Try again to press. */
function notices() {
  const said: string[] = [];
  let tryAgain: (() => void) | null = null;
  return {
    said,
    press: () => tryAgain?.(),
    offerRetry(key: string, what: string, _kept: string, retry: () => void) {
      said.push(`${key}: ${what}`);
      tryAgain = retry;
    },
    dismiss(key: string) {
      said.push(`dismissed ${key}`);
    },
  };
}

/** A load that fails the first `failures` times. */
function flaky(failures: number) {
  let calls = 0;
  return {
    calls: () => calls,
    load: () =>
      ++calls <= failures ? Promise.reject(new Error('offline')) : Promise.resolve(calls),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadOrRetry', () => {
  it('gives what loaded, saying nothing but the dismissal of an earlier notice', async () => {
    const shown = notices();
    await expect(
      loadOrRetry(
        shown,
        TROUBLE,
        () => Promise.resolve('ok'),
        () => true,
      ),
    ).resolves.toBe('ok');
    expect(shown.said).toEqual(['dismissed load:x']);
  });

  it('offers a Try again on each failure and carries on in place once it loads', async () => {
    const shown = notices();
    const part = flaky(2);
    const loaded = loadOrRetry(shown, TROUBLE, part.load, () => true);
    await settle();
    expect(shown.said).toEqual(['load:x: The part']);
    shown.press();
    await settle();
    expect(shown.said).toEqual(['load:x: The part', 'load:x: The part']);
    shown.press();
    await expect(loaded).resolves.toBe(3);
    expect(part.calls()).toBe(3);
    expect(shown.said.at(-1)).toBe('dismissed load:x');
  });

  it('gives undefined, and tries no more, once the learner has left', async () => {
    const shown = notices();
    const part = flaky(1);
    let here = true;
    const loaded = loadOrRetry(shown, TROUBLE, part.load, () => here);
    await settle();
    here = false;
    shown.press();
    await expect(loaded).resolves.toBeUndefined();
    expect(part.calls()).toBe(1);
  });

  it('says nothing when the learner left while it was loading', async () => {
    const shown = notices();
    let here = true;
    const loaded = loadOrRetry(
      shown,
      TROUBLE,
      () => {
        here = false;
        return Promise.reject(new Error('offline'));
      },
      () => here,
    );
    await expect(loaded).resolves.toBeUndefined();
    expect(shown.said).toEqual([]);
  });

  it('lets one Try again set going every load waiting under the same notice', async () => {
    const shown = notices();
    const trouble = { ...TROUBLE, key: 'load:shared' };
    const first = flaky(1);
    const second = flaky(1);
    const loads = [
      loadOrRetry(shown, trouble, first.load, () => true),
      loadOrRetry(shown, trouble, second.load, () => true),
    ];
    await settle();
    // The second notice replaced the first: its press is the only one the learner can make.
    expect(shown.said).toEqual(['load:shared: The part', 'load:shared: The part']);
    shown.press();
    await expect(Promise.all(loads)).resolves.toEqual([2, 2]);
  });

  it('sets a waiting load going when another under the same notice has loaded', async () => {
    const shown = notices();
    const trouble = { ...TROUBLE, key: 'load:other' };
    const waiting = loadOrRetry(shown, trouble, flaky(1).load, () => true);
    await settle();
    await expect(
      loadOrRetry(
        shown,
        trouble,
        () => Promise.resolve('ok'),
        () => true,
      ),
    ).resolves.toBe('ok');
    await expect(waiting).resolves.toBe(2);
  });
});
