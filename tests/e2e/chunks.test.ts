/**
 * Parts of the game that load on demand (the report, the chain map, a
 * scenario's story, the stage and its pictures) may not arrive: offline, a
 * flaky network. The learner is told in plain words, keeps their progress,
 * and a "Try again" loads the part when the network is back.
 *
 * Each test fails the chunk's requests with page.route, then lets them
 * through. Service workers are blocked so every request reaches the route.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { chosenIdentities, SAVE_VERSION, serialiseSave } from '../../src/sim/session/save.ts';
import { Session } from '../../src/sim/session/session.ts';
import { choices, choose, chooseOption, useApp, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();
const SEED = 1;
const SAVE_KEY = 'service-chain:save:late-supplier';

/** Fail requests for one chunk (by its name in dist/assets) until `allow()` is called. */
async function failChunk(page: Page, name: string): Promise<{ allow: () => void }> {
  let failing = true;
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  return { allow: () => (failing = false) };
}

async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser().newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

/** Errors other than the failed requests themselves (which the browser logs on its own). */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(error));

/** A save one decision before a strong ending, and that last decision's option. */
async function saveBeforeTheEnd(): Promise<{ text: string; last: number }> {
  const scenario = await builtScenario('late-supplier');
  const path = pathTo(scenario, 'strong');
  const before = path.slice(0, -1);
  const replay = Session.replay(scenario, before, SEED);
  if (!replay.ok) throw new Error(replay.error);
  const now = new Date().toISOString();
  const text = serialiseSave({
    version: SAVE_VERSION,
    scenarioId: scenario.id,
    storyVersion: scenario.version,
    path: before,
    seed: SEED,
    startedAt: now,
    savedAt: now,
    choices: chosenIdentities(replay.session.simState.decisions),
  });
  return { text, last: path.at(-1)! };
}

/** The end of a scenario opens with the self-rating, then the report. */
const endHeading = (page: Page) =>
  page.getByRole('heading', { name: /Before your report|Scenario report/ });

const stored = (page: Page) =>
  page.evaluate((saveKey) => {
    const keys = Object.keys(localStorage);
    return {
      save: localStorage.getItem(saveKey) !== null,
      results: keys.filter((key) => key.startsWith('service-chain:result:')).length,
    };
  }, SAVE_KEY);

describe('a part of the game that does not load', () => {
  it('keeps the attempt and its save when the report cannot load, and shows it on Try again', async () => {
    const { context, page, errors } = await newPage();
    const { text, last } = await saveBeforeTheEnd();
    await page.goto(`${app.url()}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SAVE_KEY, text]);
    const report = await failChunk(page, 'end-of-scenario');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    await chooseOption(page, last);

    const alert = page.getByRole('alert').filter({ hasText: 'Your report could not be loaded' });
    await alert.waitFor();
    const words = await alert.innerText();
    assert.match(words, /the network did not answer|offline/);
    assert.match(words, /Your attempt is kept on this device/);
    assert.doesNotMatch(words, /dynamically imported module|TypeError/);
    const again = page.getByRole('button', { name: 'Try again' });
    assert.equal(await again.evaluate((button) => button === document.activeElement), true);
    assert.deepEqual(await stored(page), { save: true, results: 1 }, 'save and result both kept');
    await page.screenshot({ path: '/tmp/chunks-report-failed.png' });

    report.allow();
    await page.keyboard.press('Enter');
    await endHeading(page).waitFor();
    assert.equal(await alert.count(), 0, 'the notice goes once the report is shown');
    assert.deepEqual(await stored(page), { save: false, results: 1 }, 'the save goes after');
    assert.deepEqual(unexpected(errors), [], 'no uncaught rejection');
    await context.close();
  });

  it('shows the report of an attempt whose save reached the ending, on opening the scenario', async () => {
    const { context, page } = await newPage();
    const { text, last } = await saveBeforeTheEnd();
    await page.goto(`${app.url()}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SAVE_KEY, text]);
    await failChunk(page, 'end-of-scenario');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    await chooseOption(page, last);
    await page.getByRole('alert').filter({ hasText: 'Your report could not be loaded' }).waitFor();
    // The learner gives up and comes back later, with the network back.
    await page.unrouteAll();
    await page.goto(`${app.url()}/`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await endHeading(page).waitFor();
    assert.deepEqual(await stored(page), { save: false, results: 1 }, 'one attempt, kept once');
    await context.close();
  });

  it('says the chain map could not load, and opens it on Try again', async () => {
    const { context, page, errors } = await newPage();
    const map = await failChunk(page, 'chain-map');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    await choices(page).first().waitFor();
    await page.getByRole('button', { name: 'Service chain map' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The service chain map could not be loaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /you can carry on without it/);
    await choose(page, '1');
    map.allow();
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });

  it('says the settings could not load, and opens them on Try again', async () => {
    const { context, page, errors } = await newPage();
    const dialogCode = await failChunk(page, 'settings-dialog');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    await choices(page).first().waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The settings could not be loaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Your scenario and its progress are kept/);
    await choose(page, '1');
    dialogCode.allow();
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    assert.equal(await alert.count(), 0, 'the notice goes once the settings are open');
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });

  it('says in plain words that a scenario could not load, and opens it on Try again', async () => {
    const { context, page, errors } = await newPage();
    const story = await failChunk(page, 'late-supplier');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    const words = await alert.innerText();
    assert.match(words, /The scenario “.+” could not be loaded/);
    assert.doesNotMatch(words, /dynamically imported module|TypeError|http/);
    await page.screenshot({ path: '/tmp/chunks-story-failed.png' });
    story.allow();
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await choices(page).first().waitFor();
    assert.match(page.url(), /scenario=late-supplier/);
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });

  it('goes on in text when the stage cannot load, and draws it on Try again', async () => {
    const { context, page, errors } = await newPage();
    const stage = await failChunk(page, 'stage');
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    const status = page
      .getByRole('status')
      .filter({ hasText: 'Pictures could not load; the scenario goes on in text.' });
    await status.waitFor();
    assert.equal(await page.locator('#stage').isVisible(), false, 'no blank canvas');
    await choose(page, '1');
    await page.screenshot({ path: '/tmp/chunks-stage-failed.png' });
    stage.allow();
    await status.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.locator('#stage canvas').waitFor();
    assert.equal(await status.count(), 0);
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });

  it('goes on in text when the pictures cannot be drawn, and draws them on Try again', async () => {
    const { context, page, errors } = await newPage();
    // Every generated picture fails to decode until the page says otherwise.
    await page.addInitScript(() => {
      const flags = window as unknown as { failPictures: boolean; drawn: number };
      flags.failPictures = true;
      flags.drawn = 0;
      const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        ...src,
        set(value: string) {
          const broken = flags.failPictures && value.startsWith('data:image/svg+xml');
          if (!broken && value.startsWith('data:image/svg+xml'))
            (this as HTMLImageElement).addEventListener('load', () => (flags.drawn += 1));
          src.set!.call(this, broken ? 'data:image/svg+xml,broken' : value);
        },
      });
    });
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=${SEED}`);
    const status = page
      .getByRole('status')
      .filter({ hasText: 'Pictures could not load; the scenario goes on in text.' });
    await status.waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('#stage').isVisible(), false, 'no blank canvas');
    await page.evaluate(
      () => ((window as unknown as { failPictures: boolean }).failPictures = false),
    );
    await status.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.locator('#stage canvas').waitFor({ state: 'visible' });
    await page.waitForFunction(() => (window as unknown as { drawn: number }).drawn >= 2);
    assert.equal(await status.count(), 0);
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  });
});
