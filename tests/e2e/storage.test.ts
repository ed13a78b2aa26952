/**
 * Storage the page may not use, or that fails: the game still plays, in
 * memory, and says so once in plain words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { choices, choose, useApp, watchErrors } from './harness.ts';

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
    await page.addInitScript(() => {
      const setItem: Storage['setItem'] = Storage.prototype.setItem.bind(localStorage);
      Storage.prototype.setItem = (key: string, value: string) => {
        if (key.startsWith('service-chain:save:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem(key, value);
      };
    });
    await page.goto(`${app.url()}/?scenario=late-supplier`);
    await choices(page).first().waitFor();
    for (let n = 0; n < 4; n += 1) await choose(page, '1');
    assert.equal(await page.getByText(/could not be saved/).count(), 1);
    await page.close();
  });
});
