/**
 * One activation makes one decision: a double-click, a double tap, Enter
 * pressed twice, a held number key or a burst of presses answers the decision
 * on screen and never the next one. Number keys can be switched off.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  choices,
  choicesReady,
  choose,
  savedPath,
  untilSaved,
  useApp,
  watchErrors,
} from './harness.ts';

const app = useApp();

/** Decisions made so far, from the save the game keeps after every choice. */
const decisionsMade = async (page: Page): Promise<number> => (await savedPath(page))?.length ?? 0;

/** At decision 3, with its options ready to take an answer. */
async function atDecisionThree(page: Page): Promise<void> {
  await page.goto(`${app.url()}/?scenario=late-supplier`);
  await choose(page, '1');
  await choose(page, '1');
  await choicesReady(page);
  await untilSaved(page, 2);
}

/** Long enough for any second decision to have been made and saved. */
const settleDown = (page: Page) => page.waitForTimeout(700);

describe('one activation, one decision', () => {
  it('a double-click answers one decision', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await atDecisionThree(page);
    await choices(page).first().dblclick();
    await settleDown(page);
    assert.equal(await decisionsMade(page), 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a double tap answers one decision: the second tap lands on the next decision and is ignored', async () => {
    const context = await app.browser().newContext({ hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await atDecisionThree(page);
    // Two taps at one spot, the second as soon as the next decision's options are drawn under
    // it (in the page: a loaded test machine cannot tap twice within 300 ms through the driver).
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.choice')?.click();
      document.querySelector<HTMLElement>('.choice')?.click();
    });
    await settleDown(page);
    assert.equal(await decisionsMade(page), 3);
    await context.close();
  });

  it('a click on a decision that has already been answered is ignored', async () => {
    const page = await app.browser().newPage();
    await atDecisionThree(page);
    await page.evaluate(() => {
      const stale = [...document.querySelectorAll<HTMLElement>('.choice')];
      stale[0]?.click();
      stale[1]?.click(); // still in hand, but its decision is gone
    });
    await page.waitForTimeout(400);
    await page.evaluate(() => document.querySelector<HTMLElement>('.choice')?.click());
    await settleDown(page);
    // The stale click made nothing; the later click on the new decision counts.
    assert.equal(await decisionsMade(page), 4);
    await page.close();
  });

  it('Enter pressed twice on an option answers one decision, and focus is not left on an option', async () => {
    const page = await app.browser().newPage();
    await atDecisionThree(page);
    await choices(page).first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await settleDown(page);
    assert.equal(await decisionsMade(page), 3);
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    assert.doesNotMatch(focused, /\bchoice\b/, 'focus is not on one of the new options');
    await page.close();
  });

  it('a held number key (auto-repeat) answers one decision', async () => {
    const page = await app.browser().newPage();
    await atDecisionThree(page);
    await page.keyboard.down('1');
    for (let n = 0; n < 10; n += 1) {
      await page.waitForTimeout(40);
      await page.keyboard.down('1'); // sent as a repeat: the key is still down
    }
    await page.keyboard.up('1');
    await settleDown(page);
    assert.equal(await decisionsMade(page), 3);
    await page.close();
  });

  it('20 presses in a burst answer one decision, not the rest of the scenario', async () => {
    const page = await app.browser().newPage();
    await atDecisionThree(page);
    // Dispatched in the page, so the 20 presses really are within a few milliseconds.
    await page.evaluate(() => {
      for (let n = 0; n < 20; n += 1) {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
        document.dispatchEvent(new KeyboardEvent('keyup', { key: '1', bubbles: true }));
      }
    });
    await settleDown(page);
    assert.equal(await decisionsMade(page), 3);
    await page.close();
  });
});

describe('number keys can be switched off (WCAG 2.1.4)', () => {
  it('with them off, 1 chooses nothing and no numbers are shown; Tab and Enter still choose', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choicesReady(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Number keys choose an option' }).uncheck();
    await page.keyboard.press('Escape');
    await page.keyboard.press('1');
    await settleDown(page);
    assert.equal(await decisionsMade(page), 0);
    assert.equal(await page.locator('.choice .key').first().isVisible(), false);
    await choices(page).first().focus();
    await page.keyboard.press('Enter');
    await settleDown(page);
    assert.equal(await decisionsMade(page), 1);
    // Remembered on this device.
    await page.reload();
    await choicesReady(page);
    await page.keyboard.press('1');
    await settleDown(page);
    assert.equal(await decisionsMade(page), 1);
    await page.close();
  });
});
