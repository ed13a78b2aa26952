/**
 * Browser-test harness: serves the production build (dist/) on a loopback
 * port and drives Debian's Chromium through playwright-core.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
/**
 * Where the browser tests put what they make for a person to look at:
 * test-results/ (ignored) when testing, so a test run changes nothing tracked;
 * docs/ when `npm run docs` refreshes the committed screenshots and examples.
 */
export const ARTEFACTS = join(
  import.meta.dirname,
  '..',
  '..',
  process.env.SERVICE_CHAIN_DOCS === '1' ? 'docs' : 'test-results',
);
export const SCREENSHOTS = join(ARTEFACTS, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Sends a body whole, gzipped (zlib's default level, kept per key) when `compress` is on
 * and the browser accepts it, as a static host sends text; pictures and sound as they are.
 * The benchmark serves the app and the bare inkjs page through the same sender.
 */
export function sender(
  compress: boolean,
): (request: IncomingMessage, response: ServerResponse, key: string, body: () => Buffer) => void {
  const zipped = new Map<string, Buffer>();
  return (request, response, key, body) => {
    const type = String(response.getHeader('content-type') ?? '');
    const text = /^(text\/|application\/(json|manifest|xml))|svg/.test(type);
    if (!compress || !text || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.end(body());
      return;
    }
    let data = zipped.get(key);
    if (!data) zipped.set(key, (data = gzipSync(body())));
    response.setHeader('content-encoding', 'gzip');
    response.setHeader('vary', 'accept-encoding');
    response.end(data);
  };
}

/** Serves a build (dist/ unless `root` says), every response with `headers`; gzipped if `compress`. */
export async function serveDist(
  headers: Record<string, string> = {},
  root: string = DIST,
  compress = false,
): Promise<{ url: string; close: () => Promise<void> }> {
  const send = sender(compress);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} is missing: run \`vite build\` first`);
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    // Whole, in one write, as the bare page's server sends its files (tests/bench/bare-page.ts):
    // streamed in 64 KB pieces, each waited on this busy process's event loop, and the
    // benchmark's comparison measured the test server as much as the page.
    send(request, response, file, () => readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserOptions {
  /**
   * Whether pages may install the service worker. Blocked unless a test is
   * about offline play: every page that installs it precaches the whole build
   * (3.4 MB), which slows every other test down for nothing.
   */
  readonly serviceWorkers?: 'allow' | 'block';
}

/**
 * Debian's Chromium through playwright-core. Every context and page it opens
 * has `serviceWorkers` as the options say (blocked by default), unless the
 * test's own options for that context say otherwise.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const serviceWorkers = options.serviceWorkers ?? 'block';
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (contextOptions = {}) => newContext({ serviceWorkers, ...contextOptions });
  browser.newPage = (pageOptions = {}) => newPage({ serviceWorkers, ...pageOptions });
  return browser;
}

/** Collects console errors and page errors so a test can fail on any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Collects the page's Content Security Policy violations, "directive blocked URI", so a test can fail on any. */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      ),
    );
  });
  return violations;
}

export const choices = (page: Page) =>
  page.getByRole('group', { name: 'Choices' }).getByRole('button');

/**
 * One production-build server and one browser for a test file, started
 * before its tests and closed after them. `headers` are sent with every
 * response (e.g. the Content-Security-Policy); the service worker is blocked
 * unless `options` allow it.
 */
export function useApp(
  headers: Record<string, string> = {},
  options: BrowserOptions = {},
): { readonly url: () => string; readonly browser: () => Browser } {
  let server: Awaited<ReturnType<typeof serveDist>> | null = null;
  let browser: Browser | null = null;
  before(async () => {
    server = await serveDist(headers);
    browser = await launchBrowser(options);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: () => server?.url ?? '',
    browser: () => {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
  };
}

/**
 * Choose the option that is Ink's `index` (a path found in Node) as a learner
 * would: press the number shown beside it in this attempt's order.
 */
export async function chooseOption(page: Page, index: number): Promise<void> {
  const group = page.getByRole('group', { name: 'Choices' });
  await group.locator('button').first().waitFor();
  const position = await group
    .locator('button')
    .evaluateAll(
      (buttons, wanted) =>
        buttons.findIndex((b) => b.getAttribute('data-index') === String(wanted)),
      index,
    );
  if (position < 0) throw new Error(`no option ${index} on screen`);
  await choose(page, String(position + 1));
}

/**
 * Wait until the options on screen take answers: a new decision ignores input
 * for its first moments (src/ui/play/choice-gate.ts), as a learner never notices.
 */
export async function choicesReady(page: Page): Promise<void> {
  await page.waitForSelector('[role="group"][aria-label="Choices"] button');
  await page.waitForFunction(
    () => !document.querySelector('[role="group"][aria-label="Choices"][data-settling]'),
  );
}

/** Press a key that makes a choice, and wait until the transcript has grown. */
export async function choose(page: Page, key: string): Promise<void> {
  await choicesReady(page);
  const count = await page.getByRole('log').locator('li').count();
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll('[role="log"] li').length > n,
      count,
      { timeout: 15_000 },
    );
  } catch (error) {
    const state = await page.evaluate(() => ({
      url: location.href,
      active: document.activeElement?.outerHTML.slice(0, 120),
      dialogs: [...document.querySelectorAll('dialog[open]')].map((d) => d.className),
      group: document
        .querySelector('[role="group"][aria-label="Choices"]')
        ?.outerHTML.slice(0, 400),
      log: document.querySelectorAll('[role="log"] li').length,
    }));
    throw new Error(`no choice made by key ${key}: ${JSON.stringify(state)}`, { cause: error });
  }
}

/** The app's modules: every script of the build but a scenario page's own classic one. */
export const isAppModule = (url: URL) =>
  /\/assets\/[^/]+\.js$/.test(url.pathname) && !url.pathname.includes('/assets/scenario-page-');

/** Hold the app's modules until the function it gives is called: a page whose app is not ready yet. */
export async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(isAppModule, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The choices (Ink's indices) in a scenario's save on the device, or null with none saved. */
export async function savedPath(
  page: Page,
  scenarioId = 'late-supplier',
): Promise<number[] | null> {
  const text = await page.evaluate(
    (key) => localStorage.getItem(key),
    `service-chain:save:${scenarioId}`,
  );
  return text ? (JSON.parse(text) as { path: number[] }).path : null;
}

/**
 * Wait until a scenario's save holds `choices` choices. A save waits for the tab's claim on the
 * scenario to have its answer (src/ui/shell/tab-guard.ts), a moment after the first choice.
 */
export async function untilSaved(
  page: Page,
  choices: number,
  scenarioId = 'late-supplier',
): Promise<void> {
  await page.waitForFunction(
    ([key, length]) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"path":[]}') as { path: unknown[] }).path
        .length === length,
    [`service-chain:save:${scenarioId}`, choices] as const,
  );
}

/** From the page's next load, storage refuses to write a key starting with `prefix`, as a full device does. */
export async function refuseStorageWrites(page: Page, prefix: string): Promise<void> {
  await page.addInitScript((refused) => {
    const setItem: Storage['setItem'] = Storage.prototype.setItem.bind(localStorage);
    Storage.prototype.setItem = (key: string, value: string) => {
      if (key.startsWith(refused))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(key, value);
    };
  }, prefix);
}
