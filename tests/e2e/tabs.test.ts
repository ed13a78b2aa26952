/**
 * Two tabs on the same scenario: only one saves. The second is told so and
 * offered to play there instead; taking over carries on from the last choice
 * saved by the first, which stops saving and says so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  choices,
  choicesReady,
  choose,
  holdApp,
  savedPath,
  untilSaved,
  useApp,
  watchErrors,
} from './harness.ts';

const app = useApp();
const address = () => `${app.url()}/?scenario=late-supplier&seed=1`;

/** The number of choices in the scenario's save, as this browser holds it. */
const savedChoices = async (page: Page) => (await savedPath(page))?.length ?? 0;

const chosenLines = (page: Page) => page.locator('.line-choice').count();

async function twoTabs(): Promise<{ context: BrowserContext; first: Page; second: Page }> {
  const context = await app.browser().newContext({ serviceWorkers: 'block' });
  const first = await context.newPage();
  await first.goto(address());
  await choose(first, '1');
  const second = await context.newPage();
  await second.goto(address());
  await choices(second).first().waitFor();
  return { context, first, second };
}

describe('two tabs on one scenario', () => {
  it('tells the second tab, which does not save or take choices', async () => {
    const { context, first, second } = await twoTabs();
    const errors = watchErrors(second);
    const told = second.getByRole('alert').filter({ hasText: 'open in another tab' });
    await told.waitFor();
    assert.match(await told.innerText(), /will not save/);
    const playHere = second.getByRole('button', { name: 'Play here instead' });
    assert.equal(await playHere.evaluate((button) => button === document.activeElement), true);
    await second.screenshot({ path: '/tmp/tabs-second.png' });

    // The first tab plays on and saves; the second tab's keys make no choice.
    await choose(first, '1');
    assert.equal(await savedChoices(first), 2);
    const before = await chosenLines(second);
    await second.keyboard.press('1');
    await choices(second).first().dispatchEvent('click');
    assert.equal(await chosenLines(second), before);
    assert.equal(await savedChoices(second), 2, 'the first tab’s save is untouched');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('takes over on request: carries on from the first tab’s last choice, and the first stops saving', async () => {
    const { context, first, second } = await twoTabs();
    await second.getByRole('alert').filter({ hasText: 'open in another tab' }).waitFor();
    await choose(first, '1');
    await second.getByRole('button', { name: 'Play here instead' }).press('Enter');

    // The second tab now shows the two choices the first made, and saves its own.
    await second.waitForFunction(() => document.querySelectorAll('.line-choice').length === 2);
    assert.equal(await second.getByText('open in another tab').count(), 0);
    await choose(second, '1');
    assert.equal(await savedChoices(second), 3);

    // The first tab is told, and its keys no longer save over the second's progress.
    const stopped = first.getByRole('alert').filter({ hasText: 'stopped saving' });
    await stopped.waitFor();
    await first.screenshot({ path: '/tmp/tabs-first-stopped.png' });
    await first.keyboard.press('1');
    assert.equal(await chosenLines(first), 2);
    assert.equal(await savedChoices(first), 3);

    // And it can take the scenario back, from the second tab's latest choice.
    await first.getByRole('button', { name: 'Play here instead' }).press('Enter');
    await first.waitForFunction(() => document.querySelectorAll('.line-choice').length === 3);
    await second.getByRole('alert').filter({ hasText: 'stopped saving' }).waitFor();
    await context.close();
  });

  it('a press made on a scenario page before its app was ready, while another tab has the scenario, is not saved there', async () => {
    const context = await app.browser().newContext({ serviceWorkers: 'block' });
    const page = `${app.url()}/late-supplier.html?scenario=late-supplier`;
    const first = await context.newPage();
    await first.goto(page);
    await choicesReady(first);
    // The first tab holds the scenario (no choice made there yet, so no save). Asked until it
    // does: waitForFunction takes an async predicate's promise for a truthy answer at once.
    const holds = () =>
      first.evaluate(async () =>
        ((await navigator.locks.query()).held ?? []).some(
          (lock) => lock.name === 'service-chain:playing:late-supplier',
        ),
      );
    for (let tries = 0; !(await holds()); tries += 1) {
      assert.ok(tries < 300, 'the first tab claims the scenario');
      await first.waitForTimeout(50);
    }
    const second = await context.newPage();
    const errors = watchErrors(second);
    const release = await holdApp(second);
    await second.goto(page, { waitUntil: 'commit' });
    await second.waitForSelector('[data-static-screen] [role="group"]');
    await second.keyboard.press('1');
    release();
    // The second tab is told, and its press does not become the scenario's save.
    await second.getByRole('alert').filter({ hasText: 'open in another tab' }).waitFor();
    await second.waitForTimeout(300);
    assert.equal(await savedChoices(second), 0, 'nothing saved from the second tab');
    // The first tab was not told it had been taken over, and saves its own choices.
    assert.equal(await first.getByText('stopped saving').count(), 0);
    await choose(first, '1');
    assert.equal(await savedChoices(first), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets a scenario be played in a new tab once the first tab has left it', async () => {
    const { context, first, second } = await twoTabs();
    await second.getByRole('alert').filter({ hasText: 'open in another tab' }).waitFor();
    await second.close();
    await first.getByRole('button', { name: 'Pause / menu' }).click();
    await first.getByRole('button', { name: 'Back to scenarios' }).click();
    await first.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
    const third = await context.newPage();
    await third.goto(address());
    await choose(third, '1');
    assert.equal(await third.getByText('open in another tab').count(), 0);
    await untilSaved(third, 2); // resumed from the first tab’s save, and saving
    await context.close();
  });
});
