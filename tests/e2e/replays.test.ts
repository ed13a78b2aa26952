/**
 * Playing a scenario again and again in one page leaves nothing behind (issue
 * 17, memory): no screen of an earlier play stays in memory detached from the
 * page, and the stage frees the pictures it drew for a scenario when that
 * scenario ends, keeping only the closing picture its report sits beside.
 *
 * The report's stronger choices are searched in the browser's idle time, and
 * neither that search nor the part of the report it fills in outlives the
 * report: here a stand-in for the browser's idle callbacks decides when the
 * page is idle, so the search is certainly still running when it matters.
 *
 * The page is driven by keys and by clicks made inside the page: a click
 * through the DevTools protocol (Playwright's `click`) registers the element
 * with the protocol's DOM agent, which then keeps that old screen alive
 * itself and would be counted as a leak.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { useApp } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();
const SCENARIO = 'late-supplier';

/** Wait until `test` holds in the page (it must return a plain value, never an element). */
const until = (page: Page, test: string) =>
  page.waitForFunction(test, undefined, { timeout: 60_000 });

async function press(page: Page, index: number): Promise<void> {
  await until(
    page,
    `document.querySelector('[role="group"][aria-label="Choices"] button') && !document.querySelector('[data-settling]')`,
  );
  const state = await page.evaluate((wanted) => {
    const buttons = [...document.querySelectorAll('[role="group"][aria-label="Choices"] button')];
    return {
      position: buttons.findIndex((b) => b.getAttribute('data-index') === String(wanted)),
      lines: document.querySelectorAll('[role="log"] li').length,
    };
  }, index);
  assert.ok(state.position >= 0, `option ${index} is on screen`);
  await page.keyboard.press(String(state.position + 1));
  await until(page, `document.querySelectorAll('[role="log"] li').length > ${state.lines}`);
}

/** Click the button with these words, from inside the page. */
async function click(page: Page, words: string): Promise<void> {
  const test = `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(words)})`;
  await until(page, test);
  await page.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === text,
    );
    button?.click();
  }, words);
}

/** Live <img> objects in the page after a collection (the stage draws each picture into one). */
async function liveImages(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const proto = await cdp.send('Runtime.evaluate', { expression: 'HTMLImageElement.prototype' });
  const found = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: proto.result.objectId ?? '',
  });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId ?? '',
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId ?? '' });
  await cdp.send('Runtime.releaseObject', { objectId: proto.result.objectId ?? '' });
  return Number(length.result.value);
}

interface Detached {
  treeNode: { nodeName: string; childNodeCount?: number; attributes?: string[] };
}

/** Elements alive but not in the page, as DevTools lists them (each with the tree it holds). */
async function detached(cdp: CDPSession): Promise<Detached[]> {
  await cdp.send('HeapProfiler.collectGarbage');
  const result = (await cdp.send('DOM.getDetachedDomNodes' as 'DOM.enable')) as unknown as {
    detachedNodes: Detached[];
  };
  return result.detachedNodes;
}

/**
 * What libraries make off the page on purpose and keep while the game runs:
 * Phaser's canvases and its built-in images, the stage's pictures on screen,
 * Howler's pool of audio elements. None of them ever held any of the game's screens.
 */
const offPageMedia = (node: Detached['treeNode']) =>
  ['IMG', 'CANVAS', 'AUDIO'].includes(node.nodeName) && !node.childNodeCount;

/**
 * The app's page, and the scenario's own page, whose first screen (drawn by the build, shown
 * by the page's script) the app adopts: that screen is the first play's, and goes with it.
 */
const pages = {
  "the app's page": `/?scenario=${SCENARIO}`,
  "the scenario's page": `/${SCENARIO}.html?scenario=${SCENARIO}`,
};

describe('playing a scenario again and again in one page', () => {
  for (const [name, address] of Object.entries(pages))
    it(`keeps no earlier screen and no earlier pictures (${name})`, async () => {
      const path = pathTo(await builtScenario(SCENARIO), 'strong');
      const context = await app.browser().newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${app.url()}${address}`);
      const imagesAtEnd: number[] = [];
      let imagesPlaying = 0;
      for (let play = 0; play < 3; play += 1) {
        for (const [step, index] of path.entries()) {
          await press(page, index);
          if (play === 0 && step === path.length - 2) {
            await until(page, `document.querySelector('#stage canvas')?.dataset.pictures > 0`);
            imagesPlaying = await liveImages(cdp);
          }
        }
        await click(page, 'Skip');
        // The report's stronger choices are searched in idle time; that search
        // holds its part of the report until it is done (a wait, not a leak).
        await until(page, `!!document.querySelector('.stronger-choices:not([aria-busy])')`);
        // The stage has drawn the closing picture and freed the rest.
        await until(page, `document.querySelector('#stage canvas')?.dataset.pictures <= 2`);
        imagesAtEnd.push(await liveImages(cdp));
        await click(page, 'Play this scenario again');
      }
      // A fourth play has begun: no earlier screen is shown any more.
      await until(page, `!!document.querySelector('[role="group"][aria-label="Choices"] button')`);
      // Asked once, at the end: the nodes DevTools lists are kept by DevTools from then on.
      const offPage = await detached(cdp);
      await context.close();

      const screens = offPage.map((d) => d.treeNode).filter((node) => !offPageMedia(node));
      assert.deepEqual(
        screens.map((node) => `${node.nodeName} ${(node.attributes ?? []).join(' ')}`),
        [],
        'no element of an earlier screen is kept off the page',
      );
      const [first, second, third] = imagesAtEnd;
      assert.ok(
        first !== undefined && first === second && second === third,
        `each end holds as many pictures: ${imagesAtEnd.join(', ')}`,
      );
      assert.ok(
        first < imagesPlaying,
        `the scenario's pictures are freed at its end: ${imagesPlaying} while playing, ${first} at the end`,
      );
    });
});

/**
 * A browser that is never idle until the test says so: idle callbacks wait in
 * a queue, and `idlePeriod()` runs those asked for so far, each with a whole
 * idle period (50 ms) to use, and says how many are waiting after them. A
 * string, not a function: the test's compiler would wrap the functions inside
 * it in a helper that the page does not have.
 */
const IDLE_WHEN_TOLD = `{
  const waiting = new Map();
  let last = 0;
  window.requestIdleCallback = (work) => {
    last += 1;
    waiting.set(last, work);
    return last;
  };
  window.cancelIdleCallback = (id) => void waiting.delete(id);
  window.idlePeriod = () => {
    const now = [...waiting.values()];
    waiting.clear();
    for (const work of now) work({ didTimeout: false, timeRemaining: () => 50 });
    return waiting.size;
  };
}`;

/** Idle periods one after another (a moment apart, for the code they load) until none is asked for. */
async function idleUntilQuiet(page: Page): Promise<void> {
  for (let period = 0; period < 200; period += 1) {
    const waiting = await page.evaluate(() =>
      (window as unknown as { idlePeriod: () => number }).idlePeriod(),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (waiting === 0 && period > 10) return;
  }
  throw new Error('the page still asks for idle time after 200 idle periods');
}

const strongerFound = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('report:stronger-found').length > 0);

/** A report open with its stronger choices still being searched: the page has not been idle since the scenario began. */
async function reportStillSearching(): Promise<{
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}> {
  const path = pathTo(await builtScenario(SCENARIO), 'failed');
  const context = await app.browser().newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(IDLE_WHEN_TOLD);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${app.url()}/?scenario=${SCENARIO}`);
  for (const index of path) await press(page, index);
  await click(page, 'Skip');
  await until(page, `!!document.querySelector('.stronger-choices[aria-busy="true"]')`);
  return { page, cdp, close: () => context.close() };
}

const screensOffPage = (offPage: Detached[]) =>
  offPage
    .map((d) => d.treeNode)
    .filter((node) => !offPageMedia(node))
    .map((node) => `${node.nodeName} ${(node.attributes ?? []).join(' ')}`);

describe("the report's search for stronger choices", () => {
  it('once found, keeps nothing of the part that said it was still trying', async () => {
    const { page, cdp, close } = await reportStillSearching();
    await idleUntilQuiet(page);
    assert.ok(await strongerFound(page), 'the search has ended');
    await until(page, `!!document.querySelector('.stronger-choices:not([aria-busy])')`);
    const offPage = await detached(cdp);
    await close();
    assert.deepEqual(screensOffPage(offPage), [], 'the replaced part is not kept off the page');
  });

  it('stops when its report is left, and keeps nothing of that report', async () => {
    const { page, cdp, close } = await reportStillSearching();
    await click(page, 'Choose another scenario');
    await until(page, `!!document.querySelector('#menu-heading')`);
    await idleUntilQuiet(page);
    const found = await strongerFound(page);
    const offPage = await detached(cdp);
    await close();
    assert.equal(found, false, 'the search stopped when its report was left');
    assert.deepEqual(screensOffPage(offPage), [], 'nothing of the left report is kept');
  });
});
