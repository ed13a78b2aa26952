/**
 * A scenario's page shows its first screen before the app's code has arrived (drawn by the
 * build, shown by the page's script: src/ui/play/first-screen-script.ts), and the app takes it
 * over (issue 17, first choice usable): with the app's code held back or blocked, and with a
 * press made before the app was ready.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { START_WAIT_MS } from '../../src/ui/play/first-screen-layer.ts';
import {
  choices,
  choicesReady,
  choose,
  holdApp,
  isAppModule,
  savedPath,
  useApp,
  watchErrors,
} from './harness.ts';

const ID = 'late-supplier';
const SAVE = `service-chain:save:${ID}`;
const STATIC = '[data-static-screen]';
const GROUP = '[role="group"][aria-label="Choices"]';
const menuHeading = (page: Page) => page.getByRole('heading', { name: 'Choose a scenario' });

const inkOrder = (page: Page) =>
  page
    .locator(`${GROUP} button`)
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-index')));

describe('a scenario page before its app', () => {
  const app = useApp();
  const pageUrl = (query = `scenario=${ID}`) => `${app.url()}/${ID}.html?${query}`;
  /**
   * Opens the page with the app's code held back until the function it gives is called, and
   * waits for the page's own screen to show its options. `takeover` is dispatched on window in
   * the task in which the app takes that screen over (a mutation observer's microtask).
   */
  const openHeld = async (page: Page, query?: string): Promise<() => void> => {
    const release = await holdApp(page);
    await page.goto(pageUrl(query), { waitUntil: 'commit' });
    await page.waitForSelector(`${STATIC} ${GROUP}`);
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-static-screen]')) return;
        observer.disconnect();
        dispatchEvent(new Event('takeover'));
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    return release;
  };
  /**
   * Opens the page held (`openHeld`), lets the app's code come, and runs `atTakeover` in the page
   * in the task in which the app takes the screen over: the start is done, the first visit's
   * history entries still wait for idle time. Gives the history's length before the app.
   */
  const startWith = async (page: Page, atTakeover: () => void): Promise<number> => {
    const release = await openHeld(page);
    const before = await page.evaluate(() => history.length);
    await page.evaluate(`addEventListener('takeover', ${String(atTakeover)})`);
    release();
    return before;
  };

  /**
   * The app's wait over the page's screen without a press made a minute: only a press starts it
   * then. (Other waits of the same length, such as the deferral of the stage and sound, stretch
   * too: these cases need neither.)
   */
  const stretchTheWait = async (page: Page): Promise<void> => {
    await page.addInitScript((wait) => {
      const original = window.setTimeout.bind(window);
      window.setTimeout = ((work: TimerHandler, ms?: number, ...rest: unknown[]) =>
        original(work, ms === wait ? 60_000 : ms, ...rest)) as typeof setTimeout;
    }, START_WAIT_MS);
  };

  it('shows the opening and its options, named and numbered, with the app blocked (axe clean)', async () => {
    const page = await app.browser().newPage();
    await page.route(isAppModule, (route) => route.abort());
    await page.goto(pageUrl(), { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator(STATIC).isVisible(), true);
    assert.equal(await page.locator('main .loading').count(), 0, 'no "Loading…" beside it');
    assert.equal(
      await page.locator('#scenario-title').textContent(),
      'Late supplier: the Harbour sofa',
    );
    assert.match(await page.title(), /^Late supplier: the Harbour sofa/);
    assert.ok((await page.getByRole('log').locator('li').count()) > 0, 'the opening lines');
    await page.getByRole('heading', { name: 'What do you do?' }).waitFor();
    const options = choices(page);
    assert.equal(await options.count(), 3);
    for (const [position, text] of (await options.allTextContents()).entries())
      assert.match(text, new RegExp(`^${position + 1}\\S`), 'numbered by its place');
    assert.match((await options.first().getAttribute('data-index')) ?? '', /^\d$/);
    assert.deepEqual(await axeViolations(page, STATIC), []);
    await page.close();
  });

  it("draws none of its elements that are hidden, on its own screen and the app's", async () => {
    const page = await app.browser().newPage();
    const release = await openHeld(page);
    // A hidden copy of every element of the page, beside it: whatever display its classes give.
    const shown = () =>
      page.evaluate(() =>
        [...document.body.querySelectorAll('*')].flatMap((element) => {
          if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return [];
          const copy = element.cloneNode(false) as Element;
          copy.setAttribute('hidden', '');
          element.after(copy);
          const display = getComputedStyle(copy).display;
          copy.remove();
          return display === 'none'
            ? []
            : [`${element.tagName.toLowerCase()}.${element.className}`];
        }),
      );
    assert.deepEqual(await shown(), [], "the page's own screen");
    release();
    await page.waitForSelector(STATIC, { state: 'detached' });
    await page.getByRole('button', { name: 'Pause / menu' }).waitFor();
    assert.deepEqual(await shown(), [], "the app's screen");
    await page.close();
  });

  it('draws none of its screen before its script shows it: "Loading…" until then', async () => {
    const page = await app.browser().newPage();
    await page.route(/\/scenario-page-[^/]*\.js$/, (route) => route.abort());
    await page.route(isAppModule, (route) => route.abort());
    await page.goto(pageUrl(), { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator(STATIC).isVisible(), false, 'the options, not yet in order');
    assert.equal(await page.locator('main .loading').isVisible(), true);
    await page.close();
  });

  it('says so, with a Try again, when the app does not arrive, and takes no press meanwhile', async () => {
    const page = await app.browser().newPage();
    await page.route(isAppModule, (route) => route.abort());
    await page.goto(pageUrl(), { waitUntil: 'domcontentloaded' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      (await alert.textContent()) ?? '',
      /The game could not be loaded: .*Nothing has been saved yet/,
    );
    const retry = page.getByRole('button', { name: 'Try again' });
    assert.equal(await retry.evaluate((button) => button === document.activeElement), true);
    assert.equal(await page.locator(`${GROUP} button[aria-disabled="true"]`).count(), 3);
    // The options are still there to read; the opening stays on screen.
    assert.ok((await page.getByRole('log').locator('li').count()) > 0);
    await page.unroute(isAppModule);
    await Promise.all([page.waitForEvent('load'), retry.click()]);
    await choicesReady(page);
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(),
      0,
    );
    await page.close();
  });

  it("starts the app a second after the page's screen is up when nothing is pressed", async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const noted: { shownAt?: number; takenAt?: number } = {};
      Object.assign(window, { noted });
      new MutationObserver(() => {
        const screen = document.querySelector('[data-static-screen]');
        if (screen && !screen.hasAttribute('hidden')) noted.shownAt ??= performance.now();
        if (!screen && noted.shownAt !== undefined) noted.takenAt ??= performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(pageUrl());
    await page.waitForSelector(STATIC, { state: 'detached' });
    const { shownAt, takenAt } = await page.evaluate(
      () => (window as unknown as { noted: { shownAt: number; takenAt: number } }).noted,
    );
    assert.ok(
      takenAt - shownAt >= START_WAIT_MS - 50,
      `taken over ${takenAt - shownAt} ms after it showed`,
    );
    await choose(page, '2');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("starts the app at the learner's first press, however long the page's screen has been up", async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await stretchTheWait(page);
    await page.goto(pageUrl());
    await page.waitForSelector(`${STATIC} ${GROUP}`);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator(STATIC).count(), 1, "still the page's screen");
    const chosen = await choices(page).first().getAttribute('data-index');
    await page.keyboard.press('1');
    await page.waitForSelector(STATIC, { state: 'detached' });
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
    assert.deepEqual(await savedPath(page), [Number(chosen)], 'the press, made by the app');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("starts the app at once when a press was made on the page's screen before the app's code came", async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await stretchTheWait(page);
    const release = await openHeld(page);
    const chosen = await choices(page).first().getAttribute('data-index');
    await page.keyboard.press('1');
    release();
    await page.waitForSelector(STATIC, { state: 'detached', timeout: 20_000 });
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
    assert.deepEqual(await savedPath(page), [Number(chosen)], 'the press, made by the app');
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [asked, ask, dialog] of [
    ['Esc', (page: Page) => page.keyboard.press('Escape'), 'Paused'],
    [
      'the chain map',
      (page: Page) => page.getByRole('button', { name: 'Service chain map' }).click(),
      'Service chain map',
    ],
  ] as const)
    it(`opens what ${asked} asked for on the page's screen once the app has taken it over`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      const release = await openHeld(page);
      await ask(page);
      release();
      await page.getByRole('dialog', { name: dialog }).waitFor();
      assert.equal(await page.locator(STATIC).count(), 0, 'taken over');
      assert.equal(await page.getByRole('dialog').count(), 1, 'that one dialog');
      assert.deepEqual(errors, []);
      await page.close();
    });

  for (const [screen, viewport] of [
    ['a wide screen', { width: 1280, height: 720 }],
    ['a phone', { width: 360, height: 640 }],
  ] as const)
    it(`on ${screen}, sets its text in six fonts at most, and the app adds none (each size, weight and style is one the page sets up)`, async () => {
      const context = await app.browser().newContext({ viewport });
      const page = await context.newPage();
      const release = await openHeld(page);
      const fonts = () =>
        page.evaluate(() => {
          const used = new Set<string>();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const parent = text.parentElement;
            if (!text.textContent?.trim() || !parent?.checkVisibility()) continue;
            const style = getComputedStyle(parent);
            used.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
          }
          return [...used].sort();
        });
      const drawn = await fonts();
      assert.ok(drawn.length <= 6, `fonts: ${drawn.join(', ')}`);
      release();
      await page.waitForSelector(STATIC, { state: 'detached' });
      await choicesReady(page);
      const taken = await fonts();
      assert.deepEqual(
        taken.filter((font) => !drawn.includes(font)),
        [],
        `the app's fonts: ${taken.join(', ')}`,
      );
      await context.close();
    });

  for (const [screen, viewport] of [
    ['a wide screen', { width: 1280, height: 720 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const)
    it(`on ${screen}, puts the options in the seed's order and hands the seed to the app, which adopts that screen where it is, the screen the app itself draws`, async () => {
      const context = await app.browser().newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const release = await openHeld(page, `scenario=${ID}&seed=7`);
      const before = await inkOrder(page);
      const box = await page.locator(GROUP).boundingBox();
      const staticHtml = await page.locator(STATIC).evaluate(comparable);
      // Marked, to tell the page's own elements from any the app would draw in their place.
      await page.locator(STATIC).evaluate((screen) => {
        for (const element of [screen, ...screen.querySelectorAll('[role="log"], button')])
          (element as unknown as Record<string, boolean>)['drawnByBuild'] = true;
      });
      release();
      await page.waitForSelector(STATIC, { state: 'detached' });
      await choicesReady(page);
      assert.deepEqual(await inkOrder(page), before, 'the same order');
      assert.deepEqual(
        await page
          .locator('.play')
          .evaluate((play) =>
            [play, ...play.querySelectorAll('[role="log"], button.choice')].map(
              (element) => (element as unknown as Record<string, boolean>)['drawnByBuild'],
            ),
          ),
        [true, true, true, true, true],
        "adopted: the page's screen, its transcript and options are the app's now",
      );
      const after = await page.locator(GROUP).boundingBox();
      // Within a pixel: the app's buttons in the top bar round the header's height differently.
      for (const side of ['x', 'y', 'width', 'height'] as const)
        assert.ok(
          Math.abs((after?.[side] ?? NaN) - (box?.[side] ?? NaN)) < 1,
          `the options did not move: ${JSON.stringify({ box, after })}`,
        );
      assert.equal(await page.locator('.play').evaluate(comparable), staticHtml, 'left as drawn');
      // The markup the build drew is what the app itself draws, where it draws it (on a page
      // with no first screen of its own; another device, as a tab here would be told this
      // scenario is played in another): no second renderer to drift.
      const elsewhere = await app.browser().newContext({ viewport, reducedMotion: 'reduce' });
      const drawnByApp = await elsewhere.newPage();
      await drawnByApp.goto(`${app.url()}/?scenario=${ID}&seed=7`);
      await choicesReady(drawnByApp);
      // Placed in the frame after its first render (PlayView.placePage), as the page's script
      // placed its screen at once.
      await drawnByApp.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      assert.equal(await drawnByApp.locator('.play').evaluate(comparable), staticHtml);
      const appBox = await drawnByApp.locator(GROUP).boundingBox();
      for (const side of ['x', 'y', 'width', 'height'] as const)
        assert.ok(
          Math.abs((appBox?.[side] ?? NaN) - (box?.[side] ?? NaN)) < 1,
          `where the app draws them: ${JSON.stringify({ box, appBox })}`,
        );
      await elsewhere.close();
      // Without ?seed= the app keeps the page's random order too.
      const second = await context.newPage();
      const hold = await openHeld(second);
      const drawn = await inkOrder(second);
      hold();
      await second.waitForSelector(STATIC, { state: 'detached' });
      await choicesReady(second);
      assert.deepEqual(await inkOrder(second), drawn);
      assert.deepEqual(errors, []);
      await context.close();
    });

  for (const how of ['key', 'click'] as const)
    it(`takes a ${how} made before the app is ready, once, through the app's own choice`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      const release = await openHeld(page);
      const lines = await page.getByRole('log').locator('li').count();
      const first = await page.locator(`${GROUP} button`).first().getAttribute('data-index');
      if (how === 'key') await page.keyboard.press('1');
      else await choices(page).first().click();
      // Shown at once, as the app shows a choice: the learner's line, the options waiting.
      assert.equal(await page.getByRole('log').locator('li').count(), lines + 1);
      assert.equal(
        await page.locator('[role="log"] li').last().getAttribute('class'),
        'line line-choice',
      );
      assert.equal(await page.locator(`${GROUP}[data-settling]`).count(), 1);
      await page.keyboard.press('2');
      release();
      await page.waitForSelector(STATIC, { state: 'detached' });
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
      assert.deepEqual(await savedPath(page), [Number(first)], 'exactly that one choice');
      await choicesReady(page);
      assert.ok((await page.getByRole('log').locator('li').count()) > lines + 1, 'the reply');
      assert.equal(
        await page.locator('[role="log"] li.line-choice').count(),
        1,
        'the line said once',
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

  // The app's start over the page's screen is steps in tasks of their own (scenario-play.ts's
  // begin, through scheduler.yield): a press made between any two is the page's, and adopted.
  for (const step of [1, 2, 3])
    it(`takes a press made between the app's steps (after step ${step}) once, through the app's own choice`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      await page.addInitScript((pressAt) => {
        const scheduler = (globalThis as { scheduler?: { yield(): Promise<void> } }).scheduler;
        if (!scheduler) throw new Error('this test needs scheduler.yield');
        const original = scheduler.yield.bind(scheduler);
        let calls = 0;
        // At that step the app's work resumes only after a task in which 1 is pressed.
        scheduler.yield = () => {
          calls += 1;
          if (calls !== pressAt) return original();
          return new Promise((resume) =>
            setTimeout(() => {
              const screen = document.querySelector('[data-static-screen]');
              Object.assign(window, {
                pressedWith: screen?.getAttribute('data-scenario'),
                pressedIndex: screen?.querySelector('.choices button')?.getAttribute('data-index'),
              });
              document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
              resume();
            }, 0),
          );
        };
      }, step);
      await page.goto(pageUrl());
      await page.waitForSelector(STATIC, { state: 'detached' });
      assert.equal(
        await page.evaluate(() => (window as { pressedWith?: string }).pressedWith),
        ID,
        "pressed while the page's script still had the screen",
      );
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
      const first = await page.evaluate(
        () => document.querySelector('[role="log"] li.line-choice')?.textContent ?? null,
      );
      assert.ok(first, "the press's line");
      const pressed = await page.evaluate(() => (window as { pressedIndex?: string }).pressedIndex);
      assert.deepEqual(await savedPath(page), [Number(pressed)], 'exactly the option pressed');
      await choicesReady(page);
      assert.equal(
        await page.locator('[role="log"] li.line-choice').count(),
        1,
        'the line said once',
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

  // "Skip to the conversation" (href="#main") makes a history entry of the same address (in
  // place of the page's own while the page's script has the screen), and a popstate the app's
  // Back/Forward listener hears between begin's steps (src/ui/shell/app.ts).
  for (const step of [2, 3])
    it(`keeps the press when the skip link is followed between the app's steps (after step ${step})`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      await page.addInitScript((skipAt) => {
        const scheduler = (globalThis as { scheduler?: { yield(): Promise<void> } }).scheduler;
        if (!scheduler) throw new Error('this test needs scheduler.yield');
        const original = scheduler.yield.bind(scheduler);
        let calls = 0;
        Object.assign(window, { loadedLength: history.length });
        addEventListener('popstate', () => Object.assign(window, { popped: location.hash }));
        scheduler.yield = () => {
          calls += 1;
          if (calls !== 1 && calls !== skipAt) return original();
          return new Promise((resume) =>
            setTimeout(() => {
              if (calls === 1) {
                const first = document.querySelector('[data-static-screen] .choices button');
                Object.assign(window, { pressedIndex: first?.getAttribute('data-index') });
                document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
              } else document.querySelector<HTMLElement>('.skip-link')?.click();
              // After the popstate's own task.
              setTimeout(resume, 50);
            }, 0),
          );
        };
      }, step);
      await page.goto(pageUrl());
      await page.waitForSelector(STATIC, { state: 'detached' });
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
      assert.equal(
        await page.evaluate(() => (window as { popped?: string }).popped),
        '#main',
        'the skip link was followed',
      );
      const pressed = await page.evaluate(() => (window as { pressedIndex?: string }).pressedIndex);
      assert.deepEqual(await savedPath(page), [Number(pressed)], 'exactly the option pressed');
      await choicesReady(page);
      assert.equal(await page.locator('[role="log"] li.line-choice').count(), 1);
      await page.waitForFunction(() => history.state !== null);
      // The menu, then the scenario, where the skip link took the learner: not the page's own
      // entry under them, which a second Back from the menu would open the scenario from again.
      assert.deepEqual(
        await page.evaluate(() => [
          history.length - (window as { loadedLength?: number }).loadedLength!,
          location.hash,
        ]),
        [1, '#main'],
      );
      await page.goBack();
      await menuHeading(page).waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });

  it("draws the screen afresh if the page's screen is gone by the takeover's task", async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    // Before the last step (the takeover), the page's screen leaves the document.
    await page.addInitScript(() => {
      const scheduler = (globalThis as { scheduler?: { yield(): Promise<void> } }).scheduler;
      if (!scheduler) throw new Error('this test needs scheduler.yield');
      const original = scheduler.yield.bind(scheduler);
      let calls = 0;
      scheduler.yield = () => {
        calls += 1;
        if (calls === 3) {
          const screen = document.querySelector('[data-static-screen]');
          Object.assign(window, { gone: screen });
          screen?.remove();
        }
        return original();
      };
    });
    await page.goto(pageUrl());
    // The app starts a moment after the page's screen is up (src/main.ts).
    await page.locator(STATIC).waitFor({ state: 'detached' });
    await choicesReady(page);
    assert.equal(await page.locator('.play').count(), 1, "the app's own screen, once");
    assert.equal(
      await page.evaluate(() =>
        (window as { gone?: Element }).gone?.hasAttribute('data-static-screen'),
      ),
      false,
      "taken over all the same: the page's script has let it go",
    );
    await choose(page, '1');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
    assert.equal((await savedPath(page))?.length, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [where, target] of [
    ['on the screen (the second option)', `${GROUP} button >> nth=1`],
    ['off the screen (the skip link)', '.skip-link'],
  ] as const)
    it(`leaves focus where the learner put it ${where} before the app took the screen over`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      const release = await openHeld(page);
      // Moved there by Tab, or a screen reader's cursor.
      await page.locator(target).focus();
      const focused = () =>
        page.evaluate(() => {
          const active = document.activeElement;
          return `${active?.tagName} ${active?.className} ${active?.getAttribute('data-index')}`;
        });
      const before = await focused();
      assert.doesNotMatch(before, /^BODY|choices/, 'moved off the options group');
      release();
      await page.waitForSelector(STATIC, { state: 'detached' });
      await choicesReady(page);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      assert.equal(await focused(), before, 'still there, not back on the options');
      assert.deepEqual(errors, []);
      await page.close();
    });

  it("keeps a press made before the app was ready through a Try again of the save's code", async () => {
    const page = await app.browser().newPage();
    const release = await openHeld(page);
    const first = await page.locator(`${GROUP} button`).first().getAttribute('data-index');
    await page.keyboard.press('1');
    // A save written after the page showed its screen (as by another tab), which cannot be
    // read, and the code that reads saves failing to load: the app offers a Try again.
    await page.evaluate((key) => localStorage.setItem(key, 'not a save'), SAVE);
    const isSaveCode = (url: URL) => url.pathname.includes('/assets/stored-save-');
    await page.route(isSaveCode, (route) => route.abort());
    release();
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    assert.match(
      (await page.getByRole('alert').textContent()) ?? '',
      /Your saved progress could not be loaded/,
    );
    await page.unroute(isSaveCode);
    await retry.click();
    // The unreadable save is moved aside, and the press is made in the attempt the page began.
    await page.waitForFunction((key) => localStorage.getItem(key)?.startsWith('{'), SAVE);
    assert.deepEqual(await savedPath(page), [Number(first)], 'the press made on the first screen');
    await choicesReady(page);
    assert.equal(await page.locator('[role="log"] li.line-choice').count(), 1);
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(),
      0,
      'the notice has gone',
    );
    await page.close();
  });

  it('keeps "Loading…" when a save of the scenario is on the device, and resumes it', async () => {
    const context = await app.browser().newContext();
    const page = await context.newPage();
    await page.goto(pageUrl());
    await page.keyboard.press('1');
    await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE);
    const release = await holdApp(page);
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('main .loading');
    assert.equal(await page.locator(STATIC).count(), 0);
    assert.equal(await page.locator('main .loading').isVisible(), true);
    release();
    await choicesReady(page);
    assert.equal(await page.locator('[role="log"] li.line-choice').count(), 1, 'resumed');
    await context.close();
  });

  it('puts the menu behind the scenario once the app has taken the screen over: Back goes there', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(pageUrl());
    await page.waitForSelector(STATIC, { state: 'detached' });
    // Written a moment after the takeover (in idle time), not before it (src/ui/shell/app.ts).
    await page.waitForFunction(() => history.state !== null);
    await choose(page, '1');
    await page.goBack();
    await menuHeading(page).waitFor();
    const menu = new URL(page.url());
    assert.equal(menu.pathname, `/${ID}.html`);
    assert.equal(menu.searchParams.get('scenario'), null);
    await page.goForward();
    await choicesReady(page);
    assert.equal(new URL(page.url()).searchParams.get('scenario'), ID);
    assert.equal(await page.locator('[role="log"] li.line-choice').count(), 1, 'where it was left');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('writes the entries behind the scenario first when the learner leaves it before their moment', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    // "Back to scenarios" in the pause dialog, before any idle time.
    const before = await startWith(page, () => {
      const menu = [...document.querySelectorAll('dialog button')].find(
        (button) => button.textContent === 'Back to scenarios',
      );
      (menu as HTMLButtonElement).click();
    });
    await menuHeading(page).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('scenario'), null);
    // The menu, the scenario, the menu again: Back returns to the scenario, then the menu.
    assert.equal(await page.evaluate(() => history.length), before + 2);
    await page.goBack();
    await choicesReady(page);
    assert.equal(new URL(page.url()).searchParams.get('scenario'), ID);
    await page.goBack();
    await menuHeading(page).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("puts the menu right under the scenario when the skip link is followed after the takeover, before the entries' moment", async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    const before = await startWith(page, () => {
      document.querySelector<HTMLElement>('.skip-link')?.click();
      Object.assign(window, { skipped: history.length });
    });
    await page.waitForFunction(() => (window as { skipped?: number }).skipped !== undefined);
    await choicesReady(page);
    // The menu, then the scenario at the conversation: Back finds the menu, and once more leaves.
    assert.deepEqual(
      await page.evaluate(() => [
        (window as { skipped?: number }).skipped,
        history.length,
        location.hash,
        (history.state as { route?: { view?: string } } | null)?.route?.view,
        // The link's own default action replaced: the focus still goes to the conversation.
        document.activeElement?.id,
        document.querySelector(':target')?.id,
      ]),
      [before + 1, before + 1, '#main', 'play', 'main', 'main'],
    );
    await page.goBack();
    await menuHeading(page).waitFor();
    await page.goBack();
    assert.equal(page.url(), 'about:blank');
    assert.deepEqual(errors, []);
    await page.close();
  });

  // A general rule, not the skip link's: whatever reached the fragment, its entry keeps the state.
  for (const how of ['the skip link', 'location.hash', 'the address bar'] as const)
    it(`keeps the history as it is when a fragment is reached by ${how} after the entries are written and the page reloaded`, async () => {
      const page = await app.browser().newPage();
      const errors = watchErrors(page);
      await page.goto(pageUrl());
      await page.waitForFunction(() => history.state !== null);
      // Resolved once every listener of the hashchange has run.
      const changed = page.evaluate(
        () =>
          new Promise((resolve) =>
            addEventListener('hashchange', () => setTimeout(resolve), { once: true }),
          ),
      );
      if (how === 'the skip link')
        await page.evaluate(() => document.querySelector<HTMLElement>('.skip-link')?.click());
      else if (how === 'location.hash')
        await page.evaluate(() => {
          location.hash = 'main';
        });
      else await page.goto(`${pageUrl()}#main`);
      await changed;
      const reached = await page.evaluate(() => history.length);
      await page.reload();
      await choicesReady(page);
      // Not taken for a first visit: no entries written again.
      assert.deepEqual(
        await page.evaluate(() => [
          history.length,
          location.hash,
          (history.state as { route?: { view?: string } } | null)?.route?.view,
        ]),
        [reached, '#main', 'play'],
      );
      await page.goBack();
      await page.goBack();
      await menuHeading(page).waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });

  it('puts the menu right under the scenario, at its top, when the skip link was followed before the app', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    const release = await openHeld(page);
    const before = await page.evaluate(() => history.length);
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    // In place of the page's own entry, as the browser's own fragment navigation moves the focus.
    assert.deepEqual(
      await page.evaluate(() => [
        history.length,
        location.hash,
        document.activeElement?.id,
        document.querySelector(':target')?.id,
      ]),
      [before, '#main', 'main', 'main'],
    );
    release();
    await page.waitForFunction(() => history.state !== null);
    // The menu, then the scenario at the conversation, as when the link is followed after the
    // app's start: the menu behind it at its top, and once more Back leaves.
    assert.deepEqual(await page.evaluate(() => [history.length, location.hash]), [
      before + 1,
      '#main',
    ]);
    await page.goBack();
    await menuHeading(page).waitFor();
    assert.equal(new URL(page.url()).hash, '');
    await page.goBack();
    assert.equal(page.url(), 'about:blank');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('leaves an empty fragment link and a download link to the browser while the entries wait', async () => {
    const page = await app.browser().newPage();
    const errors = watchErrors(page);
    // While the entries wait: neither link is a fragment to keep.
    await startWith(page, () => {
      Object.assign(window, { samePage: true });
      for (const [href, download] of [
        ['#', false],
        ['#main', true],
      ] as const) {
        const link = document.createElement('a');
        link.setAttribute('href', href);
        if (download) link.download = 'file.txt';
        document.body.append(link);
        link.click();
        link.remove();
      }
      Object.assign(window, { clicked: true });
    });
    await page.waitForFunction(() => (window as { clicked?: boolean }).clicked);
    await choicesReady(page);
    // Not loaded again (`location.replace('')`), and no fragment taken from the download link.
    assert.deepEqual(
      await page.evaluate(() => [(window as { samePage?: boolean }).samePage, location.hash]),
      [true, ''],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps "Loading…" when an LMS launched it (?lms=)', async () => {
    const page = await app.browser().newPage();
    const release = await holdApp(page);
    await page.goto(pageUrl(`scenario=${ID}&lms=scorm12`), { waitUntil: 'commit' });
    await page.waitForSelector('main .loading');
    assert.equal(await page.locator(STATIC).count(), 0);
    assert.equal(await page.locator('main .loading').isVisible(), true);
    release();
    await page.close();
  });
});

/**
 * An element's markup without what only the page's layer or the canvas adds, to compare; the
 * choice timer's seconds left as a placeholder, since the app's countdown runs (a second may
 * pass before a busy machine compares).
 */
function comparable(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const name of ['data-static-screen', 'data-scenario', 'data-pins', 'data-seed'])
    copy.removeAttribute(name);
  copy.querySelectorAll('template, .stage-slot > *').forEach((node) => node.remove());
  copy.querySelector('.choice-timer progress')?.removeAttribute('value');
  return copy.outerHTML.replace(/(waiting for your answer: )\d+:\d\d/, '$1m:ss');
}
