/**
 * A phone whose connection goes silent without closing (Wi-Fi gone without a
 * goodbye, a phone asleep): the phone talks to the classroom server through a
 * relay that can stop passing bytes both ways while every connection stays
 * open. With a short heartbeat (a ping every 400 ms, lost after 2 s of
 * silence: short, yet long enough that a busy machine does not drop a healthy
 * phone) the phone says "Reconnecting" and the server drops its side within
 * the window; a vote tapped into the dead link is kept on the phone, and sent
 * when the link is back. While the link is healthy nothing is dropped.
 */
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shows, useClassServer } from './class-server.ts';
import { watchErrors } from './harness.ts';

const heartbeat = { everyMs: 400, lostAfterMs: 2000 };
const logged: string[] = [];
const room = useClassServer('classroom-silent', { heartbeat, log: (m) => logged.push(m) });

/**
 * A TCP relay to the server that can go silent: bytes stop both ways and no close is passed
 * on, as on a dead network; a connection made while silent is held unanswered. Healed, it
 * passes bytes again, and the connections that lost bytes are dropped (their streams are
 * broken, as a real phone's are).
 */
function silentRelay(port: () => number) {
  let silent = false;
  const open = new Set<Socket>();
  const dead = new Set<Socket>();
  const relay: Server = createServer((phone) => {
    phone.on('error', () => {});
    open.add(phone);
    phone.on('close', () => open.delete(phone));
    if (silent) {
      dead.add(phone);
      return;
    }
    const server = connect(port(), '127.0.0.1');
    server.on('error', () => {});
    const live = () => !dead.has(phone);
    phone.on('data', (chunk: Buffer) => live() && server.write(chunk));
    server.on('data', (chunk: Buffer) => live() && phone.write(chunk));
    phone.on('close', () => live() && server.destroy());
    server.on('close', () => live() && phone.destroy());
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        relay.listen(0, '127.0.0.1', () => {
          const address = relay.address();
          resolve(address && typeof address !== 'string' ? address.port : 0);
        }),
      ),
    silence: () => {
      silent = true;
      for (const phone of open) dead.add(phone);
    },
    heal: () => {
      silent = false;
      for (const phone of dead) phone.destroy();
      dead.clear();
    },
    close: () => {
      for (const phone of open) phone.destroy();
      return new Promise((resolve) => relay.close(resolve));
    },
  };
}

const relay = silentRelay(() => Number(new URL(room.server().url).port));
let relayUrl = '';
before(async () => {
  relayUrl = `http://127.0.0.1:${await relay.listen()}`;
});
after(() => relay.close());

const status = (phone: Page, text: string) => phone.getByRole('status').filter({ hasText: text });

/** Polls `check` until it holds, or fails after `ms` saying `what`. */
async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a phone whose connection goes silent (classroom server)', () => {
  it(
    'says Reconnecting within the window, keeps the vote tapped into the dead link and sends it when back',
    {
      timeout: 2 * 60_000,
    },
    async () => {
      const projectorContext = await room.context({ viewport: { width: 1920, height: 1080 } });
      const projector = await projectorContext.newPage();
      const errors = watchErrors(projector);
      await projector.goto(`${room.server().url}/?teach=late-supplier`);
      await projector.getByRole('button', { name: 'Start with phones' }).click();
      await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
      const code = (await projector.locator('.join-code').innerText()).trim();

      const phoneContext = await room.context({ viewport: { width: 360, height: 740 } });
      const phone = await phoneContext.newPage();
      await phone.goto(`${relayUrl}/?join=${code}`);
      await phone.getByRole('button', { name: 'Join the class' }).click();
      const options = phone.getByRole('group', { name: 'Choices' }).getByRole('button');
      await options.first().click();
      await shows(status(phone, 'Your vote is in: option 1'), 'the phone votes for option 1');

      // Healthy: both ends answer the pings, so two windows pass and nothing is dropped.
      await new Promise((resolve) => setTimeout(resolve, 2 * heartbeat.lostAfterMs));
      assert.equal(await status(phone, 'Reconnecting').count(), 0, 'no Reconnecting while healthy');
      assert.deepEqual(
        logged.filter((m) => m.includes('dropped')),
        [],
        'the server drops nobody who answers',
      );
      assert.equal(room.server().hub.connections, 2, 'the projector and the phone are connected');

      // Silent: the phone still believes it is connected, so a tap now goes into the dead link.
      relay.silence();
      const silentAt = Date.now();
      await options.nth(1).click();
      const [noticedMs, droppedMs] = await Promise.all([
        shows(
          status(phone, 'Your vote for option 2 is kept on this phone'),
          'the phone notices the silent link and keeps the vote it sent into it',
          4 * heartbeat.lostAfterMs,
        ).then(() => Date.now() - silentAt),
        eventually(
          () => room.server().hub.connections === 1,
          'the server drops the silent phone',
          4 * heartbeat.lostAfterMs,
        ).then(() => Date.now() - silentAt),
      ]);
      assert.ok(logged.some((m) => m.startsWith('classroom: dropped a connection silent for')));
      console.log(`silent link: phone noticed after ${noticedMs} ms, server after ${droppedMs} ms`);
      assert.equal(await options.nth(1).getAttribute('aria-pressed'), 'true');

      // Healed: the phone reconnects on its own, rejoins and sends the kept vote.
      relay.heal();
      await shows(status(phone, 'Your vote is in: option 2'), 'the kept vote is sent once back');
      await projector.waitForFunction(() =>
        document.querySelector('.vote-status')?.textContent?.startsWith('1 learner has voted'),
      );
      assert.match(
        await projector.locator('.class-option').nth(1).innerText(),
        /1 vote \(100%\)/,
        'the projector counts the vote for option 2',
      );
      assert.deepEqual(errors, []);
      await phoneContext.close();
      await projectorContext.close();
    },
  );
});
