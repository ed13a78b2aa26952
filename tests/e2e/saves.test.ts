/** A damaged save is reported in plain words, kept aside, and the learner can play on. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { choices, useApp } from './harness.ts';

const app = useApp();

describe('saved progress', () => {
  it('keeps a corrupted save aside and says so, then starts afresh', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/`);
    await page.evaluate(() =>
      localStorage.setItem('service-chain:save:late-supplier', '{"version":2,"path":"oops'),
    );
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    const notice = await page.getByRole('alert').innerText();
    assert.match(notice, /could not be read/);
    assert.match(notice, /kept aside/);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) =>
        key.startsWith('service-chain:quarantine:late-supplier'),
      ),
    );
    assert.equal(kept.length, 1);
    assert.equal(
      await page.evaluate((key) => localStorage.getItem(key), kept[0]!),
      '{"version":2,"path":"oops',
    );
    await page.close();
  });

  it('says so when a save no longer fits the story, and keeps it', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/`);
    const save = {
      version: 2,
      scenarioId: 'late-supplier',
      storyVersion: 'old',
      path: [9, 9, 9],
      seed: 1,
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    await page.evaluate(
      (text) => localStorage.setItem('service-chain:save:late-supplier', text),
      JSON.stringify(save),
    );
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    assert.match(await page.getByRole('alert').innerText(), /no longer fits/);
    await page.close();
  });

  it('tells the learner when a scenario does not exist and shows the menu', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/?scenario=no-such-thing`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    assert.match(
      await page.getByRole('alert').first().innerText(),
      /no scenario called "no-such-thing"/,
    );
    await page.close();
  });
});
