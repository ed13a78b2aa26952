/**
 * inkjs is a chunk of its own, loaded after the first screen (issue 17: src/sim/story/load-ink.ts):
 * a scenario's first choice needs none of it, and a choice that does need it, pressed before it
 * has arrived, is made when it arrives, not lost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { choicesReady, choose, useApp, watchErrors } from './harness.ts';

const ID = 'late-supplier';
const SAVE = `service-chain:save:${ID}`;

const isInk = (url: URL) => /\/assets\/ink-[^/]+\.js$/.test(url.pathname);

/** Hold inkjs's chunk until `release` is called; `asked` says whether the page has asked for it. */
async function holdInk(page: Page): Promise<{ release: () => void; asked: () => boolean }> {
  let release: () => void = () => undefined;
  let asked = false;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(isInk, async (route: Route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

const savedPath = async (page: Page): Promise<number[] | null> => {
  const text = await page.evaluate((key) => localStorage.getItem(key), SAVE);
  return text ? (JSON.parse(text) as { path: number[] }).path : null;
};

const lines = (page: Page) => page.getByRole('log').locator('li').count();

describe('inkjs loaded after the first screen', () => {
  const app = useApp();

  for (const entry of [`${ID}.html?scenario=${ID}`, `index.html?scenario=${ID}`])
    it(`${entry}: a first choice without inkjs, and a second one pressed before it arrives is made when it does`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      const ink = await holdInk(page);
      await page.goto(`${app.url()}/${entry}`);
      await choose(page, '1');
      assert.equal((await savedPath(page))?.length, 1, 'the first choice is saved');
      await choicesReady(page);
      const before = await lines(page);
      await page.keyboard.press('1');
      await page.waitForTimeout(300);
      assert.equal(await lines(page), before, 'the second choice waits for inkjs');
      assert.equal(
        ink.asked(),
        true,
        'inkjs has been asked for (after the first screen, or by the press)',
      );
      ink.release();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[role="log"] li').length > n,
        before,
      );
      assert.equal((await savedPath(page))?.length, 2, 'the second choice is saved too');
      assert.deepEqual(errors, []);
      await page.close();
    });

  it('a save resumes once inkjs has arrived', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/index.html?scenario=${ID}`);
    await choose(page, '1');
    await choose(page, '1');
    const path = await savedPath(page);
    assert.equal(path?.length, 2);
    const transcript = await lines(page);
    await page.reload();
    await choicesReady(page);
    assert.equal(await lines(page), transcript, 'the same transcript after the reload');
    assert.deepEqual(await savedPath(page), path);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
