/**
 * Offline and installable: after one visit the service worker has the whole
 * game, so with the network off a scenario plays to its report, a reload
 * mid-way resumes it, and all of it runs under the strict policy. A new version
 * deployed mid-scenario is offered only at the report, and runs once pressed.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import {
  choices,
  chooseOption,
  DIST,
  serveDist,
  useApp,
  watchErrors,
  watchPolicyViolations,
} from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

/** What only the next version's index.html has. */
const NEXT_MARK = '<meta name="service-chain-build" content="next" />';
const NEXT = 'meta[name="service-chain-build"][content="next"]';

const app = useApp(
  { 'content-security-policy': CONTENT_SECURITY_POLICY },
  { serviceWorkers: 'allow' },
);

describe('offline play', () => {
  it('is installable: a web app manifest with icons the host serves', async () => {
    const page = await app.browser().newPage();
    await page.goto(app.url());
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(href, 'the page links a manifest');
    const manifest = (await page.evaluate(
      (url) => fetch(url).then((response) => response.json()),
      href,
    )) as { name: string; display: string; start_url: string; icons: { src: string }[] };
    assert.equal(manifest.name, 'Service Chain');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const code: number = await page.evaluate(
        (url) => fetch(url).then((response) => response.status),
        new URL(icon.src, new URL(href, app.url())).href,
      );
      assert.equal(code, 200, icon.src);
    }
    await page.close();
  });

  it('plays a scenario to its report with the network off after one visit, reloading mid-way', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations = await watchPolicyViolations(page);

    // The first visit, online: the worker installs, precaches the build and takes the page.
    await page.goto(app.url());
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller?.state === 'activated',
      undefined,
      { timeout: 120_000 },
    );

    await context.setOffline(true);
    const scenario = await builtScenario('damaged-in-transit');
    const path = pathTo(scenario, 'strong');
    const half = Math.ceil(path.length / 2);
    await page.goto(`${app.url()}/?scenario=damaged-in-transit`);
    for (const index of path.slice(0, half)) {
      await choices(page).first().waitFor();
      await chooseOption(page, index);
    }
    const transcript = await page.getByRole('log').locator('li').allInnerTexts();
    await page.reload();
    await choices(page).first().waitFor();
    assert.deepEqual(
      await page.getByRole('log').locator('li').allInnerTexts(),
      transcript,
      'the reload resumed the save, offline',
    );
    for (const index of path.slice(half)) {
      await choices(page).first().waitFor();
      await chooseOption(page, index);
    }
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    // The stage and sound, loaded while offline, came from the worker's cache too.
    assert.ok(await page.locator('#stage canvas').count(), 'the stage drew offline');
    await page
      .getByRole('button', { name: /Back to scenarios|Choose another/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'New version: update' }).count(),
      0,
      'no update is offered when there is none',
    );

    assert.deepEqual(violations, [], 'the worker and manifest run under the strict policy');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('offers a new version only between scenarios, never taking the focus, and runs it when pressed', async () => {
    // A host of its own, whose sw.js the test can replace as a deployment would.
    const copy = mkdtempSync(join(tmpdir(), 'sw-update-'));
    cpSync(DIST, copy, { recursive: true });
    const host = await serveDist({ 'content-security-policy': CONTENT_SECURITY_POLICY }, copy);
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const offer = page.getByRole('button', { name: 'New version: update' });
    const scenario = await builtScenario('damaged-in-transit');
    const path = pathTo(scenario, 'strong');

    await page.goto(`${host.url}/?scenario=damaged-in-transit`);
    await choices(page).first().waitFor();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller?.state === 'activated',
      undefined,
      { timeout: 120_000 },
    );
    for (const index of path.slice(0, 2)) await chooseOption(page, index);
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));

    // A new version is deployed mid-scenario (its index.html carries a mark this one lacks, and
    // its worker's precache list says so), and the browser's check for updates finds it.
    const index = join(copy, 'index.html');
    const page1 = readFileSync(index, 'utf8');
    rmSync(index);
    writeFileSync(index, page1.replace('<head>', `<head>\n${NEXT_MARK}`));
    const worker = join(copy, 'sw.js');
    const text = readFileSync(worker, 'utf8');
    const next = text.replace(/(url:"index\.html",revision:")[^"]+"/, '$1the-next-version"');
    assert.notEqual(next, text, 'the worker precaches index.html by its revision');
    rmSync(worker);
    writeFileSync(worker, next);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction(
      () => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)),
      undefined,
      { timeout: 120_000 },
    );
    // The offer is checked every 2 s; mid-scenario it stays hidden and play goes on.
    await page.waitForTimeout(2_500);
    assert.equal(await offer.isVisible(), false, 'no offer while a scenario is in play');
    for (const index of path.slice(2)) await chooseOption(page, index);
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    assert.ok(
      await page.evaluate(() => (window as unknown as { before?: boolean }).before),
      'nothing reloaded the page during the scenario',
    );

    // Between scenarios (the report) the offer appears, without taking the focus.
    await offer.waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(
      await offer.evaluate((button) => document.activeElement === button),
      false,
      'the offer does not take the focus',
    );
    assert.equal(await page.locator('dialog[open]').count(), 0, 'the offer is not a dialog');
    assert.equal(await page.locator(NEXT).count(), 0, 'still the version the scenario began in');

    // Pressed: the waiting worker takes over and the page reloads into the new version, here a
    // first visit, where no worker controlled the page as it loaded.
    const report = page.url();
    await offer.click();
    await page.locator(NEXT).waitFor({ state: 'attached', timeout: 60_000 });
    assert.equal(
      await page.evaluate(() => (window as unknown as { before?: boolean }).before),
      undefined,
      'the page reloaded',
    );
    assert.equal(page.url(), report, 'it stays on the report');
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    assert.deepEqual(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: Boolean(registration?.waiting),
          controlledByActive: navigator.serviceWorker.controller === registration?.active,
        };
      }),
      { waiting: false, controlledByActive: true },
      'the new worker controls the page and none waits',
    );
    assert.equal(await offer.isVisible(), false, 'nothing more to offer');
    assert.deepEqual(errors, []);
    await context.close();
    await host.close();
    rmSync(copy, { recursive: true, force: true });
  });
});
