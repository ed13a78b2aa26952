/**
 * A classroom server on a free loopback port, with its own SQLite file in a
 * temporary folder, and a browser: started before a test file's tests and
 * closed after them, as `useApp` does for the plain build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Locator } from 'playwright-core';
import type { HubOptions } from '../../src/server/class-hub.ts';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';
import { DIST, launchBrowser } from './harness.ts';

export interface ClassRoom {
  readonly server: () => ClassServer;
  readonly browser: () => Browser;
  /** A new browser context whose every wait is bounded by WAIT_MS (a hang fails, naming it). */
  readonly context: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** The test file's temporary folder (the database lives in it). */
  readonly dir: () => string;
  /** Stop the server, run `whileDown`, then start it again on the same port and database. */
  readonly restart: (whileDown: () => Promise<void>) => Promise<void>;
}

/** How long any one wait in a classroom test may take: a hang fails in seconds, saying what. */
const WAIT_MS = 15_000;

/** Wait for `locator` to be shown, or fail after `ms` saying what did not happen. */
export async function shows(locator: Locator, what: string, ms = WAIT_MS): Promise<void> {
  try {
    await locator.waitFor({ timeout: ms });
  } catch (error) {
    throw new Error(`${what}: not within ${ms} ms`, { cause: error });
  }
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

/** `options`: the heartbeat's timing, a log, and the like, for the server (and its restarts). */
export function useClassServer(
  name: string,
  options: Pick<HubOptions, 'heartbeat' | 'log'> = {},
): ClassRoom {
  let server: ClassServer | null = null;
  let browser: Browser | null = null;
  let dir: string | null = null;
  const start = (folder: string, port: number) =>
    startClassServer({
      dist: DIST,
      database: join(folder, 'class.sqlite'),
      host: '127.0.0.1',
      port,
      ...options,
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
    context: async (contextOptions) => {
      const context = await started(browser, 'browser').newContext(contextOptions);
      context.setDefaultTimeout(WAIT_MS);
      return context;
    },
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
