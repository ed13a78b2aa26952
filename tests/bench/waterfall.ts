/**
 * The requests of one cold load on the Fast 3G profile, until the first option
 * is on screen (issue 17): when each was sent, when its answer began and ended,
 * its bytes on the wire, and what asked for it (the HTML's parser, a script).
 * `BENCH_ONLY=waterfall` prints one for the app and one for the bare page, so
 * which request waits for which, and how many round trips come before the
 * story, can be read off rather than guessed.
 */
import type { Browser } from 'playwright-core';
import { FAST_3G } from './first-choice.ts';

interface Request {
  readonly url: string;
  readonly sent: number;
  readonly by: string;
  answered?: number;
  done?: number;
  bytes?: number;
}

interface Sent {
  requestId: string;
  timestamp: number;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: { callFrames: { url: string }[] } };
}

const path = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '');

/** The load's requests up to the first option on screen, as table rows (ms from the first). */
export async function waterfall(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (event: Sent) => {
    const script = event.initiator.stack?.callFrames[0]?.url ?? event.initiator.url;
    requests.set(event.requestId, {
      url: path(event.request.url),
      sent: event.timestamp,
      by: `${event.initiator.type}${script ? ` ${path(script)}` : ''}`,
    });
  });
  cdp.on('Network.responseReceived', (event: { requestId: string; timestamp: number }) => {
    const request = requests.get(event.requestId);
    if (request) request.answered = event.timestamp;
  });
  cdp.on(
    'Network.loadingFinished',
    (event: { requestId: string; timestamp: number; encodedDataLength: number }) => {
      const request = requests.get(event.requestId);
      if (!request) return;
      request.done = event.timestamp;
      request.bytes = event.encodedDataLength;
    },
  );
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page
    .locator('[role="group"][aria-label="Choices"] button')
    .first()
    .waitFor({ timeout: 120_000 });
  const shown = [...requests.values()];
  await context.close();
  const start = Math.min(...shown.map((request) => request.sent));
  const ms = (time: number | undefined) =>
    time === undefined ? '…' : ((time - start) * 1000).toFixed(0);
  return shown.map(
    (request) =>
      `| ${request.url} | ${ms(request.sent)} | ${ms(request.answered)} | ${ms(request.done)} | ${request.bytes ?? '…'} | ${request.by} |`,
  );
}
