/**
 * The figures measured in the production page, printed beside their targets
 * (issue 17): choice latency and the report's readiness on each scenario's
 * longest path, unthrottled and with the CPU slowed 4×, the app and the bare
 * inkjs page taking turns; then memory over ten complete replays.
 *
 * BENCH_PLAYS (default 3) sets the plays per page and profile; BENCH_MEMORY
 * (comma-separated ids, default late-supplier) the scenarios replayed ten times.
 */
import { launchBrowser, serveDist } from '../e2e/harness.ts';
import { barePages } from './bare-page.ts';
import { load, median, percentile, type Say } from './figures.ts';
import { playOnce, replays, type Played } from './in-page.ts';

const PLAYS = Number(process.env.BENCH_PLAYS ?? 3);
const MEMORY = (process.env.BENCH_MEMORY ?? 'late-supplier').split(',').filter(Boolean);
const RATES = [
  { rate: 1, name: 'no throttling', medianTarget: 50, p95Target: 100 },
  { rate: 4, name: 'CPU throttled 4×', medianTarget: null, p95Target: 200 },
] as const;
const REPORT_TARGET = 300;

const ms = (value: number): string => value.toFixed(0);
const mark = (ok: boolean): string => (ok ? '✓' : '✗');

export async function pageFigures(say: Say, paths: ReadonlyMap<string, number[]>): Promise<void> {
  const app = await serveDist();
  const bare = barePages();
  const bareUrl = await bare.url;
  const browser = await launchBrowser();
  const latencyRows: string[] = [];
  const reportRows: string[] = [];
  for (const { rate, name, medianTarget, p95Target } of RATES) {
    for (const [id, path] of paths) {
      const before = load();
      const plays: Played[] = [];
      const bareLatencies: number[] = [];
      for (let play = 0; play < PLAYS; play += 1) {
        plays.push(await playOnce(browser, `${app.url}/?scenario=${id}`, path, rate));
        bareLatencies.push(
          ...(await playOnce(browser, `${bareUrl}/?scenario=${id}`, path, rate, false)).latencies,
        );
      }
      const latencies = plays.flatMap((p) => p.latencies);
      const slow = plays.flatMap((p) => p.slowKeys);
      const m = median(latencies);
      const p95 = percentile(latencies, 0.95);
      const ok = (medianTarget === null || m <= medianTarget) && p95 <= p95Target;
      const target = `${medianTarget === null ? '' : `≤ ${medianTarget} median, `}≤ ${p95Target} p95`;
      latencyRows.push(
        `| ${id} | ${name} | ${path.length} × ${PLAYS} | ${ms(m)} | ${ms(p95)} ${mark(ok)} | ${ms(median(bareLatencies))} | ${ms(percentile(bareLatencies, 0.95))} | ${target} | ${slow.length}${slow.length ? ` (max ${ms(Math.max(...slow))})` : ''} | ${before}, ${load()} |`,
      );
      const ready = median(plays.map((p) => p.reportReady));
      reportRows.push(
        `| ${id} | ${name} | ${path.length} | ${ms(median(plays.map((p) => p.endPainted)))} | ${ms(median(plays.map((p) => p.strongerFound)))} | ${ms(ready)} ${mark(ready <= REPORT_TARGET)} | ≤ ${REPORT_TARGET} | ${load()} |`,
      );
    }
  }
  say('## Choice latency (key press to the next line painted, every decision of the longest path)');
  say();
  say(
    `ms from the key's event time stamp to a frame and a task after the first new line entered the transcript (performance marks in the page), over every decision of ${PLAYS} plays in fresh pages, the app and the bare inkjs page taking turns. The last column counts key presses the browser's Event Timing saw take 16 ms or more to the next paint (it reports no faster ones).`,
  );
  say();
  say(
    '| scenario | profile | decisions × plays | app median | app p95 | bare median | bare p95 | target | Event Timing ≥ 16 ms | load (before, after) |',
  );
  say('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |');
  for (const row of latencyRows) say(row);
  say();
  say('## Report ready (last choice to the end screen whole, stronger choices included)');
  say();
  say(
    `ms from the last key press, medians of ${PLAYS} plays: the end screen painted (its code loaded; the self-rating shows first), the stronger choices found (each decision's options tried in idle time while it is on screen, then the choosing once the end screen shows, mark \`report:stronger-found\`), and the later of the two. The bare inkjs page has no report.`,
  );
  say();
  say(
    '| scenario | profile | decisions | end screen painted | stronger choices found | ready | target | load |',
  );
  say('| --- | --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const row of reportRows) say(row);
  say();
  say('## Memory (10 complete plays of the longest path in one page)');
  say();
  say(
    'Each play: the path by keyboard, Skip the self-rating, the report, then "Play this scenario again". JS heap after two forced collections (DevTools `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`) on each report. Detached DOM nodes: `DOM.getDetachedDomNodes` after the tenth, trees apart from the childless canvas, img and audio elements libraries make off the page; buttons are clicked from inside the page, since a click through DevTools keeps its screen alive. Stage textures: the texture manager is not exposed to the page, so the live `HTMLImageElement` objects (every stage picture is loaded as one) are counted through `Runtime.queryObjects` after a collection, while playing and at each end.',
  );
  say();
  say(
    '| scenario | heap after 1st play | after 10th | change | target | detached DOM nodes | pictures alive while playing | at each end | load |',
  );
  say('| --- | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |');
  for (const id of MEMORY) {
    const path = paths.get(id);
    if (!path) continue;
    const figures = await replays(browser, `${app.url}/?scenario=${id}`, path);
    const first = figures.heaps[0] ?? NaN;
    const last = figures.heaps.at(-1) ?? NaN;
    const change = (last - first) / first;
    say(
      `| ${id} | ${first.toFixed(1)} MB | ${last.toFixed(1)} MB | ${(change * 100).toFixed(1)} % ${mark(change <= 0.1)} | ≤ 10 %; no detached DOM; pictures freed at the end | ${figures.detached ? `${figures.detached.trees} ${mark(figures.detached.trees === 0)} (and ${figures.detached.media} off-page canvas, img and audio elements of Phaser and Howler)` : 'not available'} | ${figures.imagesPlaying} | ${figures.imagesEnded.join(', ')} | ${load()} |`,
    );
    say();
    say(`Heap at each end (MB): ${figures.heaps.map((h) => h.toFixed(1)).join(', ')}.`);
  }
  say();
  await browser.close();
  await app.close();
  bare.close();
}
