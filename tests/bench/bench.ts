/**
 * Benchmarks (not tests): bundle sizes, and the time from navigation to the
 * first choice on the production build against a bare inkjs page showing the
 * same story (DESIGN §7). Run `npm run bench` after a build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { compileInk } from '../../src/build/compile-story.ts';
import { DIST, launchBrowser, serveDist } from '../e2e/harness.ts';

const SCENARIO = process.argv[2] ?? 'late-supplier';
const STORY_IDS = readdirSync('stories')
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.replace(/\.ink$/, ''));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function bundleSizes(): void {
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js') || name.endsWith('.css'));
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const firstScreen = new Set(
    [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]),
  );
  const groups = { phaser: 0, firstScreen: 0, stories: 0, other: 0 };
  const raw = { phaser: 0, firstScreen: 0, stories: 0, other: 0 };
  for (const name of files) {
    const body = readFileSync(join(assets, name));
    const gz = gzipSync(body, { level: 9 }).length;
    const group = name.startsWith('phaser')
      ? 'phaser'
      : firstScreen.has(name)
        ? 'firstScreen'
        : STORY_IDS.some((id) => name.startsWith(`${id}-`))
          ? 'stories'
          : 'other';
    groups[group] += gz;
    raw[group] += statSync(join(assets, name)).size;
    console.log(
      `  ${name.padEnd(44)} ${kb(body.length).padStart(10)}  gzip ${kb(gz).padStart(9)}  (${group})`,
    );
  }
  console.log('\nBundle (gzip): ');
  for (const key of Object.keys(groups) as (keyof typeof groups)[]) {
    console.log(`  ${key.padEnd(12)} ${kb(groups[key]).padStart(10)}   raw ${kb(raw[key])}`);
  }
}

function barePage(story: string): { url: Promise<string>; close: () => void } {
  const ink = readFileSync(
    join(import.meta.dirname, '..', '..', 'node_modules', 'inkjs', 'dist', 'ink.js'),
  );
  const page = `<!doctype html><html lang="en"><body><main><ol id="log"></ol><div role="group" aria-label="Choices" id="choices"></div></main>
<script src="/ink.js"></script><script src="/story.js"></script><script>
const story = new inkjs.Story(STORY);
story.BindExternalFunction('mood', () => 'calm', false);
story.BindExternalFunction('trust', () => 60, false);
while (story.canContinue) { const li = document.createElement('li'); li.textContent = story.Continue(); document.getElementById('log').append(li); }
for (const c of story.currentChoices) { const b = document.createElement('button'); b.textContent = c.text; document.getElementById('choices').append(b); }
</script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url === '/ink.js') response.end(ink);
    else if (request.url === '/story.js') response.end(`const STORY = ${JSON.stringify(story)};`);
    else response.end(page);
  });
  const url = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/` : '');
    }),
  );
  return { url, close: () => server.close() };
}

async function timeToFirstChoice(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page notes the moment the first choice button enters the DOM, so the
    // figure does not include the test driver's polling.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[role="group"][aria-label="Choices"] button')) {
          (window as unknown as { firstChoiceAt: number }).firstChoiceAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().waitFor();
    times.push(
      await page.evaluate(() => (window as unknown as { firstChoiceAt: number }).firstChoiceAt),
    );
    await context.close();
  }
  await browser.close();
  return times;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  console.log('Production bundle files:');
  bundleSizes();
  const { json } = compileInk(readFileSync(join('stories', `${SCENARIO}.ink`), 'utf8'));
  if (!json) throw new Error(`stories/${SCENARIO}.ink does not compile`);
  const app = await serveDist();
  const bare = barePage(json);
  const appTimes = await timeToFirstChoice(`${app.url}/?scenario=${SCENARIO}`);
  const bareTimes = await timeToFirstChoice(await bare.url);
  await app.close();
  bare.close();
  const a = median(appTimes);
  const b = median(bareTimes);
  console.log(
    `\nTime from navigation to first choice (${SCENARIO}, median of ${RUNS}, headless Chromium):`,
  );
  console.log(
    `  Service Chain   ${a.toFixed(0)} ms   (runs: ${appTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  bare inkjs page ${b.toFixed(0)} ms   (runs: ${bareTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(`  ratio           ${(a / b).toFixed(2)}× (target ≤ 1.2×)`);
}

await main();
