/**
 * The classroom's screens on a phone, at 320 and 360 px: the tutor's class
 * setup, the projector's view before and during a vote and after the tally,
 * a learner's phone joining, voting and seeing what happened, and the class
 * results page with a few results in it. Nothing scrolls sideways and no box
 * scrolls inside a page that scrolls (tests/e2e/overflow.ts). The menu's
 * classroom buttons are full-size touch targets.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useClassServer } from './class-server.ts';
import { writeClassFolder } from './class-files.ts';
import { watchErrors } from './harness.ts';
import { layoutProblems } from './overflow.ts';
import { builtScenario } from './paths.ts';

const SCENARIO = 'late-supplier';
const room = useClassServer('layout-classroom');

const check = async (page: Page, screen: string, width: number) => {
  await page.waitForTimeout(300);
  assert.deepEqual(await layoutProblems(page), [], `${screen} at ${width} px`);
};

describe('classroom screens on a phone', () => {
  it('the menu’s classroom buttons are full-size touch targets', async () => {
    const page = await room.browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(room.server().url);
    for (const name of ['Teach with a class', 'Class results']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      assert.ok(box && box.width >= 44 && box.height >= 44, `${name}: ${JSON.stringify(box)}`);
      const border = await page
        .getByRole('button', { name })
        .evaluate((button) => getComputedStyle(button).borderTopWidth);
      assert.equal(border, '2px', `${name} is framed like the menu's other buttons`);
    }
    await page.close();
  });

  for (const width of [320, 360] as const) {
    it(`nothing scrolls sideways at ${width} px on the classroom's screens`, async () => {
      const viewport = { width, height: 740 };
      const tutor = await room.browser().newPage({ viewport });
      const errors = watchErrors(tutor);
      await tutor.goto(room.server().url);
      await tutor.getByRole('button', { name: 'Teach with a class' }).click();
      await tutor.locator('.class-scenarios button').first().waitFor();
      await check(tutor, 'the class setup', width);

      await tutor.goto(`${room.server().url}/?teach=${SCENARIO}`);
      await tutor.getByRole('button', { name: 'Start with phones' }).click();
      await tutor.getByRole('button', { name: 'Go straight to the vote' }).waitFor();
      await check(tutor, 'the projector before the vote', width);
      await tutor.getByRole('button', { name: 'Go straight to the vote' }).click();
      const code = (await tutor.locator('.join-code').innerText()).trim();
      await check(tutor, 'the projector during the vote', width);

      const context = await room.browser().newContext({ viewport });
      const phone = await context.newPage();
      errors.push(...watchErrors(phone));
      await phone.goto(`${room.server().url}/?join=${code}`);
      await phone.getByLabel(/Your name/).fill('Asha');
      await check(phone, 'the join screen', width);
      await phone.getByRole('button', { name: 'Join the class' }).click();
      const options = phone.getByRole('group', { name: 'Choices' }).getByRole('button');
      await options.first().waitFor();
      await check(phone, 'the phone during a vote', width);
      await phone.waitForFunction(
        () => !document.querySelector('.learner-choices button[disabled]'),
      );
      await options.first().click();
      await phone.getByRole('status').filter({ hasText: 'Your vote is in' }).waitFor();
      await check(phone, 'the phone after voting', width);

      await tutor.getByRole('button', { name: 'Close the vote and show the tally' }).click();
      await check(tutor, 'the tally', width);
      await tutor.getByRole('button', { name: /Confirm the class’s choice/ }).click();
      await phone.getByRole('heading', { name: 'What happened' }).waitFor();
      await check(phone, 'what happened, on the phone', width);
      await check(tutor, 'the consequence, on the projector', width);
      await context.close();

      const folder = mkdtempSync(join(room.dir(), 'results-'));
      await writeClassFolder(await builtScenario(SCENARIO), folder, 4);
      await tutor.goto(`${room.server().url}/?view=class-results`);
      await tutor.getByRole('heading', { name: 'Class results' }).waitFor();
      await check(tutor, 'the empty class results page', width);
      await tutor.locator('#result-folder').setInputFiles(folder);
      await tutor.getByRole('status').filter({ hasText: 'Kept' }).waitFor({ timeout: 120_000 });
      await tutor.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      await check(tutor, 'the class results page with results', width);
      assert.deepEqual(errors, []);
      await tutor.close();
    });
  }
});
