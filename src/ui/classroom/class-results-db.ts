/**
 * The tutor's class results kept in the browser's IndexedDB (through idb):
 * one record per attempt, keyed by its attempt id, twice: whole (the file as
 * imported) and light (lightResult: what the class page reads, a fraction of
 * the size, so opening a class of 500 does not read 500 whole files), with an
 * index by class and scenario and one by source (for the duplicate check); and the option outcomes found for each version
 * of a story. Survives a reload; loaded only with the results page.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PointOutcomes } from '../../sim/classroom/class-analysis.ts';
import {
  lightResult,
  type ClassEntry,
  type ClassResultsStore,
  type KeptResult,
} from '../../sim/classroom/class-store.ts';

interface ClassResultsDb extends DBSchema {
  results: { key: string; value: KeptResult };
  light: {
    key: string;
    value: KeptResult;
    indexes: { class: [string, string]; source: string };
  };
  points: { key: string; value: { storyVersion: string; points: PointOutcomes } };
}

const NAME = 'service-chain-class-results';

export async function openClassResultsDb(): Promise<ClassResultsStore> {
  const db: IDBPDatabase<ClassResultsDb> = await openDB<ClassResultsDb>(NAME, 3, {
    upgrade(database, from, _to, tx) {
      if (from < 1) {
        database.createObjectStore('results', { keyPath: 'attemptId' });
        database.createObjectStore('points', { keyPath: 'storyVersion' });
      }
      if (from < 2) {
        const light = database.createObjectStore('light', { keyPath: 'attemptId' });
        light.createIndex('class', ['group', 'scenarioId']);
        // Results kept before the light copies existed get theirs now.
        void (async () => {
          let cursor = await tx.objectStore('results').openCursor();
          while (cursor) {
            await tx.objectStore('light').put(lightResult(cursor.value));
            cursor = await cursor.continue();
          }
        })();
      }
      // Where each attempt came from, read for the duplicate check without reading the attempts.
      if (from < 3) tx.objectStore('light').createIndex('source', 'source');
    },
  });
  return {
    all: () => db.getAll('results'),
    async classes() {
      const entries = new Map<string, ClassEntry>();
      // Keys only: counting a class reads none of its results.
      let cursor = await db.transaction('light').store.index('class').openKeyCursor();
      while (cursor) {
        const [group, scenarioId] = cursor.key;
        const key = `${group}\u0000${scenarioId}`;
        const attempts = (entries.get(key)?.attempts ?? 0) + 1;
        entries.set(key, { group, scenarioId, attempts });
        cursor = await cursor.continue();
      }
      return [...entries.values()];
    },
    forClass: (group, scenarioId) => db.getAllFromIndex('light', 'class', [group, scenarioId]),
    async kept() {
      const kept = new Map<string, string>();
      let cursor = await db.transaction('light').store.index('source').openKeyCursor();
      while (cursor) {
        kept.set(cursor.primaryKey, cursor.key);
        cursor = await cursor.continue();
      }
      return kept;
    },
    async put(results) {
      const tx = db.transaction(['results', 'light'], 'readwrite');
      await Promise.all([
        ...results.flatMap((r) => [
          tx.objectStore('results').put(r),
          tx.objectStore('light').put(lightResult(r)),
        ]),
        tx.done,
      ]);
    },
    async putSteps(found) {
      const tx = db.transaction(['results', 'light'], 'readwrite');
      const update = async (
        store: 'results' | 'light',
        attemptId: string,
        steps: KeptResult['steps'],
      ) => {
        const kept = await tx.objectStore(store).get(attemptId);
        if (kept) await tx.objectStore(store).put({ ...kept, ...(steps ? { steps } : {}) });
      };
      await Promise.all([
        ...found.flatMap(({ attemptId, steps }) => [
          update('results', attemptId, steps),
          update('light', attemptId, steps),
        ]),
        tx.done,
      ]);
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
      const tx = db.transaction(['results', 'light'], 'readwrite');
      let cursor = await tx.objectStore('light').index('class').openCursor([group, scenarioId]);
      while (cursor) {
        await tx.objectStore('results').delete(cursor.primaryKey);
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}
