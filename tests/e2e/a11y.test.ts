/**
 * axe-core on every screen, failing on any WCAG 2.2 A or AA violation:
 * menu, conversation, chain map, pause, settings, self-rating, report and
 * reflection.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, choose, chooseOption, useApp } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(
    async ({ tags, scope }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }>;
          };
        }
      ).axe;
      const result = await axe.run(scope ? { include: [scope] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations;
    },
    { tags: TAGS, scope },
  );
  return found.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

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
      report['menu'] = await violations(page);

      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await choices(page).first().waitFor();
      await choose(page, '1');
      report['conversation'] = await violations(page);

      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Paused' }).waitFor();
      report['pause'] = await violations(page, 'dialog[open]');
      await page.getByRole('button', { name: 'Show the service chain map' }).click();
      await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
      report['chain map'] = await violations(page, 'dialog[open]');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      report['settings'] = await violations(page, 'dialog[open]');
      await page.keyboard.press('Escape');

      await page.evaluate(() => localStorage.removeItem('service-chain:save:late-supplier'));
      await page.goto(`${app.url()}/?scenario=late-supplier`);
      for (const index of pathTo(await builtScenario('late-supplier'), 'partial')) {
        await choices(page).first().waitFor();
        await chooseOption(page, index);
      }
      await page.getByRole('heading', { name: /how did you do/ }).waitFor();
      report['self-rating'] = await violations(page);
      await page.getByRole('button', { name: 'Show my report' }).click();
      await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      report['report'] = await violations(page, '.report');
      report['reflection'] = await violations(page, '.reflection');
      report['evidence and attempts'] = await violations(page);

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
