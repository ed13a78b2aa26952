/**
 * Figures in a story (call volumes, KPIs) reach the learner as a real table,
 * with column headers and one row per period, wherever the story's lines are
 * shown: the transcript, the projector in class mode and a learner's phone.
 * No screen showing them, nor the report and assessor summary after them,
 * shows the bars as text, and the table fits a phone without scrolling sideways.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useClassServer } from './class-server.ts';
import { choices, chooseOption, watchErrors } from './harness.ts';
import { layoutProblems } from './overflow.ts';
import { builtScenario, pathTo } from './paths.ts';

const SCENARIO = 'contact-centre-sla';
// The classroom server also serves the app itself, so one server and one browser do for both.
const room = useClassServer('figures');

/** The lines of the page's visible text that show a table's bars as text. */
const barsShown = async (page: Page): Promise<string[]> =>
  (await page.locator('body').innerText()).split('\n').filter((line) => line.includes(' | '));

/** The first table of figures under `within`: its column headers and its rows' cells. */
async function tableOf(page: Page, within: string) {
  const table = page.locator(`${within} table.figures`).first();
  return {
    headers: await table.locator('thead th').allInnerTexts(),
    rows: await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent))),
  };
}

const WEEKLY = {
  headers: ['Week of', 'Calls offered', 'Answered within 60 s', 'Abandoned', 'FCR'],
  firstRow: ['22 September', '6,120', '82%', '4.1%', '72%'],
};

describe('figures as tables', () => {
  it("contact-centre-sla's weekly call figures are a table in the transcript, and no screen shows bars", async () => {
    const scenario = await builtScenario(SCENARIO);
    const page = await room.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${room.server().url}/?scenario=${SCENARIO}&seed=1`);
    let tablesSeen = 0;
    for (const index of pathTo(scenario, 'strong')) {
      await choices(page).first().waitFor();
      const tables = await page.getByRole('log').locator('table.figures').count();
      if (tables > 0 && tablesSeen === 0) {
        const { headers, rows } = await tableOf(page, '[role="log"]');
        assert.deepEqual(headers, WEEKLY.headers);
        assert.equal(rows.length, 6, 'one row per week, 22 September to 27 October');
        assert.deepEqual(rows[0], WEEKLY.firstRow);
      }
      tablesSeen = tables;
      assert.deepEqual(await barsShown(page), [], 'no line of the scenario shows bars as text');
      await chooseOption(page, index);
    }
    assert.ok(tablesSeen >= 2, `the strong path shows its figures twice (${tablesSeen})`);

    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('region', { name: 'Scenario report' }).waitFor();
    assert.deepEqual(await barsShown(page), [], 'the report quotes no bars');
    await page.getByRole('button', { name: 'Assessor summary (1–2 pages)' }).click();
    await page.getByRole('region', { name: 'Assessor summary' }).waitFor();
    assert.deepEqual(await barsShown(page), [], 'the assessor summary quotes no bars');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the projector and a learner’s phone show the same figures as a table', async () => {
    const scenario = await builtScenario(SCENARIO);
    const url = room.server().url;
    const projector = await room.browser().newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = watchErrors(projector);
    await projector.goto(`${url}/?teach=${SCENARIO}`);
    await projector.getByRole('button', { name: 'Start with phones' }).click();
    await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
    const code = (await projector.locator('.join-code').innerText()).trim();
    const context = await room.browser().newContext({ viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    errors.push(...watchErrors(phone));
    await phone.goto(`${url}/?join=${code}`);
    await phone.getByRole('button', { name: 'Join the class' }).click();

    // The class takes the strong path until the figures are the situation it decides on.
    for (const [decision, index] of pathTo(scenario, 'strong').entries()) {
      await phone.getByRole('heading', { name: `Decision ${decision + 1}` }).waitFor();
      if ((await projector.locator('.class-situation table.figures').count()) > 0) break;
      const option = phone.locator(`.learner-choices button[data-index="${index}"]`);
      await phone.waitForFunction(
        () => !document.querySelector('.learner-choices button[disabled]'),
      );
      await option.click();
      await phone.getByRole('status').filter({ hasText: 'Your vote is in' }).waitFor();
      await projector.getByRole('button', { name: 'Close the vote and show the tally' }).click();
      await projector.getByRole('button', { name: /Confirm the class’s choice/ }).click();
      await projector.getByRole('button', { name: 'Next decision' }).click();
      await projector.getByRole('button', { name: 'Go straight to the vote' }).click();
    }
    for (const [screen, page] of [
      ['the projector', projector],
      ['the phone', phone],
    ] as const) {
      const { headers, rows } = await tableOf(page, '.class-situation');
      assert.deepEqual(headers, WEEKLY.headers, `${screen}: column headers`);
      assert.equal(rows.length, 6, `${screen}: one row per week`);
      assert.deepEqual(rows[0], WEEKLY.firstRow, `${screen}: first row`);
      assert.deepEqual(await barsShown(page), [], `${screen} shows no bars as text`);
    }
    assert.deepEqual(await layoutProblems(phone), [], 'the five columns fit a 360 px phone');
    assert.deepEqual(errors, []);
    await context.close();
    await projector.close();
  });
});
