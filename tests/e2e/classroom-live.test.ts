/**
 * Classroom mode through the classroom server: a projector page and five
 * learners' phones (separate browser contexts). Learners join (one with a
 * name, the rest anonymous), vote, one changes a vote, one loses its
 * connection and rejoins with its vote kept, the tutor overrides the majority
 * once, and the class plays to the report. Mid-vote the projector reloads and
 * the server restarts on the same database: the vote and every ballot carry on.
 * axe on the projector and a phone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';
import { axeViolations } from './axe.ts';
import { DIST, launchBrowser, watchErrors } from './harness.ts';

const SCENARIO = 'late-supplier';
let server: ClassServer;
let browser: Browser;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'classroom-'));
  server = await startClassServer({
    dist: DIST,
    database: join(dir, 'class.sqlite'),
    host: '127.0.0.1',
    port: 0,
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const tallyText = (page: Page) => page.locator('.class-options').innerText();

async function vote(phone: Page, position: number): Promise<void> {
  const button = phone.getByRole('group', { name: 'Choices' }).getByRole('button').nth(position);
  await button.waitFor();
  await phone.waitForFunction(() => !document.querySelector('.learner-choices button[disabled]'));
  await button.click();
  await phone.getByRole('status').filter({ hasText: 'Your vote is in' }).waitFor();
}

describe('classroom mode with phones (classroom server)', () => {
  it('runs a projector and five phones through a scenario', async () => {
    // bypassCSP only lets the test inject axe; the header itself is checked here, and
    // tests/e2e/csp.test.ts plays the game under it.
    const projector = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
      bypassCSP: true,
    });
    const errors = watchErrors(projector);
    const page = await projector.goto(`${server.url}/?teach=${SCENARIO}`);
    assert.equal(page?.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    await projector.getByRole('button', { name: 'Start with phones' }).click();
    await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
    const code = (await projector.locator('.join-code').innerText()).trim();
    assert.match(code, /^[A-Z0-9]{6}$/);
    await projector.getByRole('img', { name: /QR code for http/ }).waitFor();
    assert.deepEqual(await axeViolations(projector), [], 'projector during a vote');

    const contexts: BrowserContext[] = [];
    const phones: Page[] = [];
    for (let i = 0; i < 5; i += 1) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      contexts.push(context);
      const phone = await context.newPage();
      phones.push(phone);
      await phone.goto(`${server.url}/?join=${code}`);
      if (i === 0) await phone.getByLabel(/Your name/).fill('Asha');
      await phone.getByRole('button', { name: 'Join the class' }).click();
      await phone.getByRole('group', { name: 'Choices' }).waitFor();
    }
    await projector.getByText('5 learners joined').waitFor();

    // Three for option 1, two for option 2; then one changes to option 2.
    for (const [i, phone] of phones.entries()) await vote(phone, i < 3 ? 0 : 1);
    await projector.waitForFunction(() =>
      document.querySelector('.vote-status')?.textContent?.startsWith('5 learners have voted'),
    );
    assert.match(await tallyText(projector), /3 votes \(60%\)/);
    await vote(phones[2]!, 1);
    await projector.waitForFunction(
      () =>
        /3 votes \(60%\)/.test(document.querySelector('.class-options')?.textContent ?? '') &&
        /2 votes \(40%\)/.test(document.querySelector('.class-options')?.textContent ?? ''),
    );
    assert.deepEqual(await axeViolations(phones[0]!), [], 'phone during a vote');
    await phones[0]!.screenshot({ path: '/tmp/classroom-phone.png' });
    await projector.screenshot({ path: '/tmp/classroom-projector.png' });

    // A phone loses its connection and reloads: it rejoins with its vote kept.
    await phones[4]!.reload();
    await phones[4]!.getByRole('button', { name: 'Join the class' }).click();
    await phones[4]!
      .getByRole('group', { name: 'Choices' })
      .locator('button[aria-pressed="true"]')
      .waitFor();
    assert.match(await tallyText(projector), /3 votes \(60%\)/);

    // The tutor's browser reloads mid-vote: the projector is back on the same vote and tally.
    await projector.reload();
    await projector.getByRole('heading', { name: 'Decision 1 · Vote' }).waitFor();
    await projector.waitForFunction(() =>
      /3 votes \(60%\)/.test(document.querySelector('.class-options')?.textContent ?? ''),
    );

    // The server stops and starts again on the same port and database: everyone reconnects,
    // every vote is kept, and a phone can still change its vote.
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await startClassServer({
      dist: DIST,
      database: join(dir, 'class.sqlite'),
      host: '127.0.0.1',
      port,
    });
    for (const phone of phones)
      await phone.getByRole('status').filter({ hasText: 'You have joined the class' }).waitFor();
    await phones[1]!.getByRole('group', { name: 'Choices' }).getByRole('button').nth(1).click();
    await projector.waitForFunction(() =>
      /4 votes \(80%\)/.test(document.querySelector('.class-options')?.textContent ?? ''),
    );

    await projector.getByRole('button', { name: 'Close the vote and show the tally' }).click();
    // After the close a vote is refused with the reason.
    await phones[0]!.getByRole('status').filter({ hasText: 'closed' }).waitFor();
    // The tutor takes the minority option to explore it.
    const majorityPlace = await projector.locator('.class-option.lead .option-number').innerText();
    const other = majorityPlace.trim() === '1' ? 2 : 1;
    await projector.getByRole('button', { name: `Take option ${other}` }).click();
    await phones[1]!.getByRole('heading', { name: 'What happened' }).waitFor();

    // Every further decision: all phones vote for their first option; the majority is confirmed.
    for (let decision = 1; decision < 60; decision += 1) {
      const next = projector.getByRole('button', { name: /Next decision|Show the class report/ });
      if ((await next.innerText()) === 'Show the class report') {
        await next.click();
        break;
      }
      await next.click();
      await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
      for (const phone of phones) {
        await phone.getByRole('heading', { name: `Decision ${decision + 1}` }).waitFor();
        await vote(phone, 0);
      }
      await projector.waitForFunction(() =>
        document.querySelector('.vote-status')?.textContent?.startsWith('5 learners have voted'),
      );
      await projector.getByRole('button', { name: 'Close the vote and show the tally' }).click();
      await projector.getByRole('button', { name: /Confirm the class’s choice/ }).click();
    }
    await projector.getByRole('heading', { name: 'How the class voted' }).waitFor();
    const first = await projector.locator('.class-decision').first().innerText();
    assert.match(first, /tutor took another option/);
    assert.match(first, /4 votes \(80%\)/);
    await phones[0]!.getByText('The class has finished').waitFor();
    assert.deepEqual(errors, []);
    for (const context of contexts) await context.close();
    await projector.close();
  });
});
