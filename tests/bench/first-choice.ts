/**
 * The first choice of a cold load, measured twice (issue 17): when the first
 * option is on screen ("visible"), and when a press of 1, made by the driver
 * as soon as that option appeared, has taken effect: the transcript has grown
 * ("usable"). Both are noted by the page itself from navigation, so the
 * driver's polling is not counted; the driver's own delay before its press is
 * (a frame or so: it looks for the option every frame), alike for the app and
 * the bare page.
 *
 * A scenario page shows its first screen, and takes a press, before the app's code has run
 * (src/ui/play/first-screen-script.ts): there "usable" is the page's echo of the press, so the
 * app's own answer is noted too ("answered": the app has taken over and its transcript has grown
 * past the line pressed). On the bare page, and on a page the app drew itself, the two are one.
 *
 * A press the page has handled without effect for 500 ms is made again, and
 * counted: the time stays honest (it is when a press first took effect) and
 * the count says that the first press was lost. A press still queued behind
 * the page's own work is waited for, not repeated.
 */
import type { Browser } from 'playwright-core';

export type Profile = 'plain' | 'cpu4x' | 'fast3g';

export interface FirstChoice {
  /** ms from navigation until the first option button entered the Choices group. */
  readonly visible: number;
  /** ms from navigation until the transcript grew after the first press of 1. */
  readonly usable: number;
  /**
   * ms from navigation until the app's own answer to that press was on screen: no first screen
   * of the page's left (the app has taken over) and the transcript grown.
   */
  readonly answered: number;
  /** Presses of 1 that took no effect before one did. */
  readonly ignored: number;
}

interface Noted {
  visibleAt?: number;
  pressedAt?: number;
  usableAt?: number;
  answeredAt?: number;
  /** Presses of 1 the page has received, and when it received the last. */
  keys: number;
  lastKeyAt: number;
}

const RETRY_MS = 500;

/** DevTools' "Fast 3G": 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

/** Installed before any of the page's scripts. */
function noteFirstChoice(): void {
  const noted: Noted = { keys: 0, lastKeyAt: 0 };
  (window as unknown as { firstChoice: Noted }).firstChoice = noted;
  // No named functions in here: the bundler's name helper does not exist in the page.
  const LINES = '[role="log"] li';
  let before = 0;
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== '1') return;
      noted.keys += 1;
      noted.lastKeyAt = performance.now();
      if (noted.pressedAt !== undefined) return;
      noted.pressedAt = noted.lastKeyAt;
      before = document.querySelectorAll(LINES).length;
    },
    true,
  );
  const observer = new MutationObserver(() => {
    // A page's first screen is in its HTML, hidden until its script shows it.
    const option = document.querySelector('[role="group"][aria-label="Choices"] button');
    if (noted.visibleAt === undefined && option && !option.closest('[hidden]'))
      noted.visibleAt = performance.now();
    if (noted.pressedAt === undefined) return;
    const grown = document.querySelectorAll(LINES).length > before;
    if (noted.usableAt === undefined && grown) noted.usableAt = performance.now();
    if (grown && !document.querySelector('[data-static-screen]')) {
      noted.answeredAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
}

/**
 * One cold load: a new context, the profile applied through the DevTools
 * protocol, 1 pressed as soon as the first option is there.
 */
export async function firstChoice(
  browser: Browser,
  url: string,
  profile: Profile,
): Promise<FirstChoice> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile === 'cpu4x') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (profile === 'fast3g') {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  }
  await page.addInitScript(noteFirstChoice);
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  // Checked every frame: a locator's wait polls ever more slowly (up to every 500 ms), so the
  // press came 80-370 ms after the option appeared, by where each page's moment fell between
  // polls (the bare page's usually later), and that delay was counted in "usable".
  await page.waitForFunction(
    () => (window as unknown as { firstChoice: Noted }).firstChoice.visibleAt !== undefined,
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const noted = () =>
    page.evaluate(() => {
      const { firstChoice } = window as unknown as { firstChoice: Noted };
      return { ...firstChoice, now: performance.now() };
    });
  await page.keyboard.press('1');
  let presses = 1;
  let seen = await noted();
  const deadline = Date.now() + 120_000;
  while (seen.answeredAt === undefined && Date.now() < deadline) {
    if (
      seen.usableAt === undefined &&
      seen.keys >= presses &&
      seen.now - seen.lastKeyAt > RETRY_MS
    ) {
      await page.keyboard.press('1');
      presses += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    seen = await noted();
  }
  await context.close();
  // A closed page's renderer is still shutting down: let it, so the next load starts on a quiet machine.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const ignored = presses - 1;
  if (seen.visibleAt === undefined || seen.usableAt === undefined || seen.answeredAt === undefined)
    throw new Error(`${url}: no press of 1 took effect`);
  return { visible: seen.visibleAt, usable: seen.usableAt, answered: seen.answeredAt, ignored };
}
