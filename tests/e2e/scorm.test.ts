/**
 * The SCORM 1.2 package in a test LMS: the zip from `npm run build:scorm` is
 * unpacked beside an LMS page that runs scorm-again's SCORM 1.2 API (the LMS
 * side) and commits to this test's server, as an LMS would. A scenario is
 * played to its end; another is closed mid-way and resumed from
 * `cmi.suspend_data`; and a failing `LMSCommit` is told and loses nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import { SUSPEND_DATA_LIMIT } from '../../src/sim/session/resume-record.ts';
import { launchBrowser } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ZIP = join(ROOT, 'dist-scorm', 'service-chain-scorm12.zip');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.xml': 'application/xml',
};

type Cmi = Record<string, string>;
/** What the test LMS has been sent: every commit, in order, and whether commits fail now. */
const lms = { commits: [] as Cmi[], failing: false };
const latest = (): Cmi => lms.commits.at(-1) ?? {};

let dir: string;
let server: Server;
let url: string;
let browser: Browser;
let launchUrls: Map<string, string>;

before(async () => {
  if (!existsSync(ZIP))
    throw new Error('the SCORM zip is missing: run `npm run build:scorm` first');
  dir = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
  const files = unzipSync(readFileSync(ZIP));
  for (const [name, bytes] of Object.entries(files)) {
    const target = join(dir, 'course', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  // Each item's SCO resource names the page it launches; the item adds its parameters.
  const pages = new Map(
    [...manifest.matchAll(/<resource identifier="sco-([a-z0-9-]+)"[^>]*href="([^"]+)"/g)].map(
      (match) => [match[1] ?? '', match[2] ?? ''],
    ),
  );
  launchUrls = new Map(
    [...manifest.matchAll(/<item identifier="item-([a-z0-9-]+)"[^>]*parameters="([^"]+)"/g)].map(
      (match) => [
        match[1] ?? '',
        `${pages.get(match[1] ?? '') ?? ''}${(match[2] ?? '').replaceAll('&amp;', '&')}`,
      ],
    ),
  );
  writeFileSync(join(dir, 'lms.html'), readFileSync(join(import.meta.dirname, 'lms', 'lms.html')));
  writeFileSync(join(dir, 'lms.js'), readFileSync(join(import.meta.dirname, 'lms', 'lms.js')));
  writeFileSync(
    join(dir, 'scorm12.min.js'),
    readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js')),
  );
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'POST' && path === '/commit') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (lms.failing) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ result: false, errorCode: 101 }));
          return;
        }
        lms.commits.push(JSON.parse(body) as Cmi);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ result: true, errorCode: 0 }));
      });
      return;
    }
    const file = join(dir, normalize(decodeURIComponent(path)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // The course runs under the strict policy in the LMS too.
      ...(path.startsWith('/course/')
        ? { 'content-security-policy': CONTENT_SECURITY_POLICY }
        : {}),
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** Open the test LMS and launch one scenario's SCO, as its manifest item says. */
async function launch(page: Page, id: string, kept?: Cmi): Promise<Frame> {
  const sco = launchUrls.get(id);
  assert.ok(sco, `the manifest has an item for ${id}`);
  if (!page.url().endsWith('/lms.html')) await page.goto(`${url}/lms.html`);
  await page.evaluate(
    ([launchUrl, data]) =>
      (window as unknown as { launch: (u: string, k?: unknown) => void }).launch(launchUrl, data),
    [`/course/${sco}`, kept] as const,
  );
  const frame = page.frameLocator('#sco');
  await frame.getByRole('group', { name: 'Choices' }).locator('button').first().waitFor();
  const handle = await page.locator('#sco').elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error('the SCO has no frame');
  return content;
}

/** Choose Ink's option `index` by the number shown beside it, and wait for the transcript. */
async function chooseIn(frame: Frame, index: number): Promise<void> {
  const group = frame.getByRole('group', { name: 'Choices' });
  await group.locator('button').first().waitFor();
  const count = await frame.locator('[role="log"] li').count();
  await group.locator(`button[data-index="${index}"]`).click();
  await frame.waitForFunction(
    (n) => document.querySelectorAll('[role="log"] li').length > n,
    count,
  );
}

async function closeSco(page: Page): Promise<void> {
  const before = lms.commits.length;
  await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
  await page.waitForFunction(() => true);
  for (let wait = 0; wait < 50 && lms.commits.length === before; wait += 1)
    await page.waitForTimeout(100);
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS, the hours in 2 to 4 digits. */
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const seconds = (timespan: string): number => {
  const [hours = 0, minutes = 0, secs = 0] = timespan.split(':').map(Number);
  return hours * 3600 + minutes * 60 + secs;
};

const interactions = (cmi: Cmi) =>
  Object.keys(cmi)
    .map((key) => /^cmi\.interactions\.(\d+)\.id$/.exec(key)?.[1])
    .filter((n) => n !== undefined)
    .map((n) => ({
      id: cmi[`cmi.interactions.${n}.id`],
      type: cmi[`cmi.interactions.${n}.type`],
      response: cmi[`cmi.interactions.${n}.student_response`],
      result: cmi[`cmi.interactions.${n}.result`],
      latency: cmi[`cmi.interactions.${n}.latency`],
    }));

describe('the SCORM 1.2 package in an LMS', () => {
  it('reports status, score, one interaction per decision and the session time', async () => {
    lms.commits = [];
    const scenario = await builtScenario('late-supplier');
    const path = pathTo(scenario, 'strong');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const frame = await launch(page, 'late-supplier');
    for (const index of path) await chooseIn(frame, index);
    await frame.getByRole('heading', { name: /how did you do/ }).waitFor();
    await closeSco(page);

    const cmi = latest();
    assert.equal(cmi['cmi.core.lesson_status'], 'passed');
    assert.equal(cmi['cmi.core.score.min'], '0');
    assert.equal(cmi['cmi.core.score.max'], '100');
    assert.ok(Number(cmi['cmi.core.score.raw']) >= 50, `score ${cmi['cmi.core.score.raw']}`);
    const sessionTime = cmi['cmi.core.session_time'] ?? '';
    assert.match(sessionTime, TIMESPAN);
    assert.ok(seconds(sessionTime) > 0, `session time ${sessionTime}`);
    const made = interactions(cmi);
    assert.equal(made.length, path.length, 'one interaction per decision');
    for (const [step, interaction] of made.entries()) {
      assert.match(interaction.id ?? '', new RegExp(`^d${step + 1}-[0-9a-z]+$`));
      assert.equal(interaction.type, 'choice');
      assert.equal(interaction.response, String.fromCharCode(97 + (path[step] ?? 0)));
      assert.match(interaction.result ?? '', /^(correct|wrong|neutral)$/);
      assert.match(interaction.latency ?? '', TIMESPAN);
    }
    assert.ok(
      made.some((i) => i.result === 'correct'),
      'a strong path has correct decisions',
    );
    await page.close();
  });

  it('resumes from suspend_data after the window closed mid-scenario, same choices and clock', async () => {
    lms.commits = [];
    const scenario = await builtScenario('contact-centre-sla');
    const path = pathTo(scenario, 'failed');
    const half = path.slice(0, Math.ceil(path.length / 2));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let frame = await launch(page, 'contact-centre-sla');
    for (const index of half) await chooseIn(frame, index);
    const transcript = await frame.locator('[role="log"] li').allInnerTexts();
    const clock = await frame.locator('.clock').first().innerText();
    await closeSco(page);

    const kept = latest();
    assert.equal(kept['cmi.core.lesson_status'], 'incomplete');
    assert.equal(kept['cmi.core.exit'], 'suspend');
    assert.equal(kept['cmi.core.lesson_location'], String(half.length));
    const suspend = kept['cmi.suspend_data'] ?? '';
    assert.ok(suspend.length > 0 && suspend.length <= SUSPEND_DATA_LIMIT);

    // Nothing on the device: the resume can only come from the LMS.
    await frame.evaluate(() => localStorage.clear()).catch(() => undefined);
    await page.evaluate(() => localStorage.clear());
    frame = await launch(page, 'contact-centre-sla', kept);
    assert.deepEqual(await frame.locator('[role="log"] li').allInnerTexts(), transcript);
    assert.equal(await frame.locator('.clock').first().innerText(), clock);
    for (const index of path.slice(half.length)) await chooseIn(frame, index);
    await frame.getByRole('heading', { name: /how did you do/ }).waitFor();
    await closeSco(page);
    assert.equal(latest()['cmi.core.lesson_status'], 'failed');
    await page.close();
  });

  it('tells the learner when LMSCommit fails, plays on, and loses nothing', async () => {
    lms.commits = [];
    const scenario = await builtScenario('late-supplier');
    const path = pathTo(scenario, 'strong');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const frame = await launch(page, 'late-supplier');
    await chooseIn(frame, path[0] ?? 0);
    lms.failing = true;
    await chooseIn(frame, path[1] ?? 0);
    const notice = frame.locator('.notices');
    await notice.getByText(/did not accept your progress/).waitFor();
    assert.match(await notice.innerText(), /keep playing/);
    await chooseIn(frame, path[2] ?? 0);
    const onDevice = await frame.evaluate(() =>
      localStorage.getItem('service-chain:save:late-supplier'),
    );
    assert.match(onDevice ?? '', /"path":\[\d+,\d+,\d+\]/, 'the device kept every choice');
    lms.failing = false;
    await chooseIn(frame, path[3] ?? 0);
    await notice.getByText(/recording your progress again/).waitFor();
    const cmi = latest();
    assert.equal(cmi['cmi.core.lesson_location'], '4', 'the LMS has all four choices');
    assert.equal(interactions(cmi).length, 4);
    await page.close();
  });
});
