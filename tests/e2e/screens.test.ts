/**
 * Every screen opens at phone, laptop and projector sizes without a console
 * error, and is saved (test-results/screenshots/, or docs/ by `npm run docs`) for a person to look at. The chain
 * map is explored with the keyboard alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choices, choose, SCREENSHOTS, useApp, watchErrors } from './harness.ts';
import { playToSelfRating } from './paths.ts';

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

const app = useApp();

const shot = (page: Page, name: string, size: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}-${size}.png`) });

describe('screens at every size', () => {
  for (const size of SIZES) {
    it(`menu, conversation, chain map, pause, settings and report open at ${size.width}×${size.height}`, async () => {
      const page = await app
        .browser()
        .newPage({ viewport: { width: size.width, height: size.height } });
      const errors = watchErrors(page);
      await page.goto(app.url());
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      await shot(page, 'menu', size.name);

      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await choices(page).first().waitFor();
      await choose(page, '1');
      await choose(page, '2');
      // Let the canvas finish preparing its pictures and typing the line.
      await page.waitForFunction(() => document.querySelector('#stage canvas'));
      await page.waitForTimeout(4000);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'conversation', size.name);

      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Paused' }).waitFor();
      await shot(page, 'pause', size.name);
      await page.getByRole('button', { name: 'Show the service chain map' }).click();
      await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
      await page.waitForTimeout(300);
      await shot(page, 'chain-map', size.name);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      await shot(page, 'settings', size.name);
      await page.keyboard.press('Escape');

      await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));
      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await playToSelfRating(page, 'late-supplier');
      await shot(page, 'self-rating', size.name);
      await page.getByRole('button', { name: 'Skip' }).click();
      await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${size.name}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('lets a learner explore the chain map with the keyboard alone', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Paused' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Show the service chain map',
    );
    await page.keyboard.press('Enter');
    const map = page.getByRole('dialog', { name: 'Service chain map' });
    await map.waitFor();
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const seen = new Set<string>();
    for (
      let step = 0;
      step < 12 && !(await focusedName()).includes('Mrs Janet Okafor');
      step += 1
    ) {
      await page.keyboard.press('Tab');
    }
    for (let step = 0; step < 8; step += 1) {
      seen.add((await focusedName()).split(/\s{2,}|\n/)[0] ?? '');
      await page.keyboard.press('ArrowRight');
    }
    assert.ok(
      seen.size >= 4,
      `arrow keys move between the links of the chain (visited ${[...seen].join(', ')})`,
    );
    const nodes = await map.locator('button[data-node]').count();
    assert.ok(nodes >= 5, 'customer, front line, departments and partners are all nodes');
    const node = await focusedName();
    await page.keyboard.press('Enter');
    const details = map.locator('.chain-details');
    assert.match(
      await details.innerText(),
      /Owner[\s\S]*Side[\s\S]*Relationship/,
      'details are real DOM text',
    );
    await page.keyboard.press('Escape');
    assert.equal((await details.innerText()).trim(), '', 'Escape closes the details');
    assert.equal(await focusedName(), node, 'focus returns to the link');
    for (const button of await map.locator('button[data-node]').all()) {
      await button.focus();
      await page.keyboard.press('Enter');
      assert.match(await details.innerText(), /Owner/, 'every link has its details in the DOM');
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});
