/**
 * Phones: at 320 and 360 px nothing on any screen scrolls sideways (not the
 * page, not an element wider than the screen, not a box inside it, not a
 * dialog) and no box scrolls inside a page that scrolls; the choices are not
 * pushed far down by the scene, and the transcript is not a scroll box inside
 * the page. The classroom's screens are checked in layout-classroom.test.ts.
 * On a 1280 px screen, the top bar keeps every scenario's title on one row with its buttons.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  choices,
  choicesReady,
  choose,
  chooseOption,
  DIST,
  holdApp,
  useApp,
  watchErrors,
} from './harness.ts';
import { layoutProblems } from './overflow.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();

const WIDTHS = [320, 360] as const;

/** The top bar's shape: its items on one row, the title's lines, its text, and none of it cut. */
const topBar = (page: Page) =>
  page.locator('.topbar').evaluate((topbar) => {
    const boxes = [...topbar.children].map((child) => child.getBoundingClientRect());
    const title = topbar.querySelector('h1');
    return {
      oneRow:
        Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom)),
      lines: title
        ? Math.round(
            title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight),
          )
        : 0,
      title: title?.textContent,
      uncut: title ? title.scrollWidth <= title.clientWidth : false,
    };
  });

const titleOf = async (page: Page) => (await page.title()).replace(/ · Service Chain$/, '');

describe('wide layout', () => {
  // Pause and Settings beside the title, not below it (a second row, 32 px more bar), for each
  // scenario page the build made: the longest title, picking-error's, among them.
  it('keeps the top bar one row at 1280 × 720 with every scenario title, on one line', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    const ids = readdirSync(DIST)
      .filter((name) => name.endsWith('.html') && name !== 'index.html')
      .map((name) => name.slice(0, -'.html'.length));
    assert.ok(ids.includes('picking-error'), `scenario pages: ${ids.join(', ')}`);
    for (const id of ids) {
      await page.goto(`${app.url()}/${id}.html?scenario=${id}`);
      await page.getByRole('button', { name: 'Pause / menu' }).waitFor();
      assert.deepEqual(
        await topBar(page),
        { oneRow: true, lines: 1, title: await titleOf(page), uncut: true },
        id,
      );
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  // With less room for the title (here the "New version: update" button beside Pause and
  // Settings), the longest title wraps within its share: no word cut, the bar still one row.
  it('keeps the longest title whole when a wide button takes its room at 1280 × 720', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url()}/picking-error.html?scenario=picking-error`);
    await page.getByRole('button', { name: 'Pause / menu' }).waitFor();
    await page.evaluate(() => {
      const update = document.createElement('button');
      update.className = 'topbar-button';
      update.textContent = 'New version: update';
      document.getElementById('topbar-actions')?.prepend(update);
    });
    const bar = await topBar(page);
    assert.deepEqual(
      { ...bar, lines: bar.lines > 1 },
      { oneRow: true, lines: true, title: await titleOf(page), uncut: true },
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('top bar at the takeover', () => {
  // The scenario page's own screen keeps Pause and Settings's room: the bar (and the title in
  // it) does not move as the app adds them.
  for (const [width, height] of [
    [1280, 720],
    [360, 640],
  ] as const) {
    it(`keeps the top bar's size when Pause and Settings arrive, at ${width} × ${height}`, async () => {
      const page = await app.browser().newPage({ viewport: { width, height } });
      const release = await holdApp(page);
      await page.goto(`${app.url()}/late-supplier.html?scenario=late-supplier`, {
        waitUntil: 'commit',
      });
      await page.waitForSelector('[data-static-screen] [role="group"]');
      const bar = () =>
        page.locator('.topbar').evaluate((topbar) => topbar.getBoundingClientRect().height);
      const before = await bar();
      release();
      await page.getByRole('button', { name: 'Pause / menu' }).waitFor();
      await page.getByRole('button', { name: /Settings/ }).waitFor();
      assert.equal(await bar(), before);
      await page.close();
    });
  }
});

describe('phone layout', () => {
  for (const width of WIDTHS) {
    it(`nothing scrolls sideways at ${width} px, on any screen`, async () => {
      const page = await app.browser().newPage({ viewport: { width, height: 740 } });
      const errors = watchErrors(page);
      const check = async (screen: string) =>
        assert.deepEqual(await layoutProblems(page), [], `${screen} at ${width} px`);

      await page.goto(app.url());
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      await page.waitForTimeout(800);
      await check('the menu');

      await page.goto(`${app.url()}/?scenario=picking-error`);
      await choices(page).first().waitFor();
      await choose(page, '1');
      await page.waitForTimeout(1500);
      await check('a conversation');
      await page.getByRole('button', { name: 'Pause / menu' }).click();
      await check('the pause menu');
      await page.getByRole('button', { name: 'Show the service chain map' }).click();
      await page.getByRole('dialog', { name: 'Service chain map' }).waitFor();
      await page.waitForTimeout(500);
      await check('the chain map');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Settings' }).click();
      // The dialog's code loads when the button is first pressed.
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      await check('the settings');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Restart this scenario' }).click();
      await check('the restart question');
      await page.getByRole('button', { name: 'Keep playing' }).click();

      const scenario = await builtScenario('late-supplier');
      await page.goto(`${app.url()}/?scenario=late-supplier`);
      for (const index of pathTo(scenario, 'strong')) await chooseOption(page, index);
      await page.getByRole('heading', { name: /how did you do/ }).waitFor();
      await check('the self-rating');
      await page.getByRole('button', { name: 'Skip' }).click();
      await page.getByRole('heading', { name: 'Scenario report' }).waitFor();
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      await page.waitForTimeout(300);
      await check('the report, every section open');

      await page.goto(app.url());
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor();
      await page.getByText('Your attempts').click();
      await check('the menu with its attempts');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('keeps the choices near the top of a phone screen, with no scroll box in the page', async () => {
    const page = await app.browser().newPage({ viewport: { width: 360, height: 740 } });
    // One fixed attempt order, so the same three decisions are met every run.
    await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
    const firstChoiceOnScreen = async (when: string) => {
      await choicesReady(page);
      // The page glides to the options (motion is not reduced here): measure where it stops.
      await scrollSettled(page);
      const box = await choices(page).first().boundingBox();
      assert.ok(
        box && box.y >= 0 && box.y + box.height <= 740,
        `${when}: the first choice is on the screen the learner is shown (${JSON.stringify(box)})`,
      );
    };
    await firstChoiceOnScreen('the first decision, after the opening call');
    for (const key of ['1', '1', '1']) await choose(page, key);
    await page.waitForTimeout(1500);
    // The decision starts at its heading (a chain task puts its question between it and the buttons).
    const top = await page
      .locator('.choices-heading')
      .evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
    const stage = await page.locator('.stage').evaluate((s) => s.getBoundingClientRect().height);
    assert.ok(stage <= 0.3 * 740, `the scene takes at most 30% of the screen (${stage} px)`);
    const log = await page.getByRole('log').evaluate((l) => ({
      overflow: getComputedStyle(l).overflowY,
      clipped: l.scrollHeight > l.clientHeight + 1,
    }));
    assert.ok(!log.clipped, `the transcript is not a scroll box (${log.overflow})`);
    // Only the latest exchange stands between the scene and the choices: earlier lines fold away.
    const shown = await page.getByRole('log').evaluate((l) => {
      const lines = [...l.querySelectorAll('li')];
      const lastChoice = lines.map((li) => li.classList.contains('line-choice')).lastIndexOf(true);
      return {
        visibleBefore: lines.slice(0, lastChoice).filter((li) => li.getClientRects().length > 0)
          .length,
        logBottom: l.getBoundingClientRect().bottom + scrollY,
      };
    });
    assert.equal(shown.visibleBefore, 0, 'lines before the last choice are folded away');
    assert.ok(
      top - shown.logBottom < 100,
      `the choices follow the latest lines (${Math.round(top)} px)`,
    );
    assert.ok(
      await page.getByRole('button', { name: /Show the \d+ earlier lines/ }).isVisible(),
      'and a button shows them again',
    );
    await page.close();
  });

  // A learner on a phone reads what the people said back, then answers. Either the first option
  // is on the screen they are shown, or the reply starts at the top of it and the options follow
  // the reply's end within one screen, so reading on down brings them up and nothing needs hunting.
  const PHONE = { width: 360, height: 740 };
  for (const { scenario, motion } of [
    { scenario: 'picking-error', motion: 'reduce' },
    { scenario: 'late-supplier', motion: 'no-preference' },
  ] as const) {
    it(`after every choice in ${scenario} on a 360 px touch screen (motion: ${motion}), shows the first option, or starts the reply at the top of the screen with the options less than a screen below its end`, async () => {
      const context = await app.browser().newContext({
        viewport: PHONE,
        hasTouch: true,
        isMobile: true,
        reducedMotion: motion,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${app.url()}/?scenario=${scenario}&seed=1`);
      const path = pathTo(await builtScenario(scenario), 'strong');
      for (const [decision, index] of path.entries()) {
        await choicesReady(page);
        // Reduced motion: the page is already in place; otherwise it glides there first.
        if (motion === 'no-preference') await scrollSettled(page);
        const place = await readingPlace(page);
        const where = `${scenario}, decision ${decision + 1}: ${JSON.stringify(place)}`;
        const optionShown = place.option.top >= 0 && place.option.bottom <= PHONE.height;
        if (decision > 0 && !optionShown) {
          assert.ok(
            place.exchange.top >= 0 && place.exchange.top < 0.15 * PHONE.height,
            `${where}: the reply starts at the top of the screen`,
          );
          assert.ok(
            place.option.top - place.lastLine.bottom < PHONE.height,
            `${where}: the options are less than a screen below the reply's end`,
          );
        } else assert.ok(optionShown, `${where}: the first option is on the screen`);
        // Focus waits on the options (never on one of them), and the transcript stays the log a
        // screen reader announces new lines from, its newest line shown.
        assert.equal(place.focus, 'Choices', `${where}: focus is on the choices`);
        assert.ok(
          place.logAnnounces,
          `${where}: the transcript is a log with its newest line shown`,
        );
        const lines = await page.getByRole('log').locator('li').count();
        // Tapped as soon as the options take answers, as a quick learner taps: on the spot of the
        // last tap, Chromium numbers it a double tap's second, which still counts (choice-gate.ts).
        await page
          .locator(`[role="group"][aria-label="Choices"] button[data-index="${index}"]`)
          .tap();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[role="log"] li').length > n,
          lines,
        );
      }
      await page.getByRole('heading', { name: /how did you do/ }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

/** Wait until the page has stopped moving (a smooth scroll has ended). */
async function scrollSettled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const y = await page.evaluate(() => scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(150);
  }
}

/** Where the learner's latest exchange, its last line and the first option are on the screen. */
function readingPlace(page: Page) {
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    const lines = [...(log?.querySelectorAll('li') ?? [])];
    const choiceLines = lines.filter((line) => line.classList.contains('line-choice'));
    const exchange = (choiceLines.at(-1) ?? lines.at(-1))?.getBoundingClientRect();
    const lastLine = lines.at(-1);
    const last = lastLine?.getBoundingClientRect();
    const option = document
      .querySelector('[role="group"][aria-label="Choices"] button')
      ?.getBoundingClientRect();
    // Plain numbers (no helper function: the page cannot see this file's helpers).
    return {
      exchange: { top: Math.round(exchange?.top ?? NaN) },
      lastLine: { bottom: Math.round(last?.bottom ?? NaN) },
      option: { top: Math.round(option?.top ?? NaN), bottom: Math.round(option?.bottom ?? NaN) },
      focus: document.activeElement?.getAttribute('aria-label'),
      logAnnounces:
        log?.getAttribute('role') === 'log' &&
        log.getAttribute('aria-live') !== 'off' &&
        (lastLine?.getClientRects().length ?? 0) > 0,
    };
  });
}
