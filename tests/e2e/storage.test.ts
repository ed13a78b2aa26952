/**
 * Storage the page may not use, or that fails: the game still plays, in
 * memory, and says so once in plain words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, choose, refuseStorageWrites, useApp, watchErrors } from './harness.ts';

const app = useApp();

async function playTwoDecisions(page: Page): Promise<void> {
  await page.goto(`${app.url()}/?scenario=late-supplier`);
  await choices(page).first().waitFor();
  await choose(page, '1');
  await choose(page, '1');
}

describe('storage the page may not use', () => {
  it('plays in memory when reading window.localStorage throws (a sandboxed iframe)', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`${app.url()}/`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor({ timeout: 10_000 });
    const notice = page.getByText(/progress will not be kept/);
    assert.equal(await notice.count(), 1, 'one plain notice');
    await playTwoDecisions(page);
    assert.equal(await page.getByText(/progress will not be kept/).count(), 1);
    assert.equal(await page.getByText(/could not be saved/).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plays in memory when every call on the storage throws', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
        Storage.prototype[name] = () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        };
      }
    });
    await page.goto(`${app.url()}/`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.getByText(/progress will not be kept/).count(), 1);
    await playTwoDecisions(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('storage that fails to write', () => {
  it('says once, not at every choice, that progress could not be saved', async () => {
    const page = await app.browser().newPage();
    await refuseStorageWrites(page, 'service-chain:save:');
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    for (let n = 0; n < 4; n += 1) await choose(page, '1');
    assert.equal(await page.getByText(/could not be saved/).count(), 1);
    await page.close();
  });

  it('says once, not at every choice, when storage starts failing after the page has loaded', async () => {
    const page = await app.browser().newPage();
    await page.addInitScript(() => {
      const flags = window as unknown as { storageBroken: boolean };
      flags.storageBroken = false;
      const setItem: Storage['setItem'] = Storage.prototype.setItem.bind(localStorage);
      Storage.prototype.setItem = (key: string, value: string) => {
        if (flags.storageBroken)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem(key, value);
      };
    });
    await page.goto(`${app.url()}/?scenario=late-supplier&seed=1`);
    await choices(page).first().waitFor();
    await choose(page, '1');
    await page.evaluate(
      () => ((window as unknown as { storageBroken: boolean }).storageBroken = true),
    );
    await choose(page, '1');
    // The notice on screen now is the one a screen reader has heard: it is not put up again.
    await page
      .locator('[data-notice="save-failed"]')
      .evaluate((notice) => notice.setAttribute('data-first', ''));
    for (let n = 0; n < 4; n += 1) await choose(page, '1');
    assert.equal(await page.locator('[data-notice="save-failed"][data-first]').count(), 1);
    const notices = page.getByText(/could not be saved/);
    assert.equal(await notices.count(), 1, 'one notice after five failed saves');
    // Said where a screen reader hears it, and the learner plays on.
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'could not be saved' }).count(),
      1,
    );
    assert.ok((await choices(page).count()) > 0);
    await page.close();
  });
});
