/**
 * Benchmarks measured inside the production page (issue 17): how long a key
 * press takes to paint the next line, how long after the last choice the end
 * screen is whole (stronger choices included), and whether memory stays flat
 * over ten complete replays. The page notes its own times (performance marks,
 * a frame and a task after the change, and the browser's Event Timing), so the
 * driver's polling is never counted.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

/** What the page notes of one choice: from the key's time stamp to after the next paint. */
interface Noted {
  keyAt: number;
  paintedAt: number;
  endPaintedAt: number;
  /** Event Timing's durations of key presses slower than 16 ms (it reports no faster ones). */
  slowKeys: number[];
}

type BenchWindow = Window & { bench: Noted };

/**
 * Installed before the app: a key press marks `choice:key` at the event's own
 * time stamp; the first new line in the transcript, one frame and one task
 * later (after the browser painted it), marks `choice:painted`. The end
 * screen's first paint is noted the same way.
 */
function notePaints(): void {
  const noted: Noted = { keyAt: 0, paintedAt: 0, endPaintedAt: 0, slowKeys: [] };
  (window as unknown as BenchWindow).bench = noted;
  const afterPaint = (then: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    });
  const lines = () => document.querySelectorAll('[role="log"] li').length;
  document.addEventListener(
    'keydown',
    (event) => {
      if (!/^[1-9]$/.test(event.key)) return;
      noted.keyAt = event.timeStamp;
      noted.paintedAt = 0;
      performance.mark('choice:key', { startTime: event.timeStamp });
      const before = lines();
      const grown = new MutationObserver(() => {
        if (lines() <= before) return;
        grown.disconnect();
        afterPaint(() => {
          noted.paintedAt = performance.now();
          performance.mark('choice:painted');
        });
      });
      grown.observe(document, { childList: true, subtree: true });
    },
    true,
  );
  // Watched throughout, for every replay in the page: the driver sets endPaintedAt back to 0.
  let ending = false;
  new MutationObserver(() => {
    if (ending || noted.endPaintedAt > 0 || !document.querySelector('.end-of-scenario')) return;
    ending = true;
    afterPaint(() => {
      noted.endPaintedAt = performance.now();
      ending = false;
    });
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown') noted.slowKeys.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

const noted = (page: Page): Promise<Noted> =>
  page.evaluate(() => (window as unknown as BenchWindow).bench);

/** Wait until the options take answers (a new decision ignores input for its first moments). */
async function choicesReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[role="group"][aria-label="Choices"] button') &&
      !document.querySelector('[role="group"][aria-label="Choices"][data-settling]'),
    undefined,
    { timeout: 120_000 },
  );
}

/** Press the key for Ink's option `index` (the first option if this attempt has no such one). */
async function pressOption(page: Page, index: number): Promise<void> {
  const position = await page
    .locator('[role="group"][aria-label="Choices"] button')
    .evaluateAll(
      (buttons, wanted) =>
        buttons.findIndex((b) => b.getAttribute('data-index') === String(wanted)),
      index,
    );
  await page.keyboard.press(String(Math.max(position, 0) + 1));
}

export interface Played {
  /** Key press to the next line painted, one per decision, ms. */
  readonly latencies: number[];
  readonly slowKeys: number[];
  /** Last key press to the end screen painted and its stronger choices found, ms. */
  readonly reportReady: number;
  readonly endPainted: number;
  readonly strongerFound: number;
}

/** Play `path` with the keyboard; the time from each key press to the next line painted, ms. */
async function playChoices(page: Page, path: readonly number[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const index of path) {
    await choicesReady(page);
    await pressOption(page, index);
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).bench.paintedAt > 0,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const { keyAt, paintedAt } = await noted(page);
    latencies.push(paintedAt - keyAt);
  }
  return latencies;
}

/** Wait for the end screen painted and the `plays`-th search for stronger choices done. */
async function endScreen(page: Page, plays: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (window as unknown as BenchWindow).bench.endPaintedAt > 0 &&
      performance.getEntriesByName('report:stronger-found').length >= n,
    plays,
    { timeout: 120_000 },
  );
}

/** Play `path` to the end screen, made whole. */
async function playPath(page: Page, path: readonly number[]): Promise<Played> {
  const latencies = await playChoices(page, path);
  await endScreen(page, 1);
  const { keyAt, endPaintedAt, slowKeys } = await noted(page);
  const found = await page.evaluate(
    () => performance.getEntriesByName('report:stronger-found').at(-1)?.startTime ?? NaN,
  );
  return {
    latencies,
    slowKeys,
    endPainted: endPaintedAt - keyAt,
    strongerFound: found - keyAt,
    reportReady: Math.max(endPaintedAt, found) - keyAt,
  };
}

const NO_END = { slowKeys: [], reportReady: NaN, endPainted: NaN, strongerFound: NaN };

async function freshPage(browser: Browser, rate: number): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // tsx names functions with a helper the page lacks, so the page gets a stand-in.
  await page.addInitScript({ content: `var __name = (f) => f; (${notePaints.toString()})();` });
  return { page, cdp };
}

/** One play of the scenario's `path` in a fresh page, CPU slowed `rate` times. */
export async function playOnce(
  browser: Browser,
  url: string,
  path: readonly number[],
  rate: number,
  /** The bare inkjs page has no end screen to wait for. */
  hasEnd = true,
): Promise<Played> {
  const { page } = await freshPage(browser, rate);
  await page.goto(url, { timeout: 120_000 });
  const played = hasEnd
    ? await playPath(page, path)
    : { ...NO_END, latencies: await playChoices(page, path) };
  await page.context().close();
  return played;
}

export interface MemoryFigures {
  /** JS heap after forced garbage collection at the end of each complete play, MB. */
  readonly heaps: number[];
  /** Detached DOM trees after the last play, and off-page media elements (null when this Chromium cannot say). */
  readonly detached: { trees: number; media: number } | null;
  /** Live <img> objects (each stage picture is one) while playing and after each end. */
  readonly imagesPlaying: number;
  readonly imagesEnded: number[];
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/**
 * How many HTMLImageElement objects are alive, by asking V8 for every one
 * (after GC). The array V8 answers with is released at once: DevTools keeps
 * what it has handed out, and counting once kept every picture alive.
 */
async function liveImages(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const objectGroup = 'bench:images';
  const proto = await cdp.send('Runtime.evaluate', {
    expression: 'HTMLImageElement.prototype',
    objectGroup,
  });
  const found = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: proto.result.objectId ?? '',
    objectGroup,
  });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId ?? '',
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return Number(length.result.value);
}

/**
 * Click the button with these words from inside the page: a click through
 * DevTools (Playwright's `click`) registers the element with its DOM agent,
 * which then keeps that screen alive and counted it as detached.
 */
async function clickInPage(page: Page, words: string): Promise<void> {
  const present = `[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(words)})`;
  await page.waitForFunction(present, undefined, { timeout: 120_000 });
  await page.evaluate((text) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)?.click();
  }, words);
}

/**
 * Detached DOM trees, and apart from them the elements libraries make off the
 * page on purpose and keep (Phaser's canvases and images, the stage's pictures
 * on screen, Howler's pool of audio elements): DevTools lists both.
 */
async function detachedNodes(cdp: CDPSession): Promise<{ trees: number; media: number } | null> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const result = (await cdp.send('DOM.getDetachedDomNodes' as 'DOM.enable')) as unknown as {
      detachedNodes?: { treeNode: { nodeName: string; childNodeCount?: number } }[];
    };
    const nodes = result.detachedNodes?.map((d) => d.treeNode);
    if (!nodes) return null;
    const media = nodes.filter(
      (node) => ['IMG', 'CANVAS', 'AUDIO'].includes(node.nodeName) && !node.childNodeCount,
    ).length;
    return { trees: nodes.length - media, media };
  } catch {
    return null;
  }
}

/** Ten complete plays of `path` in one page: play, skip the rating, "Play this scenario again". */
export async function replays(
  browser: Browser,
  url: string,
  path: readonly number[],
  times = 10,
): Promise<MemoryFigures> {
  const { page, cdp } = await freshPage(browser, 1);
  await page.goto(url, { timeout: 120_000 });
  const heaps: number[] = [];
  const imagesEnded: number[] = [];
  let imagesPlaying = 0;
  for (let play = 0; play < times; play += 1) {
    await page.evaluate(() => ((window as unknown as BenchWindow).bench.endPaintedAt = 0));
    await playChoices(page, path.slice(0, -1));
    if (play === 0) imagesPlaying = await liveImages(cdp);
    await playChoices(page, path.slice(-1));
    await endScreen(page, play + 1);
    await clickInPage(page, 'Skip');
    await page.waitForFunction(() => document.querySelector('.report') !== null);
    heaps.push(await heapAfterGc(cdp));
    imagesEnded.push(await liveImages(cdp));
    await clickInPage(page, 'Play this scenario again');
  }
  const detached = await detachedNodes(cdp);
  await page.context().close();
  return { heaps, detached, imagesPlaying, imagesEnded };
}
