/** What the address bar can hold: a scenario id is checked before it is used, and echoed short. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useApp, watchErrors } from './harness.ts';

const app = useApp();

describe('the scenario named in the address', () => {
  it('does not look up an inherited name such as __proto__', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${app.url()}/?scenario=__proto__`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    assert.ok(!requested.some((path) => path.includes('object')), requested.join(', '));
    assert.match(await page.getByRole('alert').first().innerText(), /not the name of a scenario/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('quotes a 10,000-character id as a short excerpt, and the page keeps its width', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url()}/?scenario=${'a'.repeat(10_000)}`);
    await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    const notice = await page.getByRole('alert').first().innerText();
    assert.ok(notice.length < 300, `notice is ${notice.length} characters`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 1280, `the page is ${width}px wide`);
    await page.close();
  });
});
