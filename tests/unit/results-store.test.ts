import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/sim/evidence/result.ts';
import { memoryStorage, storageKeys } from '../../src/ui/storage/device-storage.ts';
import { ResultsStore } from '../../src/ui/storage/results-store.ts';

const result = (finishedAt: string, scenarioId = 'late-supplier'): Result => ({
  version: 1,
  scenarioId,
  scenarioTitle: 'A late supplier',
  storyVersion: 'abc',
  path: [0, 1],
  startedAt: '2026-03-01T09:00:00.000Z',
  finishedAt,
  ending: { outcome: 'strong', title: 'Sorted' },
  scores: [],
});

const A = result('2026-03-01T09:10:00.000Z');
const B = result('2026-03-02T09:10:00.000Z', 'picking-error');

describe('kept results', () => {
  it('keeps each attempt under its own key and reads them back oldest first', () => {
    const storage = memoryStorage();
    const store = new ResultsStore(storage);
    expect(store.add(B)).toBe(true);
    expect(store.add(A)).toBe(true);
    expect(storageKeys(storage)).toHaveLength(2);
    expect(new ResultsStore(storage).read()).toEqual({ results: [A, B], problems: [] });
  });

  it('loses only the damaged attempt, and says which', () => {
    const storage = memoryStorage();
    const store = new ResultsStore(storage);
    store.add(A);
    store.add(B);
    storage.setItem(`service-chain:result:${B.finishedAt}|${B.scenarioId}`, '{"version":1,"sco');
    const read = new ResultsStore(storage).read();
    expect(read.results).toEqual([A]);
    expect(read.problems).toEqual([
      `your attempt at "picking-error" finished ${B.finishedAt} could not be read; it is left as it was`,
    ]);
    // New attempts are still kept.
    expect(store.add(result('2026-03-03T09:10:00.000Z'))).toBe(true);
    expect(new ResultsStore(storage).all()).toHaveLength(2);
  });

  it('splits the old single list into one key per attempt, keeping a damaged entry aside', () => {
    const storage = memoryStorage({
      'service-chain:results': JSON.stringify([A, { nonsense: true }, B]),
    });
    const read = new ResultsStore(storage).read();
    expect(read.results).toEqual([A, B]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(
      /^earlier attempt number 2 could not be read; it has been kept aside as "service-chain:results:damaged:/,
    );
    expect(storage.getItem('service-chain:results')).toBeNull();
    const aside = storageKeys(storage).find((key) => key.includes(':damaged:'));
    expect(storage.getItem(aside ?? '')).toBe('{"nonsense":true}');
  });

  it('keeps an old list that is not a list aside instead of overwriting it', () => {
    const storage = memoryStorage({ 'service-chain:results': '{"not":"a list"}' });
    const store = new ResultsStore(storage);
    expect(store.add(A)).toBe(true);
    const read = new ResultsStore(storage).read();
    expect(read.results).toEqual([A]);
    const aside = storageKeys(storage).find((key) =>
      key.startsWith('service-chain:results:damaged:'),
    );
    expect(storage.getItem(aside ?? '')).toBe('{"not":"a list"}');
    expect(store.read().problems[0]).toMatch(/record of your earlier results could not be read/);
  });

  it('leaves the old list alone when there is no room to split it', () => {
    const storage = memoryStorage({ 'service-chain:results': JSON.stringify([A]) });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(new ResultsStore(storage).all()).toEqual([]);
    expect(storage.getItem('service-chain:results')).toBe(JSON.stringify([A]));
  });
});

describe("the learner's name for exports", () => {
  it('is not known until given, then kept on the device for the next visit', () => {
    const storage = memoryStorage();
    expect(new ResultsStore(storage).learnerName()).toBeNull();
    expect(new ResultsStore(storage).saveLearnerName('  Priya Shah ')).toBe(true);
    expect(new ResultsStore(storage).learnerName()).toBe('Priya Shah');
  });

  it('can be changed, and forgotten by saving an empty name', () => {
    const store = new ResultsStore(memoryStorage());
    store.saveLearnerName('Priya Shah');
    store.saveLearnerName('Priya S. Shah');
    expect(store.learnerName()).toBe('Priya S. Shah');
    store.saveLearnerName('   ');
    expect(store.learnerName()).toBeNull();
  });

  it('says when the device would not keep it', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(new ResultsStore(full as Storage).saveLearnerName('Priya Shah')).toBe(false);
  });
});
