/**
 * The tutor's class results page: a folder of result files from real plays
 * of a scenario (played here in Node with the built story and exported as the
 * game exported them) plus bad files, imported at once; each bad file listed by
 * name with its reason, the figures on the class page checked against a
 * calculation here, kept after a reload, axe-clean and usable by keyboard.
 *
 * NOT YET RUN: written in the session that built the page, whose production
 * build failed under machine load (reasonable-adjustment's exploration hit
 * its time budget). Named .wip.ts so `npm run test:e2e` does not pick it up;
 * run it with `node --import tsx --test tests/e2e/class-results.wip.ts` after
 * `vite build`, fix what it finds, and rename it to class-results.test.ts.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  mkdtempSync,
  readFileSync,
  writeFileSync,
  truncateSync,
  openSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildEvidence } from '../../src/sim/evidence.ts';
import { seal } from '../../src/sim/integrity.ts';
import { resultOf } from '../../src/sim/result.ts';
import { BANDS } from '../../src/sim/rubric.ts';
import type { Scenario } from '../../src/sim/scenario.ts';
import { Session } from '../../src/sim/session.ts';
import { useApp, watchErrors } from './harness.ts';
import { builtScenario } from './paths.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const LEARNERS = 30;

/** A learner's play: a random option at every decision, from a seeded generator. */
function play(scenario: Scenario, seed: number): Session {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const session = Session.start(scenario, seed);
  for (let step = 0; step < 200 && !session.view.finished; step += 1)
    session.choose(Math.floor(next() * session.options.length));
  return session;
}

async function exportOf(session: Session, learner: string, minute: number) {
  const { view } = session;
  const started = new Date(Date.UTC(2026, 2, 3, 9, minute)).toISOString();
  const finished = new Date(Date.UTC(2026, 2, 3, 9, minute + 15)).toISOString();
  return seal(
    buildEvidence({
      result: resultOf(view, started, finished),
      state: view.state,
      meta: view.scenario.meta,
      selfRating: { listening: 'strong', ownership: 'secure' },
      reflection: null,
      exportedAt: finished,
      learnerName: learner,
    }),
  );
}

describe('class results', () => {
  const app = useApp();

  it('imports a folder of results, skips each bad file with its reason, and shows the class figures', async () => {
    const scenario = await builtScenario('late-supplier');
    const folder = mkdtempSync(join(tmpdir(), 'class-results-'));
    const exported: Awaited<ReturnType<typeof exportOf>>[] = [];
    for (let i = 0; i < LEARNERS; i += 1) {
      const learner = `Learner ${String(i + 1).padStart(2, '0')}`;
      const attempts = i % 5 === 0 ? 2 : 1;
      for (let a = 0; a < attempts; a += 1) {
        const evidence = await exportOf(play(scenario, 1000 + i * 7 + a), learner, i * 2 + a * 60);
        exported.push(evidence);
        writeFileSync(
          join(folder, `learner-${i + 1}-${a + 1}.json`),
          JSON.stringify(evidence, null, 2),
        );
      }
    }
    const first = exported[0]!;
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

    const page = await app.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url());
    // Keyboard only: from the menu to the results page.
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Class results')
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Class results' }).waitFor();
    await page.getByLabel('Class').fill('Group A');
    await page.locator('#result-folder').setInputFiles(folder);
    const status = page.getByRole('status').filter({ hasText: 'Kept' });
    await status.waitFor({ timeout: 60_000 });
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

    // Kept after a reload.
    await page.reload();
    const open = page.getByRole('button', {
      name: `Group A · ${scenario.meta.title} (${exported.length} attempts)`,
    });
    await open.waitFor();
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator('#class-page-heading').waitFor({ timeout: 120_000 });

    // Bands per dimension, as calculated here from the files.
    for (const row of await page.locator('[data-dimension]').all()) {
      const id = (await row.getAttribute('data-dimension')) ?? '';
      const expected = BANDS.map(
        (band) =>
          exported.filter((e) => e.result.scores.find((s) => s.dimension === id)?.band === band)
            .length,
      );
      const shown = (await row.locator('td').allTextContents()).slice(0, 4).map(Number);
      assert.deepEqual(shown, expected, `bands of ${id}`);
    }
    // The first decision: how many took each option, replayed here from the paths.
    const session = Session.start(scenario, 1);
    const counts = session.options.map(
      (_, i) => exported.filter((e) => e.result.path[0] === i).length,
    );
    const firstDecision = page.locator('[data-decision="1"] tbody tr');
    const shownCounts = await firstDecision.evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('th')?.textContent ?? '',
        Number(r.querySelector('td')?.textContent),
      ]),
    );
    for (const [i, text] of session.options.entries())
      assert.ok(
        shownCounts.some(([shown, count]) => String(shown).endsWith(text) && count === counts[i]),
        `decision 1, option ${i + 1}: ${counts[i]} took it`,
      );
    await page.screenshot({ path: '/tmp/class-page.png', fullPage: true });

    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
        },
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);

    // A learner's latest attempt opens as their full report, by keyboard.
    const latest = page.getByRole('button', {
      name: 'Latest attempt of Learner 01: open the report',
    });
    await latest.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
