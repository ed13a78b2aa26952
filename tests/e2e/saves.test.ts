/** A damaged save is reported in plain words, kept aside, and the learner can play on. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, choose, refuseStorageWrites, useApp } from './harness.ts';

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

  it('does not replay an old save into a changed story where its path means other options', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/`);
    const save = {
      version: 3,
      scenarioId: 'late-supplier',
      storyVersion: 'an-older-one',
      path: [0, 0],
      seed: 1,
      startedAt: '2026-01-01T00:00:00.000Z',
      savedAt: '2026-01-01T00:00:00.000Z',
      // The options the learner chose then; the story's options at [0, 0] are others now.
      choices: ['0badc0de', '0badc0de'],
    };
    await page.evaluate(
      (text) => localStorage.setItem('service-chain:save:late-supplier', text),
      JSON.stringify(save),
    );
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    const notice = await page.getByRole('alert').innerText();
    assert.match(notice, /scenario has changed since it was saved: at decision 1/);
    assert.match(notice, /kept aside/);
    assert.equal(await page.locator('.line-choice').count(), 0, 'nothing was replayed');
    await page.close();
  });

  it('shows what upgrading a version 1 save changed, and does not replay it unchecked', async () => {
    const page = await app.browser().newPage();
    await page.goto(`${app.url()}/`);
    await page.evaluate(() =>
      localStorage.setItem(
        'service-chain:save:late-supplier',
        JSON.stringify({ version: 1, scenario: 'late-supplier', choices: [0, 0] }),
      ),
    );
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    const notice = await page.getByRole('alert').innerText();
    assert.match(notice, /older format; upgrading it: version 1 save: renamed "scenario"/);
    assert.match(notice, /cannot be checked/);
    assert.equal(await page.locator('.line-choice').count(), 0);
    await page.close();
  });

  describe('when there is no room to keep a copy aside', () => {
    const DAMAGED = `{"version":3,"path":"${'x'.repeat(2000)}`;

    /** Storage full for any new key: the copy aside fails, as it does with a 4 MB save. */
    async function fullStorage(page: Page): Promise<void> {
      await page.goto(`${app.url()}/`);
      await page.evaluate(
        (text) => localStorage.setItem('service-chain:save:late-supplier', text),
        DAMAGED,
      );
      await refuseStorageWrites(page, 'service-chain:quarantine:');
      await page.goto(`${app.url()}/?scenario=late-supplier`);
      await choices(page).first().waitFor();
    }
    const original = (page: Page) =>
      page.evaluate(() => localStorage.getItem('service-chain:save:late-supplier'));

    it('says so, names no copy, and keeps the original through later choices', async () => {
      const page = await app.browser().newPage();
      await fullStorage(page);
      const notice = await page.getByRole('alert').innerText();
      assert.match(notice, /no room on this device to keep a copy aside/);
      assert.doesNotMatch(notice, /service-chain:quarantine/);
      await choose(page, '1');
      await choose(page, '1');
      assert.equal(await original(page), DAMAGED, 'the original is not overwritten');
      await page.close();
    });

    it('offers it as a download, then saves again', async () => {
      const page = await app.browser().newPage();
      await fullStorage(page);
      await choose(page, '1');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the saved progress' }).click(),
      ]);
      const stream = await download.createReadStream();
      let body = '';
      for await (const chunk of stream) body += String(chunk);
      assert.equal(body, DAMAGED);
      const saved = JSON.parse((await original(page)) ?? 'null') as { path: number[] } | null;
      assert.equal(saved?.path.length, 1, 'the progress made meanwhile is saved now');
      await page.close();
    });

    it('discards it when the learner says so, then saves again', async () => {
      const page = await app.browser().newPage();
      await fullStorage(page);
      await page.getByRole('button', { name: 'Discard it' }).click();
      // The damaged text is gone; the attempt on screen (no choices yet) is saved in its place.
      const fresh = JSON.parse((await original(page)) ?? 'null') as { path: number[] } | null;
      assert.deepEqual(fresh?.path, []);
      await choose(page, '1');
      const saved = JSON.parse((await original(page)) ?? 'null') as { path: number[] } | null;
      assert.equal(saved?.path.length, 1);
      await page.close();
    });
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
