/**
 * xAPI statements waiting to reach the LRS, kept in IndexedDB (through idb) so
 * that a statement made offline, or before a reload, is sent when the LRS can
 * be reached again. Each statement is stored with the id it was made with, and
 * leaves the outbox only once the LRS has accepted it (or says it already has
 * it), so it is sent at most once per acceptance and never made twice. Sending
 * runs one statement at a time, in the order they were made, and only one
 * sender runs at a time in the whole browser (a Web Lock when the browser has
 * them), so two tabs or two triggers never send the same statement together.
 *
 * Alongside the statements, the outbox keeps what each registration has had
 * reported (how many decisions, whether it ended), written in the same
 * transaction as the statements, so a reload reports neither twice nor never.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Statement } from '../sim/evidence/xapi-statements.ts';

/** What has been turned into statements for one registration of the AU. */
export interface Reported {
  readonly registration: string;
  readonly decisions: number;
  readonly ended: boolean;
}

interface OutboxDb extends DBSchema {
  statements: { key: number; value: { seq?: number; statement: Statement } };
  reported: { key: string; value: Reported };
}

/** What became of one attempt to send. */
export type Delivery = 'accepted' | 'rejected' | 'unreachable';

const NAME = 'service-chain-xapi-outbox';

export interface Outbox {
  reported(registration: string): Promise<Reported>;
  /** Keep statements to send, with what they report, in one transaction. */
  add(statements: readonly Statement[], reported?: Reported): Promise<void>;
  /**
   * Send what is waiting, oldest first, until one cannot be sent. `send`
   * resolves how the LRS answered; a rejected statement (the LRS says it is
   * malformed) is dropped and given to `rejected` so it never blocks the rest.
   */
  flush(
    send: (statement: Statement) => Promise<Delivery>,
    rejected: (statement: Statement) => void,
  ): Promise<number>;
  waiting(): Promise<number>;
}

export async function openOutbox(): Promise<Outbox> {
  const db: IDBPDatabase<OutboxDb> = await openDB<OutboxDb>(NAME, 1, {
    upgrade(database) {
      database.createObjectStore('statements', { keyPath: 'seq', autoIncrement: true });
      database.createObjectStore('reported', { keyPath: 'registration' });
    },
  });

  const flushOnce = async (
    send: (statement: Statement) => Promise<Delivery>,
    rejected: (statement: Statement) => void,
  ): Promise<number> => {
    let sent = 0;
    for (;;) {
      const cursor = await db.transaction('statements').store.openCursor();
      if (!cursor) return sent;
      const { primaryKey, value } = cursor;
      const delivery = await send(value.statement);
      if (delivery === 'unreachable') return sent;
      if (delivery === 'rejected') rejected(value.statement);
      await db.delete('statements', primaryKey);
      sent += 1;
    }
  };

  let running: Promise<number> | null = null;
  let again = false;
  const run = (
    send: (statement: Statement) => Promise<Delivery>,
    rejected: (statement: Statement) => void,
  ): Promise<number> =>
    typeof navigator !== 'undefined' && 'locks' in navigator
      ? navigator.locks.request(NAME, () => flushOnce(send, rejected))
      : flushOnce(send, rejected);
  return {
    async reported(registration) {
      return (
        (await db.get('reported', registration)) ?? { registration, decisions: 0, ended: false }
      );
    },
    async add(statements, reported) {
      const tx = db.transaction(['statements', 'reported'], 'readwrite');
      await Promise.all([
        ...statements.map((statement) => tx.objectStore('statements').add({ statement })),
        ...(reported ? [tx.objectStore('reported').put(reported)] : []),
        tx.done,
      ]);
    },
    flush(send, rejected) {
      // One flush at a time in this page (a request while one runs makes it go round
      // once more, for statements added meanwhile); the lock makes it one in the browser.
      if (running) {
        again = true;
        return running;
      }
      const round = async (): Promise<number> => {
        let sent = 0;
        do {
          again = false;
          sent += await run(send, rejected);
        } while (again);
        return sent;
      };
      running = round().finally(() => {
        running = null;
      });
      return running;
    },
    waiting: () => db.count('statements'),
  };
}

/** A page that cannot use IndexedDB still queues, for as long as it is open. */
export function memoryOutbox(): Outbox {
  const statements: Statement[] = [];
  const reported = new Map<string, Reported>();
  return {
    reported: (key) =>
      Promise.resolve(reported.get(key) ?? { registration: key, decisions: 0, ended: false }),
    add(added, record) {
      statements.push(...added);
      if (record) reported.set(record.registration, record);
      return Promise.resolve();
    },
    async flush(send, rejected) {
      let sent = 0;
      for (let next = statements[0]; next; next = statements[0]) {
        const delivery = await send(next);
        if (delivery === 'unreachable') break;
        if (delivery === 'rejected') rejected(next);
        statements.shift();
        sent += 1;
      }
      return sent;
    },
    waiting: () => Promise.resolve(statements.length),
  };
}
