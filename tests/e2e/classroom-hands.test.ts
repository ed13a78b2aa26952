/**
 * Classroom mode with no server: a tutor plays a scenario on the projector,
 * entering each vote as hand counts by keyboard, overriding the majority once,
 * and ends on the class report. Checks the projector's type size and axe.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useApp, watchErrors } from './harness.ts';

const app = useApp();
const SCENARIO = 'late-supplier';

const heading = (page: Page) => page.locator('#class-heading').innerText();

describe('classroom mode with hand counts (no server)', () => {
  it('runs a class through a scenario to the class report', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/`);
    await page.getByRole('button', { name: 'Teach with a class' }).click();
    await page.locator('.class-scenarios button').first().waitFor();
    await page.goto(`${app.url()}/?teach=${SCENARIO}`);
    await page.getByRole('button', { name: 'Start with hand counts' }).click();
    await page.locator('.class-options').waitFor();

    const size = await page
      .locator('.class-situation .line')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 28, `projector body text is ${size}px, expected at least 28px`);
    assert.deepEqual(await axeViolations(page), [], 'options screen');

    let decision = 0;
    for (; decision < 60; decision += 1) {
      assert.match(await heading(page), /Decision \d+ · The options/);
      if (decision === 0) {
        await page.getByLabel('Discussion timer').selectOption('60');
        await page.getByRole('button', { name: 'Start the discussion' }).click();
        await page.getByRole('timer').waitFor();
        await page.getByRole('button', { name: 'Pause' }).click();
        assert.match(await page.getByRole('timer').innerText(), /paused/);
        await page.getByRole('button', { name: 'Add a minute' }).click();
        assert.match(await page.getByRole('timer').innerText(), /^1:5\d|^2:0\d/);
        assert.deepEqual(await axeViolations(page), [], 'discussion screen');
        await page.getByRole('button', { name: 'Open the vote' }).click();
      } else {
        await page.getByRole('button', { name: 'Go straight to the vote' }).click();
      }
      // Hand counts by keyboard: "1" jumps to option 1's count, arrows set it.
      await page.locator('input.count').first().waitFor();
      await page.locator('#class-heading').focus();
      await page.keyboard.press('1');
      await page.keyboard.type('7');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      if (decision === 0) assert.deepEqual(await axeViolations(page), [], 'vote screen');
      await page.getByRole('button', { name: 'Close the vote and show the tally' }).click();
      assert.match(
        await page.locator('.class-option.lead .tally-words').innerText(),
        /7 votes \(78%\)/,
      );
      if (decision === 0) assert.deepEqual(await axeViolations(page), [], 'tally screen');
      if (decision === 1) await page.getByRole('button', { name: 'Take option 2' }).click();
      else await page.getByRole('button', { name: /Confirm the class’s choice/ }).click();
      await page.locator('.class-situation .line.choice').first().waitFor();
      const next = page.getByRole('button', { name: /Next decision|Show the class report/ });
      const label = await next.innerText();
      await next.click();
      if (label === 'Show the class report') break;
    }
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    await page.getByRole('heading', { name: 'How the class voted' }).waitFor();
    const decisions = page.locator('.class-decision');
    assert.equal(await decisions.count(), decision + 1);
    assert.match(await decisions.nth(0).innerText(), /majority choice was taken/);
    assert.match(await decisions.nth(1).innerText(), /tutor took another option/);
    assert.match(await decisions.nth(0).innerText(), /7 votes \(78%\)/);
    assert.deepEqual(await axeViolations(page), [], 'class report');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
