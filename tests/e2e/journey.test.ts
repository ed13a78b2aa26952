/**
 * The controls a learner can see and the history of their journey: a visible
 * way to pause, Back and Forward between menu, scenario and report, a restart
 * that asks first, finished attempts reopened from the menu and after a reload,
 * and the ending still on screen when the end screen appears.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, choose, chooseOption, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo, playToSelfRating } from './paths.ts';

const app = useApp();

const menuHeading = (page: Page) => page.getByRole('heading', { name: 'Choose a scenario' });
const reportHeading = (page: Page) => page.getByRole('heading', { name: 'Scenario report' });

/** Play late-supplier to its strong ending and skip the self-rating, so the report shows. */
async function playToReport(page: Page): Promise<void> {
  const scenario = await builtScenario('late-supplier');
  for (const index of pathTo(scenario, 'strong')) {
    await choices(page).first().waitFor();
    await chooseOption(page, index);
  }
  await page.getByRole('heading', { name: /how did you do/ }).waitFor();
}

describe("the learner's journey", () => {
  it('shows a Pause / menu button during play that opens the pause menu', async () => {
    const page = await app.browser().newPage({ viewport: { width: 360, height: 740 } });
    const errors = watchErrors(page);
    await page.goto(app.url());
    await menuHeading(page).waitFor();
    const pause = page.getByRole('button', { name: 'Pause / menu' });
    assert.equal(await pause.isVisible(), false, 'no pause button on the menu');
    await page.getByRole('button', { name: /late supplier/i }).click();
    await choices(page).first().waitFor();
    assert.ok(await pause.isVisible(), 'the pause button is on screen during play');
    const box = await pause.boundingBox();
    assert.ok(box && box.y < 200 && box.height >= 44, 'near the top, and a full-size target');
    await pause.click();
    await page.getByRole('dialog', { name: 'Paused' }).waitFor();
    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await menuHeading(page).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('Back and Forward move between the menu, a scenario and its report', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(app.url());
    await menuHeading(page).waitFor();
    await page.getByRole('button', { name: /late supplier/i }).click();
    await choices(page).first().waitFor();
    await choose(page, '1');
    const transcript = await page.getByRole('log').innerText();

    await page.goBack();
    await menuHeading(page).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('scenario'), null);
    await page.goForward();
    await choices(page).first().waitFor();
    assert.equal(
      await page.getByRole('log').innerText(),
      transcript,
      'Forward returns to the scenario where the learner left it',
    );

    await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));
    await page.reload();
    await choices(page).first().waitFor();
    await playToReport(page);
    await page.getByRole('button', { name: 'Skip' }).click();
    await reportHeading(page).waitFor();
    assert.ok(new URL(page.url()).searchParams.get('attempt'), 'the report has its own address');
    await page.goBack();
    await choices(page).first().waitFor();
    assert.match(await page.getByRole('alert').innerText(), /finished attempt is kept/);
    await page.goBack();
    await menuHeading(page).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a scenario opened by its address still has the menu behind it', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url()}/?scenario=picking-error`);
    await choices(page).first().waitFor();
    await page.goBack();
    await menuHeading(page).waitFor();
    assert.ok(page.url().startsWith(app.url()), 'Back stays in the app');
    await page.close();
  });

  it('asks before a restart and says what will be lost', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/?scenario=picking-error`);
    await choices(page).first().waitFor();
    await choose(page, '1');
    await choose(page, '1');
    const lines = await page.getByRole('log').locator('li').count();
    await page.getByRole('button', { name: 'Pause / menu' }).click();
    await page.getByRole('button', { name: 'Restart this scenario' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restart this scenario?' });
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /lose the 2 choices/);
    assert.match(await confirm.innerText(), /Finished attempts and their reports are kept/);
    await page.getByRole('button', { name: 'Keep playing' }).click();
    assert.equal(await page.getByRole('log').locator('li').count(), lines, 'nothing was lost');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Restart this scenario' }).click();
    await page.getByRole('button', { name: 'Restart and lose my choices' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role="log"] li').length < n,
      lines,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps the ending on screen, reopens a finished report from the menu and after a reload', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await playToReport(page);
    const lastLine = page.getByRole('log').locator('li').last();
    assert.ok(await lastLine.isVisible(), 'the last line is shown');
    const inView = await lastLine.evaluate((line) => {
      const box = line.getBoundingClientRect();
      const log = line.closest('[role="log"]')!.getBoundingClientRect();
      return box.bottom > Math.max(0, log.top) && box.top < Math.min(innerHeight, log.bottom);
    });
    assert.ok(inView, 'the ending lines stay in view when the end screen appears');

    // The whole report, stronger choices included. At the end of play they are searched in
    // idle time while the learner rates, so the first report is read once they are in; a
    // reopened report must be whole the moment it shows.
    const region = page.getByRole('region', { name: 'Scenario report' });
    await page.getByRole('button', { name: 'Skip' }).click();
    await region.locator('.stronger-choices:not([aria-busy])').waitFor();
    const report = await region.innerText();
    await page.reload();
    await reportHeading(page).waitFor();
    assert.equal(await region.innerText(), report, 'a reload on the report shows the same report');
    assert.equal(await choices(page).count(), 0, 'not a fresh start');

    await page.goto(app.url());
    await menuHeading(page).waitFor();
    await page.getByText('Your attempts').click();
    await page
      .locator('.your-attempts')
      .getByRole('button', { name: /Late supplier/i })
      .first()
      .click();
    await reportHeading(page).waitFor();
    assert.equal(await region.innerText(), report, 'the menu reopens the same report');
    await page
      .getByRole('heading', { name: /reflect/i })
      .first()
      .waitFor();
    await page
      .getByRole('heading', { name: /evidence/i })
      .first()
      .waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('reloaded at once on a report, shows its stronger choices at once, never "Trying…"', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await playToSelfRating(page, 'late-supplier', 'failed');
    await page.getByRole('button', { name: 'Skip' }).click();
    const part = page.locator('.stronger-choices:not([aria-busy])');
    await part.waitFor();
    const stronger = await part.innerText();
    assert.match(stronger, /Decision \d+ ·/, 'a failed path has stronger choices to show');
    await page.reload();
    await reportHeading(page).waitFor();
    assert.equal(await page.locator('.stronger-choices').innerText(), stronger);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
