/**
 * Benchmarks (not tests) for issue 17, fast on a school Chromebook. One run
 * prints every figure beside its target: the first-screen JavaScript, the
 * time from navigation to the first usable choice against a bare inkjs page
 * showing the same story (interleaved cold loads, plain, CPU throttled 4× and
 * on a Fast 3G profile), and the report's stronger choices on each scenario's
 * longest path. The machine is shared, so each figure carries the load
 * average it was measured under. `npm run bench` prints; `npm run bench:docs`
 * also writes docs/performance.md.
 *
 * Narrow a run with BENCH_RUNS (cold loads per page, default 9),
 * BENCH_SCENARIOS (comma-separated ids) and BENCH_PROFILES (plain,cpu4x,fast3g).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { compileInk } from '../../src/build/compile-story.ts';
import { strongerChoices } from '../../src/sim/scoring/alternatives.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { DIST, launchBrowser, serveDist } from '../e2e/harness.ts';
import { builtScenario } from '../e2e/paths.ts';
import { firstScreen, LIBRARY_WORDS } from './first-screen.ts';

const ALL_SCENARIOS = readdirSync('stories')
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.replace(/\.ink$/, ''))
  .sort();
const SCENARIOS = process.env.BENCH_SCENARIOS?.split(',').filter(Boolean) ?? ALL_SCENARIOS;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PROFILES = (process.env.BENCH_PROFILES ?? 'plain,cpu4x,fast3g').split(',') as Profile[];
const WRITE = process.argv.includes('--write');

type Profile = 'plain' | 'cpu4x' | 'fast3g';
const PROFILE_NAMES: Record<Profile, string> = {
  plain: 'no throttling',
  cpu4x: 'CPU throttled 4×',
  fast3g: 'Fast 3G network',
};

/** Everything printed, kept for docs/performance.md. */
const lines: string[] = [];
function say(line = ''): void {
  console.log(line);
  lines.push(line);
}

const load = (): string => `load ${loadavg()[0]?.toFixed(1)}`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
function machine(): string {
  const cpu = cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // The figures still stand without the browser's version.
  }
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
}

function bundle(): void {
  const screen = firstScreen(DIST);
  const holds = (words: string) =>
    screen.chunks.some((name) => readFileSync(join(DIST, 'assets', name), 'utf8').includes(words));
  const libraries = Object.entries(LIBRARY_WORDS)
    .map(([name, words]) => `${name} ${holds(words) ? 'yes' : 'no'}`)
    .join(', ');
  say('## First-screen JavaScript');
  say();
  say(
    `- ${kb(screen.gzipBytes)} gzip (${kb(screen.rawBytes)} raw) in ${screen.chunks.length} chunks; target ≤ 60 KB; bare inkjs page ${kb(bareInkGzip())}`,
  );
  say(`- loads zod, Phaser, Howler: ${libraries}; target: none of them`);
  say(`- chunks: ${screen.chunks.join(', ')}`);
  say();
}

const INK_JS = join(import.meta.dirname, '..', '..', 'node_modules', 'inkjs', 'dist', 'ink.js');

function bareInkGzip(): number {
  return gzipSync(readFileSync(INK_JS), { level: 9 }).length;
}

/** A bare page: inkjs and the story, its lines and its options as plain HTML. */
function barePages(): { url: Promise<string>; close: () => void } {
  const ink = readFileSync(INK_JS);
  const stories = new Map<string, string>();
  const storyOf = (id: string): string => {
    let json = stories.get(id);
    if (!json) {
      json = compileInk(readFileSync(join('stories', `${id}.ink`), 'utf8')).json ?? '';
      stories.set(id, json);
    }
    return json;
  };
  const page = (
    id: string,
  ) => `<!doctype html><html lang="en"><body><main><ol id="log"></ol><div role="group" aria-label="Choices" id="choices"></div></main>
<script src="/ink.js"></script><script src="/story-${id}.js"></script><script>
const story = new inkjs.Story(STORY);
story.BindExternalFunction('mood', () => 'calm', false);
story.BindExternalFunction('trust', () => 60, false);
while (story.canContinue) { const li = document.createElement('li'); li.textContent = story.Continue(); document.getElementById('log').append(li); }
for (const c of story.currentChoices) { const b = document.createElement('button'); b.textContent = c.text; document.getElementById('choices').append(b); }
</script></body></html>`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const story = /^\/story-(.+)\.js$/.exec(url.pathname)?.[1];
    if (url.pathname === '/ink.js') response.end(ink);
    else if (story) response.end(`const STORY = ${JSON.stringify(storyOf(story))};`);
    else response.end(page(url.searchParams.get('scenario') ?? ''));
  });
  const url = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    }),
  );
  return { url, close: () => server.close() };
}

/**
 * One cold load: a new context, the profile applied through the DevTools
 * protocol, and the moment the first option button enters the DOM, noted by
 * the page itself so the driver's polling is not counted.
 */
async function firstChoice(browser: Browser, url: string, profile: Profile): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile === 'cpu4x') await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (profile === 'fast3g') {
    await cdp.send('Network.enable');
    // DevTools' "Fast 3G": 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
  }
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[role="group"][aria-label="Choices"] button')) {
        (window as unknown as { firstChoiceAt: number }).firstChoiceAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page
    .getByRole('group', { name: 'Choices' })
    .getByRole('button')
    .first()
    .waitFor({ timeout: 120_000 });
  const at = await page.evaluate(
    () => (window as unknown as { firstChoiceAt: number }).firstChoiceAt,
  );
  await context.close();
  return at;
}

async function firstChoices(): Promise<void> {
  const app = await serveDist();
  const bare = barePages();
  const bareUrl = await bare.url;
  const browser = await launchBrowser();
  say('## First choice on screen (ms from navigation; medians of interleaved cold loads)');
  say();
  say(
    `${RUNS} cold loads of each page, the app and the bare page taking turns. Target: the app within 1.2× the bare page. The local server does not compress, for both pages alike.`,
  );
  say();
  say('| scenario | profile | app | bare inkjs page | ratio | target | load |');
  say('| --- | --- | ---: | ---: | ---: | --- | --- |');
  for (const profile of PROFILES) {
    for (const id of SCENARIOS) {
      const appTimes: number[] = [];
      const bareTimes: number[] = [];
      const before = loadavg()[0] ?? 0;
      for (let run = 0; run < RUNS; run += 1) {
        appTimes.push(await firstChoice(browser, `${app.url}/?scenario=${id}`, profile));
        bareTimes.push(await firstChoice(browser, `${bareUrl}/?scenario=${id}`, profile));
      }
      const a = median(appTimes);
      const b = median(bareTimes);
      const ratio = a / b;
      say(
        `| ${id} | ${PROFILE_NAMES[profile]} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${ratio.toFixed(2)}× ${ratio <= 1.2 ? '✓' : '✗'} | ≤ 1.2× | ${before.toFixed(1)}–${(loadavg()[0] ?? 0).toFixed(1)} |`,
      );
    }
  }
  say();
  await browser.close();
  await app.close();
  bare.close();
}

/** The longest of many seeded random walks through the scenario. */
function longestPath(scenario: Scenario): number[] {
  let longest: number[] = [];
  let state = 7;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  for (let walk = 0; walk < 60; walk += 1) {
    const session = Session.start(scenario);
    while (session.options.length > 0) session.choose(random(session.options.length));
    if (session.path.length > longest.length) longest = [...session.path];
  }
  return longest;
}

async function report(): Promise<void> {
  say("## Report's stronger choices (Node, the built scenario, its longest path found)");
  say();
  say(
    'The whole search the end screen runs (`strongerChoices`, three suggestions), after one warm-up. Target: the end screen ready ≤ 300 ms after the last choice. Measured in Node, not yet in the browser.',
  );
  say();
  say('| scenario | decisions | wall ms (median of 5) | CPU ms (median of 5) | target | load |');
  say('| --- | ---: | ---: | ---: | --- | --- |');
  for (const id of SCENARIOS) {
    const scenario = await builtScenario(id);
    const path = longestPath(scenario);
    const view = Session.replay(scenario, path).session.view;
    strongerChoices(view);
    const walls: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      strongerChoices(view);
      walls.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    say(
      `| ${id} | ${path.length} | ${median(walls).toFixed(0)} | ${median(cpuTimes).toFixed(0)} | ≤ 300 | ${load()} |`,
    );
  }
  say();
}

function notYet(): void {
  say('## Not measured yet (issue 17)');
  say();
  say(
    '- Choice latency, key press to the next line painted: target ≤ 50 ms median, ≤ 100 ms p95 (4× throttled: ≤ 200 ms p95).',
  );
  say(
    '- Memory after 10 replays within 10 % of after the first; no detached DOM; stage textures freed.',
  );
  say('- Story checker CPU for the whole library: target < 10 s (`npm run stories:check`).');
  say();
}

async function main(): Promise<void> {
  say('# Performance (issue 17: fast on a school Chromebook)');
  say();
  say(
    `Measured by \`npm run bench\` (tests/bench/bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  );
  say(
    `Machine: ${machine()}; ${load()} at the start (the machine is shared, so each figure notes its own).`,
  );
  say(
    `Run: ${RUNS} cold loads per page; scenarios ${SCENARIOS.join(', ')}; profiles ${PROFILES.join(', ')}.`,
  );
  say();
  bundle();
  await report();
  await firstChoices();
  notYet();
  if (WRITE) {
    writeFileSync(join('docs', 'performance.md'), `${lines.join('\n')}\n`);
    console.log('Wrote docs/performance.md');
  }
}

await main();
