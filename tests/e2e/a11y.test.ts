/**
 * axe-core on every screen, failing on any WCAG 2.2 A or AA violation:
 * menu, conversation, chain map, pause, settings, self-rating, report and
 * reflection.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from './axe.ts';
import { choices, choose, useApp } from './harness.ts';
import { playToSelfRating } from './paths.ts';

const app = useApp();

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const theme of ['default', 'high contrast'] as const) {
    it(`every screen passes with the ${theme} theme`, async () => {
      const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
      if (theme === 'high contrast') {
        await page.addInitScript(() =>
          localStorage.setItem(
            'service-chain:settings:v1',
            JSON.stringify({ version: 1, highContrast: true, textSize: 150, dyslexicFont: true }),
          ),
        );
      }
      const report: Record<string, string[]> = {};
      await page.goto(app.url());
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      report['menu'] = await axeViolations(page);

      // The scenario's own page: its first screen, adopted by the app, after a choice there.
      await page.goto(`${app.url()}/late-supplier.html?scenario=late-supplier`);
      await page.waitForSelector('[data-static-screen]', { state: 'detached' });
      await choose(page, '1');
      report['conversation (scenario page)'] = await axeViolations(page);
      await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));

      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await choices(page).first().waitFor();
      await choose(page, '1');
      report['conversation'] = await axeViolations(page);

      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Paused' }).waitFor();
      report['pause'] = await axeViolations(page, 'dialog[open]');
      await page.getByRole('button', { name: 'Show the service chain map' }).click();
      await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
      report['chain map'] = await axeViolations(page, 'dialog[open]');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      report['settings'] = await axeViolations(page, 'dialog[open]');
      await page.keyboard.press('Escape');

      await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));
      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await playToSelfRating(page, 'late-supplier', 'partial');
      report['self-rating'] = await axeViolations(page);
      await page.getByRole('button', { name: 'Show my report' }).click();
      await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      report['report'] = await axeViolations(page, '.report');
      report['reflection'] = await axeViolations(page, '.reflection');
      report['evidence and attempts'] = await axeViolations(page);

      for (const [screen, found] of Object.entries(report))
        console.log(`axe ${theme} · ${screen}: ${found.length} violations`);
      const failures = Object.entries(report).flatMap(([screen, found]) =>
        found.map((v) => `${screen}: ${v}`),
      );
      assert.deepEqual(failures, []);
      await page.close();
    });
  }
});
