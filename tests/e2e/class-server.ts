/**
 * A classroom server on a free loopback port, with its own SQLite file in a
 * temporary folder, and a browser: started before a test file's tests and
 * closed after them, as `useApp` does for the plain build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';
import { DIST, launchBrowser } from './harness.ts';

export interface ClassRoom {
  readonly server: () => ClassServer;
  readonly browser: () => Browser;
  /** The test file's temporary folder (the database lives in it). */
  readonly dir: () => string;
  /** Stop the server, run `whileDown`, then start it again on the same port and database. */
  readonly restart: (whileDown: () => Promise<void>) => Promise<void>;
}

/** `promise`, or an error saying `what` if it has not settled within `ms`. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function useClassServer(name: string): ClassRoom {
  let server: ClassServer | null = null;
  let browser: Browser | null = null;
  let dir: string | null = null;
  const start = (folder: string, port: number) =>
    startClassServer({
      dist: DIST,
      database: join(folder, 'class.sqlite'),
      host: '127.0.0.1',
      port,
    });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `${name}-`));
    server = await start(dir, 0);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const started = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`the ${what} has not started`);
    return value;
  };
  return {
    server: () => started(server, 'classroom server'),
    browser: () => started(browser, 'browser'),
    dir: () => started(dir, 'temporary folder'),
    restart: async (whileDown) => {
      const running = started(server, 'classroom server');
      const port = Number(new URL(running.url).port);
      // Bounded: a close that hangs on a connection fails here, with a reason, in seconds.
      await within(10_000, running.close(), 'the classroom server did not stop within 10 s');
      server = null;
      await whileDown();
      server = await start(started(dir, 'temporary folder'), port);
    },
  };
}
