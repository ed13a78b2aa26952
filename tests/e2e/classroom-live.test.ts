/**
 * Classroom mode through the classroom server: a projector page at 1920×1080
 * and five learners' phones at 360 px (separate browser contexts). Learners
 * join (one with a name, the rest anonymous), vote (one by keyboard), one
 * changes a vote, one loses its connection and rejoins with its vote kept, the
 * tutor overrides the majority once, and the class plays to the report.
 * Mid-vote the projector reloads and the server restarts on the same database:
 * the vote and every ballot carry on, and a vote tapped while the phone was
 * reconnecting is sent when it is back. At every vote the projector shows the
 * join code, address and QR code without scrolling, in type of 28 px or more.
 * axe on the projector and on the phone's screens.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import { shows, useClassServer } from './class-server.ts';
import { axeViolations } from './axe.ts';
import { SCREENSHOTS, watchErrors } from './harness.ts';

const SCENARIO = 'late-supplier';
const room = useClassServer('classroom');

const tallyText = (page: Page) => page.locator('.class-options').innerText();

/**
 * The projector during a vote: nothing scrolls, and the join code, the address, the QR code
 * and the tutor's button are on screen; every piece of text is at least 28 px.
 */
async function assertProjectorFits(projector: Page, when: string): Promise<void> {
  const report = await projector.evaluate<{
    pageScrolls: boolean;
    mainScrolls: boolean;
    offScreen: string[];
    small: string[];
  }>(`(() => {
    const height = innerHeight;
    const offScreen = ['.join-code', '.join-address', '.class-join img', '.class-options', '.class-controls .primary']
      .filter((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return !box || box.top < 0 || box.bottom > height;
      });
    const small = [...document.querySelectorAll('.classroom *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 28)
      .map((el) => el.textContent.trim().slice(0, 40));
    const main = document.querySelector('.class-main');
    return {
      pageScrolls: document.documentElement.scrollHeight > height,
      mainScrolls: main.scrollHeight > main.clientHeight + 1,
      offScreen,
      small,
    };
  })()`);
  assert.deepEqual(
    report,
    { pageScrolls: false, mainScrolls: false, offScreen: [], small: [] },
    `projector at 1920×1080, ${when}`,
  );
}

/** A phone at 360 px never scrolls sideways. */
async function assertNarrow(phone: Page, when: string): Promise<void> {
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the phone scrolls sideways (${width}px) ${when}`);
}

async function vote(phone: Page, position: number): Promise<void> {
  const button = phone.getByRole('group', { name: 'Choices' }).getByRole('button').nth(position);
  await button.waitFor();
  await phone.waitForFunction(() => !document.querySelector('.learner-choices button[disabled]'));
  await button.click();
  await phone.getByRole('status').filter({ hasText: 'Your vote is in' }).waitFor();
}

describe('classroom mode with phones (classroom server)', () => {
  // Each wait is bounded by the room's contexts (15 s); the whole run, normally 20-30 s, by this.
  it('runs a projector and five phones through a scenario', { timeout: 5 * 60_000 }, async () => {
    // bypassCSP only lets the test inject axe; the header itself is checked here, and
    // tests/e2e/csp.test.ts plays the game under it.
    const projectorContext = await room.context({
      viewport: { width: 1920, height: 1080 },
      bypassCSP: true,
    });
    const projector = await projectorContext.newPage();
    const errors = watchErrors(projector);
    const page = await projector.goto(`${room.server().url}/?teach=${SCENARIO}`);
    assert.equal(page?.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    await projector.getByRole('button', { name: 'Start with phones' }).click();
    await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
    const code = (await projector.locator('.join-code').innerText()).trim();
    assert.match(code, /^[A-Z0-9]{6}$/);
    await projector.getByRole('img', { name: /QR code for http/ }).waitFor();
    assert.deepEqual(await axeViolations(projector), [], 'projector during a vote');
    await assertProjectorFits(projector, 'the first vote');

    const contexts: BrowserContext[] = [];
    const phones: Page[] = [];
    for (let i = 0; i < 5; i += 1) {
      const context = await room.context({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      contexts.push(context);
      const phone = await context.newPage();
      phones.push(phone);
      await phone.goto(`${room.server().url}/?join=${code}`);
      if (i === 0) {
        await phone.getByLabel(/Your name/).waitFor();
        assert.deepEqual(await axeViolations(phone), [], 'phone: the join screen');
        await assertNarrow(phone, 'on the join screen');
        await phone.getByLabel(/Your name/).fill('Asha');
      }
      await phone.getByRole('button', { name: 'Join the class' }).click();
      await phone.getByRole('group', { name: 'Choices' }).waitFor();
    }
    await projector.getByText('5 learners have joined').waitFor();

    // Three for option 1, two for option 2 (one by keyboard, as with a screen reader: the focus
    // stays on the option voted for); then one changes to option 2.
    for (const [i, phone] of phones.entries()) if (i !== 3) await vote(phone, i < 3 ? 0 : 1);
    const byKeyboard = phones[3]!.getByRole('group', { name: 'Choices' }).getByRole('button');
    await byKeyboard.nth(1).focus();
    await phones[3]!.keyboard.press('Space');
    await phones[3]!.getByRole('status').filter({ hasText: 'Your vote is in: option 2' }).waitFor();
    assert.equal(
      await phones[3]!.evaluate(() => document.activeElement?.getAttribute('aria-pressed')),
      'true',
      'the focus stays on the option voted for',
    );
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
    await assertNarrow(phones[0]!, 'during a vote');
    await assertProjectorFits(projector, 'with five votes in');
    await phones[0]!.screenshot({ path: join(SCREENSHOTS, 'classroom-phone.png') });
    await projector.screenshot({ path: join(SCREENSHOTS, 'classroom-projector.png') });

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

    // The server stops and starts again on the same port and database: everyone reconnects and
    // every vote is kept. A phone that changes its vote while reconnecting keeps the tap and
    // sends it when it is back, because the same vote is still open.
    const offline = phones[1]!;
    await room.restart(async () => {
      await shows(
        offline.getByRole('status').filter({ hasText: 'Reconnecting' }),
        'phone 2 shows "Reconnecting" once the server has stopped',
        5000,
      );
      await shows(
        projector.getByRole('status').filter({ hasText: 'Reconnecting' }),
        'the projector shows "Reconnecting" once the server has stopped',
        5000,
      );
      const tapped = offline.getByRole('group', { name: 'Choices' }).getByRole('button').nth(1);
      await tapped.click();
      await shows(
        offline.getByRole('status').filter({ hasText: 'kept on this phone' }),
        'phone 2 keeps the vote tapped while reconnecting',
      );
      assert.equal(await tapped.getAttribute('aria-pressed'), 'true');
    });
    for (const [i, phone] of phones.entries())
      await shows(
        phone
          .getByRole('status')
          .filter({ hasText: phone === offline ? 'Your vote is in: option 2' : 'You have joined' }),
        `phone ${i + 1} is back in the class after the restart`,
      );
    await projector.waitForFunction(() =>
      /4 votes \(80%\)/.test(document.querySelector('.class-options')?.textContent ?? ''),
    );
    await shows(
      projector.getByText('5 learners have joined'),
      'the projector is back in the class',
    );

    await projector.getByRole('button', { name: 'Close the vote and show the tally' }).click();
    // After the close a vote is refused with the reason.
    await phones[0]!.getByRole('status').filter({ hasText: 'closed' }).waitFor();
    // The tutor takes the minority option to explore it.
    const majorityPlace = await projector.locator('.class-option.lead .option-number').innerText();
    const other = majorityPlace.trim() === '1' ? 2 : 1;
    await projector.getByRole('button', { name: `Take option ${other}` }).click();
    await phones[1]!.getByRole('heading', { name: 'What happened' }).waitFor();
    assert.deepEqual(await axeViolations(phones[1]!), [], 'phone: what happened');
    await assertNarrow(phones[1]!, 'on what happened');

    // Every further decision: all phones vote for their first option; the majority is confirmed.
    for (let decision = 1; decision < 60; decision += 1) {
      const next = projector.getByRole('button', { name: /Next decision|Show the class report/ });
      if ((await next.innerText()) === 'Show the class report') {
        await next.click();
        break;
      }
      await next.click();
      await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
      await assertProjectorFits(projector, `decision ${decision + 1}`);
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
    await projectorContext.close();
  });
});
