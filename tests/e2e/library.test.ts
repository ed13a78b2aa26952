/**
 * Every scenario in the library can be played to an ending in the browser,
 * with the keyboard: once as a strong learner would, once as a weak one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { choose, chooseOption, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const SCENARIOS = readdirSync(join(import.meta.dirname, '..', '..', 'stories'))
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.replace(/\.ink$/, ''))
  .sort();

const app = useApp();

describe('the scenario library', () => {
  it('lists every scenario on the menu by its title', async () => {
    assert.ok(SCENARIOS.length > 0);
    const page = await app.browser().newPage();
    await page.goto(app.url());
    for (const id of SCENARIOS) {
      const scenario = await builtScenario(id);
      await page.getByRole('button', { name: scenario.meta.title }).waitFor();
    }
    await page.close();
  });

  for (const id of SCENARIOS) {
    for (const outcome of ['strong', 'failed'] as const) {
      it(`${id}: a ${outcome === 'strong' ? 'strong' : 'weak'} path reaches a ${outcome} ending`, async () => {
        const scenario = await builtScenario(id);
        const path = pathTo(scenario, outcome);
        const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
        const errors = watchErrors(page);
        await page.goto(`${app.url()}/?scenario=${id}`);
        for (const index of path) await chooseOption(page, index);
        await page.getByRole('button', { name: 'Skip' }).click();
        const report = page.getByRole('region', { name: 'Scenario report' });
        await report.waitFor();
        assert.equal(
          await report.locator(`.ending-${outcome}`).count(),
          1,
          `the report shows a ${outcome} ending`,
        );
        const bands = await report.locator('table.scores tbody td.band').allInnerTexts();
        if (outcome === 'strong')
          assert.ok(bands.includes('Strong'), 'a strong path earns Strong somewhere');
        else assert.ok(bands.includes('Not yet'), 'a weak path is told Not yet somewhere');
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

    // A learner who does not read must not win: pressing 1 every time, or always
    // taking the longest option on screen (one fixed attempt order, ?seed=1).
    // stories:check plays twenty orders and also limits the Strong bands.
    for (const habit of ['presses 1 every time', 'always takes the longest option'] as const) {
      it(`${id}: a learner who ${habit} reaches no strong ending`, async () => {
        const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
        const errors = watchErrors(page);
        await page.goto(`${app.url()}/?scenario=${id}&seed=1`);
        const group = page.getByRole('group', { name: 'Choices' });
        const skip = page.getByRole('button', { name: 'Skip' });
        for (let step = 0; step < 100; step += 1) {
          await group.locator('button').or(skip).first().waitFor();
          if ((await skip.count()) > 0) break;
          const lengths = await group
            .locator('button')
            .evaluateAll((buttons) =>
              buttons.map((b) => b.lastElementChild?.textContent?.length ?? 0),
            );
          const position =
            habit === 'presses 1 every time' ? 0 : lengths.indexOf(Math.max(...lengths));
          await choose(page, String(position + 1));
        }
        await page.getByRole('button', { name: 'Skip' }).click();
        const report = page.getByRole('region', { name: 'Scenario report' });
        await report.waitFor();
        assert.equal(await report.locator('.ending-strong').count(), 0, 'no strong ending');
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});
