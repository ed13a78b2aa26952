/**
 * The classroom server's sockets over a real network connection: a client
 * that stops answering the heartbeat is dropped within the window, one that
 * answers stays, and stopping the server does not wait on a client that never
 * answers its close (a sleeping phone), which ws would wait 30 s for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';

let dist: string;
let server: ClassServer | null = null;
/** A window of a second: short, yet a loaded machine's timers lagging a few beats drop nobody. */
const heartbeat = { everyMs: 200, lostAfterMs: 1000 };

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'class-server-sockets-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Service Chain</title>');
});

afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(dist, { recursive: true, force: true });
});

const start = (timing = heartbeat) =>
  startClassServer({
    dist,
    database: ':memory:',
    host: '127.0.0.1',
    heartbeat: timing,
    log: () => {},
  });

/**
 * A browser's connection (over a stream in memory: Fastify's injectWS); `answers` says whether
 * it replies to the server's pings: the app's ('app'), or only the protocol's, as a browser
 * does by itself when its page is an old one that does not know the app's ('protocol').
 */
async function client(running: ClassServer, answers: 'app' | 'protocol' | false) {
  const pings: unknown[] = [];
  // Listening from the start, as a browser's link does: the first ping comes as it connects.
  const socket = await running.app.injectWS('/ws', undefined, {
    onInit: (ws) => {
      // ws's client in injectWS does not answer protocol pings unless told to.
      if (answers) ws.on('ping', () => ws.pong());
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string };
        if (message.type !== 'ping') return;
        pings.push(message);
        if (answers === 'app') ws.send(JSON.stringify({ type: 'pong' }));
      });
    },
  });
  const closed = new Promise<{ at: number; code: number }>((resolve) =>
    socket.once('close', (code: number) => resolve({ at: Date.now(), code })),
  );
  return { socket, pings, closed };
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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the classroom server’s sockets', () => {
  it('pings with the window, keeps clients that answer (the app’s ping or the protocol’s) and drops one that does not', async () => {
    server = await start();
    const answering = await client(server, 'app');
    const old = await client(server, 'protocol');
    // Before the silent client connects, so at or before the moment the server starts counting.
    const since = Date.now();
    const silent = await client(server, false);
    const droppedAt = (await silent.closed).at;
    // Dropped after the window, and not long after it (generous: a loaded machine's timers lag).
    expect(droppedAt - since).toBeGreaterThanOrEqual(heartbeat.lostAfterMs);
    expect(droppedAt - since).toBeLessThan(heartbeat.lostAfterMs + 3000);
    await wait(2 * heartbeat.lostAfterMs);
    expect(answering.socket.readyState).toBe(answering.socket.OPEN);
    expect(old.socket.readyState).toBe(old.socket.OPEN);
    expect(answering.pings[0]).toEqual({
      type: 'ping',
      lostAfterMs: heartbeat.lostAfterMs,
    });
    expect(server.hub.connections).toBe(2);
    answering.socket.close();
    old.socket.close();
  });

  it('keeps a client that answers across a stall of the server longer than the window', async () => {
    server = await start();
    const answering = await client(server, 'app');
    await wait(2 * heartbeat.everyMs);
    // The whole process stalls (a laptop asleep, a long pause): no timer runs, nothing is read.
    const stalled = Date.now();
    while (Date.now() - stalled < 1.5 * heartbeat.lostAfterMs);
    await wait(2 * heartbeat.lostAfterMs);
    expect(answering.socket.readyState).toBe(answering.socket.OPEN);
    expect(server.hub.connections).toBe(1);
    answering.socket.close();
  });

  it('pings a client as it connects, before the first beat, with the window', async () => {
    server = await start({ everyMs: 10_000, lostAfterMs: 25_000 });
    const browser = await client(server, 'app');
    await vi.waitFor(() => expect(browser.pings).toEqual([{ type: 'ping', lostAfterMs: 25_000 }]));
    browser.socket.close();
  });

  it('will not start with a heartbeat that would drop every link', async () => {
    await expect(start({ everyMs: 1000, lostAfterMs: 1500 })).rejects.toThrow(
      'a ping every 1000 ms must fit twice in the 1500 ms window',
    );
  });

  it('stops at once with a client that never answers its close', async () => {
    server = await start();
    const phone = await asleep(server);
    const browser = await client(server, 'app');
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
