/**
 * The service chain map as a learner meets it: a touch screen is told to
 * tap, never the keyboard's keys (and a keyboard is told its keys); at
 * 1280×720 the map takes the screen's height, its key stays inside it, and
 * the page behind is dimmed too far to read, so the key never seems to run
 * into the scenario's own text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, useApp } from './harness.ts';

const app = useApp();

async function openMap(page: Page): Promise<void> {
  await page.goto(`${app.url()}/?scenario=late-supplier`);
  await choices(page).first().waitFor();
  await page.getByRole('button', { name: 'Pause / menu' }).click();
  await page.getByRole('button', { name: 'Show the service chain map' }).click();
  await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
}

const KEYS = /arrow keys/;
const TAP = 'Tap a link to see its details.';

describe('the chain map', () => {
  it('tells a touch screen to tap, and shows it no keyboard instructions', async () => {
    const context = await app.browser().newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen');
    await openMap(page);
    const map = page.getByRole('dialog', { name: 'Service chain map' });
    assert.equal(await map.getByText(KEYS).isVisible(), false, 'no keyboard instructions');
    assert.ok(await map.getByText(TAP).isVisible(), 'told to tap');
    await context.close();
  });

  it('tells a keyboard and mouse its keys, not to tap', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    const map = page.getByRole('dialog', { name: 'Service chain map' });
    assert.ok(await map.getByText(KEYS).isVisible(), 'the keys are explained');
    assert.equal(await map.getByText(TAP).isVisible(), false, 'not told to tap');
    await page.close();
  });

  it('at 1280×720 keeps its key inside the map, over a page dimmed too far to read', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    const map = page.getByRole('dialog', { name: 'Service chain map' });
    await map.locator('.chain-legend').scrollIntoViewIfNeeded();
    const seen = await map.evaluate((dialog) => {
      const legend = dialog.querySelector('.chain-legend')!.getBoundingClientRect();
      const box = dialog.getBoundingClientRect();
      const backdrop = getComputedStyle(dialog, '::backdrop').backgroundColor;
      return {
        legend: { top: legend.top, bottom: Math.min(legend.bottom, innerHeight) },
        dialog: { top: box.top, bottom: box.bottom },
        height: innerHeight,
        alpha: Number(/rgba?\([^,]+,[^,]+,[^,]+(?:,\s*([\d.]+))?\)/.exec(backdrop)?.[1] ?? 1),
      };
    });
    assert.ok(
      seen.legend.top >= seen.dialog.top && seen.legend.bottom <= seen.dialog.bottom,
      `the key lies inside the map (${JSON.stringify(seen)})`,
    );
    assert.ok(
      seen.dialog.top <= 16 && seen.dialog.bottom >= seen.height - 16,
      `the map takes the screen's height (${JSON.stringify(seen.dialog)})`,
    );
    assert.ok(seen.alpha >= 0.8, `the page behind is dimmed too far to read (${seen.alpha})`);
    await page.close();
  });
});
