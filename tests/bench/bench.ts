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
 * BENCH_SCENARIOS (comma-separated ids) and BENCH_PROFILES (plain,cpu4x,fast3g);
 * BENCH_ONLY=first-choice measures the first choice alone, BENCH_ONLY=page the
 * in-page figures alone (choice latency, report ready, memory; BENCH_MEMORY= for
 * none); neither writes docs/performance.md. BENCH_SERVED says how the first
 * choice's two pages are served: gzip (the default: as a static host sends
 * them), none (uncompressed), or gzip,none for both, row by row.
 * BENCH_ONLY=waterfall prints each page's requests of one cold load on Fast 3G
 * until the first option shows (waterfall.ts), for each scenario and BENCH_SERVED.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { DIST, launchBrowser, serveDist } from '../e2e/harness.ts';
import { builtScenario } from '../e2e/paths.ts';
import { bareInkGzip, barePages } from './bare-page.ts';
import { firstChoice, type FirstChoice, type Profile } from './first-choice.ts';
import { load, median } from './figures.ts';
import { firstScreen, LIBRARY_WORDS } from './first-screen.ts';
import { pageFigures } from './page-figures.ts';
import { longestPath, reportFigures } from './report-figures.ts';
import { waterfall } from './waterfall.ts';

const ALL_SCENARIOS = readdirSync('stories')
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.replace(/\.ink$/, ''))
  .sort();
const SCENARIOS = process.env.BENCH_SCENARIOS?.split(',').filter(Boolean) ?? ALL_SCENARIOS;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PROFILES = (process.env.BENCH_PROFILES ?? 'plain,cpu4x,fast3g').split(',') as Profile[];
const SERVED = (process.env.BENCH_SERVED ?? 'gzip').split(',').filter(Boolean);
if (SERVED.some((served) => served !== 'gzip' && served !== 'none'))
  throw new Error(`BENCH_SERVED is gzip, none or gzip,none, not ${process.env.BENCH_SERVED}`);
const ONLY_FIRST_CHOICE = process.env.BENCH_ONLY === 'first-choice';
const ONLY_PAGE = process.env.BENCH_ONLY === 'page';
const ONLY_WATERFALL = process.env.BENCH_ONLY === 'waterfall';
const WRITE =
  process.argv.includes('--write') && !ONLY_FIRST_CHOICE && !ONLY_PAGE && !ONLY_WATERFALL;

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
  say(`- chunks: ${screen.chunks.join(', ')}; classic scripts: ${screen.scripts.join(', ')}`);
  say();
}

/**
 * The app opened on a scenario's own page, as the bare page is its story's page: the
 * story's chunk is named in the HTML (src/build/vite-plugin-ink.ts, scenarioPages).
 */
const scenarioPage = (app: string, id: string): string => `${app}/${id}.html?scenario=${id}`;

/** The app's and the bare page's servers, once per way of serving them (BENCH_SERVED). */
function pageServers() {
  return Promise.all(
    SERVED.map(async (served) => {
      const bare = barePages(served === 'gzip');
      const app = await serveDist({}, DIST, served === 'gzip');
      const close = async () => {
        await app.close();
        bare.close();
      };
      return { served, app, bareUrl: await bare.url, close };
    }),
  );
}

/** Each page's requests of a cold load on Fast 3G until its first option shows. */
async function waterfalls(): Promise<void> {
  const servers = await pageServers();
  const browser = await launchBrowser();
  say('## Requests before the first choice (one cold load on Fast 3G)');
  for (const id of SCENARIOS) {
    for (const { served, app, bareUrl } of servers) {
      for (const [page, url] of [
        ['app', scenarioPage(app.url, id)],
        ['bare inkjs page', `${bareUrl}/?scenario=${id}`],
      ] as const) {
        say();
        say(`${id}, ${page}, served ${served}: ms from the first request, bytes on the wire.`);
        say();
        say('| request | sent | answer began | ended | bytes | asked for by |');
        say('| --- | ---: | ---: | ---: | ---: | --- |');
        for (const row of await waterfall(browser, url)) say(row);
      }
    }
  }
  say();
  await browser.close();
  for (const server of servers) await server.close();
}

async function firstChoices(): Promise<void> {
  const servers = await pageServers();
  const browser = await launchBrowser();
  say(
    '## First choice (ms from navigation; medians of interleaved cold loads): on screen, and usable',
  );
  say();
  say(
    `${RUNS} cold loads of each page, the app (the scenario's own page, \`<id>.html?scenario=<id>\`) and the bare page taking turns. *Visible*: the first option button is in the Choices group. *Usable*: 1 was pressed (by the driver, which looks for that option every frame) and the transcript has grown; a press the page ignored is made again after 500 ms and counted. *Answered*: the app's own answer to that press is on screen (the app has taken over the page's first screen, drawn by the build and shown by the page's script, and its transcript has grown); before the app has run, the page's script echoes the press, which is what *usable* sees. On the bare page the two are one. Target: the app's usable time within 1.2× the bare page's. *Served*: the local servers send both pages alike, gzipped (as a static host sends them: the first-screen JavaScript is counted gzipped too) or uncompressed.`,
  );
  say();
  say(
    '| scenario | profile | served | app visible | bare visible | ratio | app usable | bare usable | ratio | target | app answered | ratio | presses ignored (app, bare) | load |',
  );
  say(
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |',
  );
  for (const profile of PROFILES) {
    for (const id of SCENARIOS) {
      for (const { served, app, bareUrl } of servers) {
        const appTimes: FirstChoice[] = [];
        const bareTimes: FirstChoice[] = [];
        const before = loadavg()[0] ?? 0;
        for (let run = 0; run < RUNS; run += 1) {
          appTimes.push(await firstChoice(browser, scenarioPage(app.url, id), profile));
          bareTimes.push(await firstChoice(browser, `${bareUrl}/?scenario=${id}`, profile));
        }
        const of = (times: FirstChoice[], key: 'visible' | 'usable' | 'answered') =>
          median(times.map((time) => time[key]));
        const ignored = (times: FirstChoice[]) =>
          times.reduce((sum, time) => sum + time.ignored, 0);
        const visible = of(appTimes, 'visible') / of(bareTimes, 'visible');
        const usable = of(appTimes, 'usable') / of(bareTimes, 'usable');
        const answered = of(appTimes, 'answered') / of(bareTimes, 'answered');
        say(
          `| ${id} | ${PROFILE_NAMES[profile]} | ${served} | ${of(appTimes, 'visible').toFixed(0)} | ${of(bareTimes, 'visible').toFixed(0)} | ${visible.toFixed(2)}× | ${of(appTimes, 'usable').toFixed(0)} | ${of(bareTimes, 'usable').toFixed(0)} | ${usable.toFixed(2)}× ${usable <= 1.2 ? '✓' : '✗'} | ≤ 1.2× | ${of(appTimes, 'answered').toFixed(0)} | ${answered.toFixed(2)}× | ${ignored(appTimes)}, ${ignored(bareTimes)} | ${before.toFixed(1)}–${(loadavg()[0] ?? 0).toFixed(1)} |`,
        );
      }
    }
  }
  say();
  await browser.close();
  for (const server of servers) await server.close();
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
  if (ONLY_FIRST_CHOICE) return firstChoices();
  if (ONLY_WATERFALL) return waterfalls();
  bundle();
  const paths = new Map<string, number[]>();
  for (const id of SCENARIOS) paths.set(id, longestPath(await builtScenario(id)));
  if (ONLY_PAGE) return pageFigures(say, paths);
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
