/**
 * Benchmark (not a test): a tutor's class results page with a large class.
 * 500 learners' result files (from real plays of the built scenario, see
 * tests/e2e/class-files.ts) are imported as a folder, then imported again
 * (every file now a duplicate), and the class page is opened twice: first
 * with every attempt still to be analysed (a replay each), then drawn from
 * what the first opening kept. Figures are measured inside the page, from the
 * file input's change to the import's status (or the class page's heading),
 * and the JavaScript heap after a garbage collection. The page's own
 * performance.marks (class-import:* and class-page:*, one per step) are
 * printed beside each figure, so a reader sees where the time goes.
 *
 * Run after a build: `npm run bench` (or `tsx tests/bench/class-results.ts`).
 * BENCH_CLASS_FILES sets the number of files (500); BENCH_CLASS_PLAYS the
 * number of distinct plays they are made from (100; the others re-export one
 * of those plays as another learner's attempt, started at another time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeClassFolder } from '../e2e/class-files.ts';
import { launchBrowser, serveDist } from '../e2e/harness.ts';
import { builtScenario } from '../e2e/paths.ts';

const SCENARIO = process.env.BENCH_CLASS_SCENARIO ?? 'late-supplier';
const FILES = Number(process.env.BENCH_CLASS_FILES ?? 500);
const PLAYS = Number(process.env.BENCH_CLASS_PLAYS ?? 100);

/** Learners such that, with every fifth playing twice, there are FILES attempts. */
function learnersFor(files: number): number {
  let learners = 0;
  while (learners + Math.ceil(learners / 5) < files) learners += 1;
  return learners;
}

interface Timings {
  importStart?: number;
  importEnd?: number;
  openStart?: number;
  openEnd?: number;
}

/** Notes, inside the page, when an import starts and ends and when a class page appears. */
async function watchTimings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { timings: Timings };
    w.timings = {};
    document.addEventListener(
      'change',
      () => {
        w.timings.importStart = performance.now();
        delete w.timings.importEnd;
      },
      true,
    );
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('.class-list button')) {
          w.timings.openStart = performance.now();
          delete w.timings.openEnd;
        }
      },
      true,
    );
    new MutationObserver(() => {
      const t = w.timings;
      if (
        t.importStart !== undefined &&
        t.importEnd === undefined &&
        document.querySelector('.import-status')?.textContent?.startsWith('Kept')
      )
        t.importEnd = performance.now();
      if (
        t.openStart !== undefined &&
        t.openEnd === undefined &&
        document.getElementById('class-page-heading')
      )
        t.openEnd = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const timings = (page: Page) =>
  page.evaluate(() => (window as unknown as { timings: Timings }).timings);

/** The page's marks with `prefix`, in order, each with the time to the next: "read 12 ms · …". */
async function steps(page: Page, prefix: string): Promise<string> {
  const marks = await page.evaluate(
    (p) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(p))
        .map((m) => ({ name: m.name.slice(p.length), at: m.startTime })),
    prefix,
  );
  await page.evaluate(() => performance.clearMarks());
  return marks
    .slice(0, -1)
    .map((m, i) => `${m.name} ${((marks[i + 1]?.at ?? m.at) - m.at).toFixed(0)} ms`)
    .join(' · ');
}

async function main(): Promise<void> {
  const scenario = await builtScenario(SCENARIO);
  const folder = mkdtempSync(join(tmpdir(), 'class-bench-'));
  const started = performance.now();
  const { exported } = await writeClassFolder(scenario, folder, learnersFor(FILES), PLAYS);
  const made = performance.now() - started;
  const app = await serveDist();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
  };

  await page.goto(`${app.url}/?view=class-results`);
  await page.locator('#class-results-heading').waitFor();
  await watchTimings(page);
  const heapBefore = await heapMb();

  const importOnce = async (expected: RegExp) => {
    await page.locator('#result-folder').setInputFiles(folder);
    await page.waitForFunction(
      () => (window as unknown as { timings: Timings }).timings.importEnd !== undefined,
      undefined,
      { timeout: 600_000 },
    );
    const status = (await page.locator('.import-status').textContent()) ?? '';
    if (!expected.test(status)) throw new Error(`unexpected import status: ${status}`);
    const t = await timings(page);
    const marks = await steps(page, 'class-import:');
    return {
      ms: (t.importEnd ?? NaN) - (t.importStart ?? NaN),
      status,
      heap: await heapMb(),
      marks,
    };
  };
  const first = await importOnce(new RegExp(`^Kept ${exported.length} results`));
  const second = await importOnce(new RegExp(`^Kept 0 results; skipped ${exported.length}`));
  const third = await importOnce(new RegExp(`^Kept 0 results; skipped ${exported.length}`));

  const openClass = async () => {
    await page.locator('.class-list button').first().click();
    await page.waitForFunction(
      () => (window as unknown as { timings: Timings }).timings.openEnd !== undefined,
      undefined,
      { timeout: 1_800_000 },
    );
    const t = await timings(page);
    return {
      ms: (t.openEnd ?? NaN) - (t.openStart ?? NaN),
      marks: await steps(page, 'class-page:'),
    };
  };
  const analysing = await openClass();
  await page.getByRole('button', { name: 'Back to class results' }).click();
  await page.locator('#class-results-heading').waitFor();
  const drawn = await openClass();
  const heapAfterPage = await heapMb();
  await browser.close();
  await app.close();
  rmSync(folder, { recursive: true, force: true });

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  console.log(
    `\nClass results (${SCENARIO}, ${exported.length} result files from ${Math.min(PLAYS, exported.length)} plays, made in ${ms(made)}; headless Chromium):`,
  );
  console.log(`  first import                ${ms(first.ms).padStart(9)}   (target < 2 s)`);
  console.log(`      ${first.marks}`);
  console.log(`  second import (duplicates)  ${ms(second.ms).padStart(9)}`);
  console.log(`      ${second.marks}`);
  console.log(`  third import (duplicates)   ${ms(third.ms).padStart(9)}`);
  console.log(
    `  JS heap after GC: before ${mb(heapBefore)}, after 1st ${mb(first.heap)}, 2nd ${mb(second.heap)}, 3rd ${mb(third.heap)} (flat means 2nd ≈ 3rd ≈ 1st)`,
  );
  console.log(`  first opening of the class page: ${ms(analysing.ms)}`);
  console.log(`      ${analysing.marks}`);
  console.log(`  class page drawn again: ${ms(drawn.ms)}   (target < 500 ms)`);
  console.log(`      ${drawn.marks}`);
  console.log(`  JS heap after GC with the class page open: ${mb(heapAfterPage)}`);
}

await main();
