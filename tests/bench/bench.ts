/**
 * Benchmarks (not tests) for issue 17, fast on a school Chromebook. One run
 * prints every figure beside its target: the first-screen JavaScript, the
 * time from navigation to the first usable choice against a bare inkjs page
 * showing the same story (interleaved cold loads, plain, CPU throttled 4× and
 * on a Fast 3G profile), the report's stronger choices on each scenario's
 * longest path (in Node, and in the page with choice latency and memory:
 * page-figures.ts) and the story checker's CPU time. The machine is shared, so each figure carries the load
 * average it was measured under. `npm run bench` prints; `npm run bench:docs`
 * also writes docs/performance.md.
 *
 * Narrow a run with BENCH_RUNS (cold loads per page, default 9),
 * BENCH_SCENARIOS (comma-separated ids) and BENCH_PROFILES (plain,cpu4x,fast3g).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST, launchBrowser, serveDist } from '../e2e/harness.ts';
import { builtScenario } from '../e2e/paths.ts';
import { bareInkGzip, barePages } from './bare-page.ts';
import { load, median } from './figures.ts';
import { firstScreen, LIBRARY_WORDS } from './first-screen.ts';
import { pageFigures } from './page-figures.ts';
import { longestPath, reportFigures } from './report-figures.ts';

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

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
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

/** The story checker over the whole library, as `npm run stories:check` runs it: CPU of the process. */
function checker(): void {
  const before = load();
  const started = performance.now();
  const cpu = execFileSync(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%U %S"; { time npx tsx src/build/check-stories-cli.ts >/dev/null 2>&1; } 2>&1',
    ],
    { encoding: 'utf8' },
  )
    .trim()
    .split(/\s+/)
    .reduce((sum, seconds) => sum + Number(seconds), 0);
  const wall = (performance.now() - started) / 1000;
  say('## Story checker (the whole library, one process)');
  say();
  say(
    `- ${cpu.toFixed(1)} s CPU (user + system, bash's \`time\` of \`tsx src/build/check-stories-cli.ts\`, tsx's start-up included; Ink's compiler output kept by an earlier run is read back, \`--no-cache\` compiles each story: docs/checker.md), ${wall.toFixed(1)} s wall; target < 10 s CPU; ${before}, then ${load()}`,
  );
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
  const paths = new Map<string, number[]>();
  for (const id of SCENARIOS) paths.set(id, longestPath(await builtScenario(id)));
  await reportFigures(say, paths);
  await pageFigures(say, paths);
  await firstChoices();
  checker();
  if (WRITE) {
    writeFileSync(join('docs', 'performance.md'), `${lines.join('\n')}\n`);
    console.log('Wrote docs/performance.md');
  }
}

await main();
