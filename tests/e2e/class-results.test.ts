/**
 * The tutor's class results page: a folder of result files from real plays
 * of a scenario (played here in Node with the built story and exported as the
 * game exports them) plus bad files, imported at once; each bad file listed by
 * name with its reason, the figures on the class page checked against a
 * calculation here, kept after a reload, axe-clean, usable by keyboard, and
 * readable on a phone. Writes only to the system's temporary folder and
 * test-results/.
 */
import assert from 'node:assert/strict';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { EvidenceExport } from '../../src/sim/evidence/evidence.ts';
import { seal } from '../../src/sim/evidence/integrity.ts';
import { BANDS, type DimensionId } from '../../src/sim/scoring/rubric.ts';
import { Session } from '../../src/sim/session/session.ts';
import { axeViolations } from './axe.ts';
import { writeClassFolder } from './class-files.ts';
import { SCREENSHOTS, useApp, watchErrors } from './harness.ts';
import { builtScenario } from './paths.ts';

const LEARNERS = 30;

/** Tab until the element with this id or text has focus, or fail: every control must be reachable. */
async function tabTo(page: Page, wanted: { id?: string; text?: string }): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ({ id, text }) =>
        (id !== undefined && document.activeElement?.id === id) ||
        (text !== undefined && document.activeElement?.textContent === text),
      wanted,
    );
    if (found) return;
  }
  assert.fail(`${JSON.stringify(wanted)} could not be reached with Tab`);
}

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('class results', () => {
  const app = useApp();
  const folder = mkdtempSync(join(tmpdir(), 'class-results-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('imports a folder of results, skips each bad file with its reason, and shows the class figures', async () => {
    const scenario = await builtScenario('late-supplier');
    const { exported } = await writeClassFolder(scenario, folder, LEARNERS);
    const first = exported[0] as EvidenceExport & { sha256: string };
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(first, null, 2).slice(0, 300));
    writeFileSync(join(folder, 'copy-of-learner-1.json'), JSON.stringify(first, null, 2));
    const edited = structuredClone(first);
    edited.result.scores[0]!.score += 3;
    writeFileSync(join(folder, 'edited-score.json'), JSON.stringify(edited, null, 2));
    const older = await seal({
      ...first,
      sha256: undefined,
      result: { ...first.result, storyVersion: 'an-older-story' },
    });
    writeFileSync(join(folder, 'older-version.json'), JSON.stringify(older, null, 2));
    writeFileSync(join(folder, 'notes.txt'), 'Remember to collect the forms.');
    const huge = join(folder, 'huge.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 50 * 1024 * 1024 + 1);

    const page = await app.browser().newPage({
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    });
    const errors = watchErrors(page);
    await page.goto(app.url());
    // Keyboard only: from the menu to the results page, and every control on it.
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await tabTo(page, { text: 'Class results' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Class results' }).waitFor();
    assert.match(page.url(), /view=class-results/);
    await tabTo(page, { id: 'class-name' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Group A');
    await tabTo(page, { id: 'result-files' });
    await tabTo(page, { id: 'result-folder' });
    await tabTo(page, { text: 'Back to scenarios' });

    await page.locator('#result-folder').setInputFiles(folder);
    const status = page.getByRole('status').filter({ hasText: 'Kept' });
    await status.waitFor({ timeout: 240_000 });
    assert.equal(await status.textContent(), `Kept ${exported.length} results; skipped 6 files.`);
    const reasons = Object.fromEntries(
      await page
        .locator('.skipped-files tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('th')?.textContent?.replace(/^.*\//, '') ?? '',
            row.querySelector('td')?.textContent ?? '',
          ]),
        ),
    ) as Record<string, string>;
    assert.match(reasons['broken.json'] ?? '', /broken JSON/);
    assert.match(
      reasons['copy-of-learner-1.json'] ?? reasons['learner-1-1.json'] ?? '',
      /duplicate/,
    );
    assert.match(reasons['edited-score.json'] ?? '', /damaged/);
    assert.match(reasons['older-version.json'] ?? '', /another version/);
    assert.match(reasons['notes.txt'] ?? '', /not a JSON file/);
    assert.match(reasons['huge.json'] ?? '', /too large/);
    assert.equal(await page.locator('#class-name').inputValue(), 'Group A');
    assert.deepEqual(await axeViolations(page), [], 'the import page after an import');
    await page.screenshot({ path: join(SCREENSHOTS, 'class-results-import.png'), fullPage: true });

    // Kept after a reload; the class page opened by keyboard.
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
    const open = page.getByRole('button', {
      name: `Group A · ${scenario.meta.title} (${exported.length} attempts)`,
    });
    await open.waitFor();
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('#class-page-heading').waitFor({ timeout: 300_000 });
    assert.equal(
      await page.locator('.class-count').textContent(),
      `${exported.length} attempts by ${LEARNERS} learners.`,
    );

    // Bands per dimension, as calculated here from the files.
    const bandsOf = (id: string) =>
      [...BANDS, null].map(
        (band) =>
          exported.filter(
            (e) => (e.result.scores.find((s) => s.dimension === id)?.band ?? null) === band,
          ).length,
      );
    const dimensionRows = await page.locator('[data-dimension]').all();
    assert.ok(dimensionRows.length > 0);
    for (const row of dimensionRows) {
      const id = (await row.getAttribute('data-dimension')) as DimensionId;
      const shown = (await row.locator('td.number').allTextContents()).map(Number);
      assert.deepEqual(shown, bandsOf(id), `bands of ${id}`);
    }
    // The first decision: how many took each option, from the paths in the files.
    const session = Session.start(scenario, 1);
    const counts = session.options.map(
      (_, i) => exported.filter((e) => e.result.path[0] === i).length,
    );
    const shownCounts = await page
      .locator('[data-decision="1"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('th')?.textContent ?? '',
          r.querySelector('td[data-label="Taken"]')?.textContent ?? '',
          r.querySelector('td[data-label="Per cent"]')?.textContent ?? '',
        ]),
      );
    for (const [i, text] of session.options.entries()) {
      const count = counts[i] ?? 0;
      const share = `${Math.round((count / exported.length) * 100)}%`;
      assert.ok(
        shownCounts.some(
          ([shown, n, p]) => shown?.endsWith(text) && n === String(count) && p === share,
        ),
        `decision 1, option ${i + 1}: ${count} took it (${share}); shown ${JSON.stringify(shownCounts)}`,
      );
    }
    // Decisions sorted by how many went wrong.
    const wrong = (await page.locator('.class-decision h4').allTextContents()).map((t) =>
      Number(/: (\d+) of/.exec(t)?.[1]),
    );
    assert.deepEqual(
      wrong,
      wrong.toSorted((a, b) => b - a),
    );
    // Learners who played twice: two attempts in their row.
    const twice = await page
      .getByRole('row', { name: /^Learner 06 / })
      .locator('td[data-label="Attempts"]')
      .textContent();
    assert.equal(twice, '2');

    assert.deepEqual(await axeViolations(page), [], 'the class page');
    // A full-page capture does not draw the parts content-visibility skips below the view
    // (a reader scrolling sees them drawn), so the capture shows them all.
    await page.addStyleTag({
      content: '.class-part, .class-decision { content-visibility: visible !important; }',
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'class-results-page.png'), fullPage: true });

    // CSV: one row per attempt.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split('\r\n');
    assert.equal(csv.length, exported.length + 1);
    assert.match(csv[0] ?? '', /^Learner,Attempt,Finished,Ending,/);

    // On a phone, nothing is wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await overflows(page), false, 'the class page fits a phone');
    await page.screenshot({ path: join(SCREENSHOTS, 'class-results-phone.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 720 });

    // A learner's latest attempt opens as their full report, by keyboard.
    const latest = page.getByRole('button', { name: /^Latest attempt of Learner 01: / });
    await latest.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'a learner’s report');
    await page.getByRole('button', { name: 'Back to the class page' }).click();
    await page.locator('#class-page-heading').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
