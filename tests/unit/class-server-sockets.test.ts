/**
 * The classroom server's sockets over a real network connection: stopping the
 * server does not wait on a client that never answers its close (a sleeping
 * phone), which ws would wait 30 s for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';

let dist: string;
let server: ClassServer | null = null;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'class-server-sockets-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Service Chain</title>');
});

afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(dist, { recursive: true, force: true });
});

const start = () =>
  startClassServer({ dist, database: ':memory:', host: '127.0.0.1', log: () => {} });

/** A browser's connection (over a stream in memory: Fastify's injectWS). */
async function client(running: ClassServer) {
  const socket = await running.app.injectWS('/ws');
  const closed = new Promise<{ at: number; code: number }>((resolve) =>
    socket.once('close', (code: number) => resolve({ at: Date.now(), code })),
  );
  return { socket, closed };
}

/** A client that upgrades and then never reads or answers anything, as a phone asleep. */
async function asleep(running: ClassServer): Promise<Socket> {
  const raw = connect(Number(new URL(running.url).port), '127.0.0.1');
  raw.write(
    'GET /ws HTTP/1.1\r\nHost: classroom\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  await new Promise((resolve) => raw.once('data', resolve));
  raw.pause();
  return raw;
}

describe('the classroom server’s sockets', () => {
  it('stops at once with a client that never answers its close', async () => {
    server = await start();
    const phone = await asleep(server);
    const browser = await client(server);
    const started = Date.now();
    await server.close();
    server = null;
    // Well under ws's own 30 s wait for a closing handshake.
    expect(Date.now() - started).toBeLessThan(5000);
    // The client that answered was told why.
    expect((await browser.closed).code).toBe(1012);
    phone.destroy();
  });
});
