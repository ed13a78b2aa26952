/**
 * A learner plays the late-supplier scenario with the keyboard alone, on the
 * production build, and reads the report; a reload mid-scenario resumes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { DIMENSION_IDS } from '../../src/sim/scoring/rubric.ts';
import { ARTEFACTS, choices, choose, SCREENSHOTS, useApp, watchErrors } from './harness.ts';

const EXAMPLES = join(ARTEFACTS, 'examples');
mkdirSync(EXAMPLES, { recursive: true });

const app = useApp();

describe('playing a scenario', () => {
  it('can be played to an ending with the keyboard only, and the report explains the scores', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    assert.equal(
      await page.evaluate(() =>
        document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label'),
      ),
      'Choices',
      'focus starts on the choices',
    );
    assert.match((await page.getByText(/mood:/).first().textContent()) ?? '', /mood: \w+/);
    const timer = page.getByRole('timer');
    assert.match(
      await timer.innerText(),
      /waiting for your answer: 0:4\d/,
      'the scenario asks for a timer here',
    );
    await page.waitForTimeout(1200);
    assert.match(await timer.innerText(), /0:4[0-4]/, 'and it counts down');

    let decisions = 0;
    let screenshotTaken = false;
    while ((await choices(page).count()) > 0) {
      const options = await choices(page).count();
      // Vary the path: the first option usually, the last one every third decision.
      await choose(page, decisions % 3 === 2 ? String(options) : '1');
      decisions += 1;
      if (decisions === 3 && !screenshotTaken) {
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(SCREENSHOTS, 'conversation.png') });
        screenshotTaken = true;
      }
      assert.ok(decisions < 80, 'the scenario ends');
    }
    // Before the report: rate yourself, one key per dimension, then show the report.
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    let rated = 0;
    for (let step = 0; step < 200; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { type: el?.type ?? '', text: el?.textContent ?? '', checked: el?.checked ?? false };
      });
      if (focus.text === 'Show my report') break;
      if (focus.type === 'radio' && !focus.checked) {
        await page.keyboard.press('Space');
        // Vary the ratings as a learner would: arrow keys move within a group.
        for (let move = 0; move < rated % 4; move += 1) await page.keyboard.press('ArrowRight');
        rated += 1;
      }
    }
    assert.ok(rated >= 3, `rated several dimensions (${rated})`);
    await page.keyboard.press('Enter');
    const report = page.getByRole('region', { name: 'Scenario report' });
    await report.waitFor();
    assert.ok(decisions >= 6, `at least six decisions on the way (made ${decisions})`);
    const rows = report.locator('table.scores tbody tr');
    assert.equal(await rows.count(), DIMENSION_IDS.length, 'one row per rubric dimension');
    const evidenced = await report.locator('table.scores tbody td.band:not(.band-none)').count();
    assert.ok(evidenced >= 3, 'the path evidences several dimensions');
    // Which ending, and its words, are the story's: checked against the evidence file below.
    const endingHeading = (await report.locator('.ending h3').textContent()) ?? '';
    assert.ok(
      (await report.locator('.moment q').count()) > 0,
      'scored moments quote the choices made',
    );
    const selfRatings = await report.locator('table.scores td.self').allInnerTexts();
    assert.ok(
      selfRatings.filter((text) => /Not yet|Developing|Secure|Strong/.test(text)).length >= 3,
      'the self-ratings sit beside the bands',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });

    // Reflect, with the keyboard: type into each stage of the cycle and save.
    const reflection = page.getByRole('region', { name: 'Reflect on this scenario' });
    await reflection.waitFor();
    let typed = 0;
    for (let step = 0; step < 400; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => ({
        tag: document.activeElement?.tagName ?? '',
        text: document.activeElement?.textContent ?? '',
        inReflection: Boolean(document.activeElement?.closest('.reflection')),
      }));
      if (focus.inReflection && focus.tag === 'TEXTAREA') {
        await page.keyboard.type(' I should have checked with Buying before ringing the supplier.');
        typed += 1;
      }
      if (focus.inReflection && focus.text === 'Save reflection') break;
    }
    assert.ok(typed >= 6, `wrote in every stage of the cycle (${typed})`);
    await page.keyboard.press('Enter');
    await reflection.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();

    // Keep the evidence: the JSON file and the printed report go to examples/ beside the screenshots.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download evidence file (JSON)' }).press('Enter');
    const file = join(EXAMPLES, 'late-supplier-evidence.json');
    await (await download).saveAs(file);
    const evidence = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    assert.ok(
      JSON.stringify(evidence).includes('I should have checked with Buying'),
      'the reflection is in the evidence',
    );
    const { ending } = (evidence as { result: { ending: { title: string } } }).result;
    assert.ok(endingHeading.includes(ending.title), 'the report names the ending reached');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: join(EXAMPLES, 'late-supplier-report.pdf'),
      format: 'A4',
      printBackground: true,
    });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('resumes exactly where the learner was after a reload', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    // A fixed order, so the keys below follow the same path on every run.
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=1`);
    await choices(page).first().waitFor();
    for (const key of ['2', '1', '2']) await choose(page, key);
    const transcript = await page.getByRole('log').innerText();
    const options = await choices(page).allInnerTexts();
    await page.reload();
    await choices(page).first().waitFor();
    assert.equal(await page.getByRole('log').innerText(), transcript);
    assert.deepEqual(await choices(page).allInnerTexts(), options);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
