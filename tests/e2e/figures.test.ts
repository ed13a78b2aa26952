/**
 * Figures in a story (call volumes, KPIs) reach the learner as a real table in
 * the transcript, with column headers and one row per period, not as lines of
 * text with bars in them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choices, chooseOption, useApp } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();

describe('figures in the transcript', () => {
  it("contact-centre-sla's weekly call figures are a table with headers", async () => {
    const scenario = await builtScenario('contact-centre-sla');
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url()}/?scenario=contact-centre-sla&seed=1`);
    const table = page.getByRole('log').locator('table.figures').first();
    for (const index of pathTo(scenario, 'strong')) {
      await choices(page).first().waitFor();
      if ((await table.count()) > 0) break;
      await chooseOption(page, index);
    }
    const headers = await table.locator('thead th').allInnerTexts();
    assert.deepEqual(headers, [
      'Week of',
      'Calls offered',
      'Answered within 60 s',
      'Abandoned',
      'FCR',
    ]);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    assert.equal(rows.length, 6, 'one row per week, 22 September to 27 October');
    assert.deepEqual(rows[0], ['22 September', '6,120', '82%', '4.1%', '72%']);
    const bars = await page.getByRole('log').locator('li:not(.line-table)').allInnerTexts();
    assert.deepEqual(
      bars.filter((text) => text.includes(' | ')),
      [],
      'no line shows the bars as text',
    );
    await page.close();
  });
});
