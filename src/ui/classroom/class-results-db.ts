/**
 * The tutor's class results kept in the browser's IndexedDB (through idb):
 * one record per attempt, keyed by its attempt id, and the option outcomes
 * found for each version of a story. Survives a reload; loaded only with the
 * results page.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PointOutcomes } from '../../sim/classroom/class-analysis.ts';
import type { ClassResultsStore, KeptResult } from '../../sim/classroom/class-store.ts';

interface ClassResultsDb extends DBSchema {
  results: { key: string; value: KeptResult };
  points: { key: string; value: { storyVersion: string; points: PointOutcomes } };
}

const NAME = 'service-chain-class-results';

export async function openClassResultsDb(): Promise<ClassResultsStore> {
  const db: IDBPDatabase<ClassResultsDb> = await openDB<ClassResultsDb>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('results', { keyPath: 'attemptId' });
      database.createObjectStore('points', { keyPath: 'storyVersion' });
    },
  });
  return {
    all: () => db.getAll('results'),
    async kept() {
      const kept = new Map<string, string>();
      let cursor = await db.transaction('results').store.openCursor();
      while (cursor) {
        kept.set(cursor.key, cursor.value.source);
        cursor = await cursor.continue();
      }
      return kept;
    },
    async put(results) {
      const tx = db.transaction('results', 'readwrite');
      await Promise.all([...results.map((r) => tx.store.put(r)), tx.done]);
    },
    async points(storyVersion) {
      return (await db.get('points', storyVersion))?.points ?? {};
    },
    async putPoints(storyVersion, points) {
      const tx = db.transaction('points', 'readwrite');
      const earlier = (await tx.store.get(storyVersion))?.points ?? {};
      await tx.store.put({ storyVersion, points: { ...earlier, ...points } });
      await tx.done;
    },
    async remove(group, scenarioId) {
      const tx = db.transaction('results', 'readwrite');
      let cursor = await tx.store.openCursor();
      while (cursor) {
        if (cursor.value.group === group && cursor.value.scenarioId === scenarioId)
          await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}
