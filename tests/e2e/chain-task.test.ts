/**
 * A chain-mapping task on a phone: its code is not part of the first screen
 * but loads in idle time after the first choice is on screen, so it is there
 * before a task is asked (and never in a scenario without tasks); and when a task appears, the options under the
 * learner's finger stay where they were drawn, even when the code arrives
 * late and draws the trace after them. Measured by the options' place on the
 * page and by the browser's own layout-shift entries.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { firstScreen } from '../bench/first-screen.ts';
import { choicesReady, chooseOption, DIST, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();
const PHONE = { width: 360, height: 740 };

/** The chunk holding chain-task.ts: the only one that draws a trace list's arrows. */
const TASK_CODE = readdirSync(join(DIST, 'assets')).find(
  (name) =>
    name.endsWith('.js') &&
    readFileSync(join(DIST, 'assets', name), 'utf8').includes('chain-trace-arrow'),
);

interface Shift {
  readonly at: number;
  readonly value: number;
  /** Whether an option, the Choices group or a box holding it was among the nodes moved. */
  readonly movedOptions: boolean;
}

/** From the page's start, every layout shift the browser reports, and whether it moved the options. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { shifts: Shift[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      const group = document.querySelector('[role="group"][aria-label="Choices"]');
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        const movedOptions = (entry.sources ?? []).some(
          ({ node }) => !!node && !!group && (group.contains(node) || node.contains(group)),
        );
        shifts.push({ at: entry.startTime, value: entry.value, movedOptions });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftsSince = (page: Page, since: number): Promise<Shift[]> =>
  page.evaluate(
    (t) => (window as unknown as { shifts: Shift[] }).shifts.filter((shift) => shift.at >= t),
    since,
  );

/** Where each option is on the page (not the screen: the page may scroll), and the time. */
const optionPlaces = (page: Page) =>
  page.evaluate(() => ({
    now: performance.now(),
    places: [...document.querySelectorAll('[role="group"][aria-label="Choices"] button')].map(
      (button) => {
        const rect = button.getBoundingClientRect();
        return { top: Math.round(rect.top + scrollY), left: Math.round(rect.left) };
      },
    ),
  }));

/** Wait for the task's box and picture, then check the options did not move meanwhile. */
async function expectOptionsStillWhenTaskDrawn(
  page: Page,
  before: Awaited<ReturnType<typeof optionPlaces>>,
): Promise<void> {
  await page.locator('.chain-task-slot[data-decision]').waitFor();
  await page.locator('.chain-task-picture:not([hidden])').waitFor();
  const after = await optionPlaces(page);
  assert.deepEqual(after.places, before.places, 'the options stay where they were drawn');
  assert.deepEqual(
    (await shiftsSince(page, before.now)).filter((shift) => shift.movedOptions),
    [],
    'no layout shift moves them',
  );
}

/** Scroll the options into view, as a learner reading on down does before tapping one. */
const bringOptionsIntoView = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('[role="group"][aria-label="Choices"]')
      ?.scrollIntoView({ block: 'end', behavior: 'instant' }),
  );

const taskShown = (page: Page) =>
  page.evaluate(() => !document.querySelector<HTMLElement>('.chain-task-slot')?.hidden);

/**
 * Play picking-error's strong path until its `count`th chain task is asked,
 * handing each task's slot text to `asked` on the way.
 */
async function playToTask(
  page: Page,
  count = 1,
  asked: (text: string) => void = () => undefined,
): Promise<void> {
  const path = pathTo(await builtScenario('picking-error'), 'strong');
  let tasks = 0;
  for (const index of path) {
    await choicesReady(page);
    if (await taskShown(page)) {
      tasks += 1;
      asked(await page.locator('.chain-task-slot').innerText());
      if (tasks === count) return;
    }
    await chooseOption(page, index);
  }
  throw new Error(`the strong path of picking-error asks fewer than ${count} chain tasks`);
}

async function phonePage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await app
    .browser()
    .newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await watchShifts(page);
  return { page, close: () => context.close() };
}

describe('a chain-mapping task on a phone', () => {
  it('loads its code after the first choice is on screen, before a task is asked, not with the first screen', async () => {
    assert.ok(TASK_CODE, 'the build has a chunk with the chain task (run vite build first)');
    assert.ok(!firstScreen(DIST).chunks.includes(TASK_CODE), 'the first screen does not load it');
    const { page, close } = await phonePage();
    const errors = watchErrors(page);
    const requested = page
      .waitForRequest((request) => request.url().endsWith(`/assets/${TASK_CODE}`), {
        timeout: 15_000,
      })
      .then(() => Date.now());
    await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
    await choicesReady(page);
    const firstChoiceShown = Date.now();
    // While the learner reads the first decision: no task has been asked.
    assert.ok((await requested) > firstChoiceShown, 'requested after the first choice was shown');
    assert.equal(await taskShown(page), false, 'requested before any task was asked');
    await playToTask(page);

    await bringOptionsIntoView(page);
    await expectOptionsStillWhenTaskDrawn(page, await optionPlaces(page));
    assert.deepEqual(errors, []);
    await close();
  });

  it('is never loaded for a scenario without chain tasks', async () => {
    assert.ok(TASK_CODE);
    const { page, close } = await phonePage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=1`);
    await choicesReady(page);
    // The stage loads once the first screen has settled, as the task's code would: then the
    // task's code would be asked for within its idle timeout (2 s).
    await page.waitForSelector('#stage canvas', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(2500);
    assert.equal(
      requested.filter((url) => url.endsWith(`/assets/${TASK_CODE}`)).length,
      0,
      'the task code is not requested',
    );
    assert.deepEqual(errors, []);
    await close();
  });

  it('keeps the options in place when the code arrives after the task is asked, with the question shown meanwhile', async () => {
    assert.ok(TASK_CODE);
    const { page, close } = await phonePage();
    const errors = watchErrors(page);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**/assets/${TASK_CODE}`, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
    // Two tasks asked before the code arrives: the second has a trace of one link to draw.
    const asked: string[] = [];
    await playToTask(page, 2, (text) => asked.push(text));
    assert.match(asked[0] ?? '', /step 1\s+Where did the wrong table first enter the chain\?/i);
    assert.match(asked[1] ?? '', /step 2\s+Which external link did the wrong table pass/i);
    assert.equal(await page.locator('.chain-task-slot[data-decision]').count(), 0, 'not drawn');
    await bringOptionsIntoView(page);
    const before = await optionPlaces(page);

    release();
    await expectOptionsStillWhenTaskDrawn(page, before);
    assert.deepEqual(errors, []);
    await close();
  });
});
