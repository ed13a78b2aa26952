/**
 * The production build runs under the strict Content Security Policy with not
 * one violation, on every screen, and asks nothing of any other origin.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import { choices, choose, useApp, watchErrors } from './harness.ts';
import { playToSelfRating } from './paths.ts';

const app = useApp({ 'content-security-policy': CONTENT_SECURITY_POLICY });

const LOOPBACK = /^(https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/|data:|blob:)/;

/** Records every CSP violation the page reports, from its very first script on. */
async function watchPolicy(page: Page): Promise<{ violations: string[]; foreign: string[] }> {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('request', (request) => {
    if (!LOOPBACK.test(request.url())) foreign.push(request.url());
  });
  return { violations, foreign };
}

describe('a strict Content Security Policy', () => {
  it('is sent by the test host as the policy documented for hosts', () => {
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe/);
  });

  it('plays a scenario through every screen with 0 violations and 0 requests elsewhere', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = await watchPolicy(page);
    const errors = watchErrors(page);

    await page.goto(app.url());
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    await choose(page, '1');
    // The stage (Phaser, pictures drawn at run time) and sound have had time to start.
    await page.waitForFunction(() => document.querySelector('#stage canvas'));
    await page.waitForTimeout(3000);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Paused' }).waitFor();
    await page.getByRole('button', { name: 'Show the service chain map' }).click();
    const map = page.getByRole('dialog', { name: 'Service chain map' });
    await map.waitFor();
    await map.locator('button[data-node]').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await playToSelfRating(page, 'late-supplier');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
    await page.waitForTimeout(1000);
    await page
      .getByRole('button', { name: /Back to scenarios|Choose another/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();

    assert.deepEqual(watched.violations, [], 'no securitypolicyviolation events');
    assert.deepEqual(watched.foreign, [], 'no request leaves the loopback host');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens a scenario from its own page (its story named in the HTML) with 0 violations', async () => {
    const page = await app.browser().newPage();
    const watched = await watchPolicy(page);
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${app.url()}/late-supplier.html?scenario=late-supplier`);
    await choices(page).first().waitFor();
    await choose(page, '1');
    assert.ok(requested.some((path) => /^\/assets\/late-supplier-[\w-]+\.js$/.test(path)));
    assert.deepEqual(
      requested.filter((path) => path.includes('preload-scenario')),
      [],
      'the page names its story itself: no script looks it up',
    );
    assert.deepEqual(watched.violations, [], 'no securitypolicyviolation events');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
