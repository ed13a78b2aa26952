/**
 * The report an assessor reads: missed chances scored as such, the learner's
 * name and the date on every export, and the assessor summary that prints on
 * at most two A4 pages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, chooseOption, SCREENSHOTS, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();
const NAME = 'Priya Shah';
const SHOT = join(SCREENSHOTS, 'assessor-summary.png');

/** Play late-supplier to an ending of this kind; the self-rating is then on screen. */
async function playTo(page: Page, outcome: 'strong' | 'failed'): Promise<void> {
  const scenario = await builtScenario('late-supplier');
  await page.goto(`${app.url()}/?scenario=late-supplier`);
  for (const index of pathTo(scenario, outcome)) {
    await choices(page).first().waitFor();
    await chooseOption(page, index);
  }
  await page.getByRole('heading', { name: /how did you do/ }).waitFor();
}

const report = (page: Page) => page.getByRole('region', { name: 'Scenario report' });

async function skipRating(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip' }).click();
  await report(page).waitFor();
}

describe('the report for an assessor', () => {
  it('scores a chance passed by as a missed chance, and asks the learner to rate it', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await playTo(page, 'failed');
    const rating = page.getByRole('group', { name: 'Listening and empathy' });
    assert.ok(await rating.isVisible(), 'the self-rating asks about listening, only passed by');
    await skipRating(page);
    const row = report(page).locator('table.scores tr[data-dimension="listening"]');
    assert.equal(await row.locator('td.band').innerText(), 'Not yet');
    const missed = report(page).locator('#dim-listening .moment.missed');
    assert.ok((await missed.count()) >= 1, 'the missed chance is listed under its principle');
    assert.match(await missed.first().innerText(), /^Missed chance Decision \d+: /);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("asks for the learner's name once, keeps it, and puts it with the date on every export", async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await playTo(page, 'strong');
    await skipRating(page);
    // The strong path confirms Calder's date in writing: listed once, written, his name once.
    const records = await report(page).locator('.report-part.records').innerText();
    assert.doesNotMatch(records, /Verbal only|only verbal|Graham Calder: Graham Calder/);
    const described = await page.locator('#reflect-description').inputValue();
    assert.doesNotMatch(
      described,
      /I chose to (don't|[A-Z][a-z]+:)/,
      'the account reads as English',
    );
    await page.getByLabel('Your name, for your report and evidence').fill(NAME);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').filter({ hasText: 'Name saved on this device' }).waitFor();
    const line = await report(page).locator('.report-learner').innerText();
    const year = String(new Date().getFullYear());
    assert.ok(line.startsWith(`${NAME} · played `) && line.includes(year), line);

    const evidenceFile = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download evidence file (JSON)' }).click();
    const evidence = JSON.parse(
      readFileSync((await (await evidenceFile).path()) ?? '', 'utf8'),
    ) as { learner?: { name: string } };
    assert.deepEqual(evidence.learner, { name: NAME });

    const reflectionFile = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download reflection (text)' }).click();
    const text = readFileSync((await (await reflectionFile).path()) ?? '', 'utf8');
    assert.match(
      text,
      new RegExp(`^Reflection: .+\\nLearner: ${NAME}\\nDate of the attempt: .*${year}`),
    );

    // Asked once: the next report shows the name kept, with a way to change it.
    await page.reload();
    await report(page).waitFor();
    assert.equal(await page.getByLabel('Your name, for your report and evidence').count(), 0);
    await page.getByRole('button', { name: 'Change name' }).click();
    const input = page.getByLabel('Your name, for your report and evidence');
    assert.equal(await input.inputValue(), NAME);
    await input.fill('Priya S. Shah');
    await input.press('Enter');
    assert.match(await report(page).locator('.report-learner').innerText(), /^Priya S\. Shah · /);

    await page.getByRole('button', { name: 'Assessor summary (1–2 pages)' }).click();
    const summary = page.getByRole('region', { name: 'Assessor summary' });
    await summary.waitFor();
    assert.equal(await report(page).isVisible(), false, 'the summary shows in place of the report');
    const facts = await summary.locator('.summary-facts').innerText();
    for (const fact of [
      'Priya S. Shah',
      'Late supplier: the Harbour sofa',
      year,
      'Strong recovery',
    ])
      assert.ok(facts.includes(fact), `the summary names ${fact}: ${facts}`);
    const principles = summary.getByRole('table', { name: /Band on each recovery principle/ });
    assert.equal(await principles.locator('tbody tr').count(), 8, 'one row per principle');
    assert.ok((await principles.locator('tbody q').count()) >= 4, 'moments quote the choice made');
    const points = summary.getByRole('table', { name: 'Marking points' });
    const statuses = await points.locator('td.summary-band').allInnerTexts();
    assert.ok(statuses.length >= 3 && statuses.every((s) => /^(Evidenced|Not yet)$/.test(s)));
    assert.ok(statuses.includes('Evidenced'));
    assert.match(await summary.innerText(), /Declaration[\s\S]*Learner[\s\S]*Assessor/);
    await summary.screenshot({ path: SHOT });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    assert.ok(pages >= 1 && pages <= 2, `the summary prints on one or two A4 pages (${pages})`);
    await page.emulateMedia({ media: 'screen' });

    // Back on the full report, a collapsed section still prints open.
    await summary.getByRole('button', { name: 'Back to the full report' }).click();
    await report(page).waitFor();
    const closed = report(page).locator('details.dimension-detail:not([open])').first();
    assert.equal(await closed.locator('.moments').isVisible(), false, 'collapsed on screen');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await closed.locator('.moments').isVisible(), 'open on paper');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
