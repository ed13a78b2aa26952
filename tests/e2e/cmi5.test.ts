/**
 * The cmi5 package launched as an AU against a loopback LMS and LRS written
 * here (the fetch URL, LMS.LaunchData in /activities/state, /statements), on
 * another origin than the course, as an institution's LRS would be. The game
 * runs under the strict policy with only the LRS origin added to connect-src.
 * Part of the scenario is played offline: the statements wait on the device,
 * and when the network is back each one reaches the LRS exactly once. An AU
 * launched again mid-scenario resumes exactly from the LRS's State API
 * document (stateId "suspend"), or from the device's save when the LRS cannot
 * give it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import validation from '@learninglocker/xapi-validation';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/build/csp.ts';
import { STATE_ID } from '../../src/lms/cmi5-suspend.ts';
import {
  decisionActivityId,
  RUBRIC_EFFECTS,
  scenarioActivityId,
  type Statement,
} from '../../src/sim/evidence/xapi-statements.ts';
import {
  choices,
  chooseOption,
  launchBrowser,
  serveDist,
  watchErrors,
  watchPolicyViolations,
} from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

// A CommonJS module: Node's import gives its exports object, whose `default` is the validator.
const validate = (validation as unknown as { default: typeof validation }).default;
const ROOT = join(import.meta.dirname, '..', '..');
const ZIP = join(ROOT, 'dist-cmi5', 'service-chain-cmi5.zip');
const TOKEN = Buffer.from('au-key:au-secret').toString('base64');
const SESSION = '6f1f4d3c-2b7a-4c59-9d1e-0a8b7c6d5e4f';
const REGISTRATION = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
/** The resume test's registration: a second enrolment of the same learner. */
const REGISTRATION_2 = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
const ACTIVITY = 'http://127.0.0.1/lms/course/1/au/damaged-in-transit';
const ACTOR = {
  objectType: 'Agent',
  name: 'Test Learner',
  account: { homePage: 'http://127.0.0.1/lms', name: 'learner-1' },
};

/** What the loopback LMS and LRS have been asked and sent. */
const lrs = {
  fetches: 0,
  /** The fetch URLs that have given their token (each gives it once). */
  fetched: new Set<string>(),
  /** The session id the LMS gives the current launch. */
  session: SESSION,
  /** State API documents the AU wrote, by activity, registration and stateId. */
  states: new Map<string, string>(),
  /** When true, reading the AU's own state fails as an overloaded LRS would. */
  statesDown: false,
  posts: new Map<string, number>(),
  statements: [] as Statement[],
  invalid: [] as string[],
  unauthorised: 0,
};

let dir: string;
let course: Awaited<ReturnType<typeof serveDist>>;
let lrsServer: Server;
let lrsUrl: string;
let browser: Browser;

function cors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
  response.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
  response.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, x-experience-api-version',
  );
  response.setHeader('x-experience-api-version', '1.0.3');
}

const json = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

/** Where a State API document is kept: its activity, registration, agent and id. */
const stateKey = (url: URL): string =>
  ['activityId', 'registration', 'agent', 'stateId']
    .map((name) => url.searchParams.get(name) ?? '')
    .join(' ');

/** The LMS's fetch URL and the LRS, enough of each for @xapi/cmi5 and the game. */
function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
  cors(request, response);
  const url = new URL(request.url ?? '/', 'http://x');
  if (request.method === 'OPTIONS') return void response.writeHead(204).end();
  if (request.method === 'POST' && url.pathname.startsWith('/lms/fetch/')) {
    lrs.fetches += 1;
    // cmi5: each launch's fetch URL gives the token once.
    const first = !lrs.fetched.has(url.pathname);
    lrs.fetched.add(url.pathname);
    return first
      ? json(response, 200, { 'auth-token': TOKEN })
      : json(response, 200, { 'error-code': '1', 'error-text': 'already in use' });
  }
  if (!url.pathname.startsWith('/xapi/')) return void response.writeHead(404).end();
  if (request.headers.authorization !== `Basic ${TOKEN}`) {
    lrs.unauthorised += 1;
    return void response.writeHead(401).end();
  }
  const resource = url.pathname.slice('/xapi/'.length);
  const stateId = url.searchParams.get('stateId');
  if (resource === 'activities/state' && stateId !== 'LMS.LaunchData') {
    const key = stateKey(url);
    if (request.method === 'PUT') lrs.states.set(key, body);
    else if (request.method === 'DELETE') lrs.states.delete(key);
    else if (lrs.statesDown) return void response.writeHead(503).end();
    else if (lrs.states.has(key)) return json(response, 200, JSON.parse(lrs.states.get(key) ?? ''));
    else return void response.writeHead(404).end();
    return void response.writeHead(204).end();
  }
  if (resource === 'activities/state' && request.method === 'GET') {
    return json(response, 200, {
      contextTemplate: {
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: scenarioActivityId('damaged-in-transit') }],
        },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': lrs.session },
      },
      launchMode: 'Normal',
      moveOn: 'Passed',
    });
  }
  if (resource === 'agents/profile' && request.method === 'GET') {
    assert.equal(url.searchParams.get('profileId'), 'cmi5LearnerPreferences');
    return json(response, 200, { languagePreference: 'en-GB', audioPreference: 'on' });
  }
  if (resource === 'statements' && request.method === 'POST') {
    const parsed = JSON.parse(body) as Statement | Statement[];
    const statements = Array.isArray(parsed) ? parsed : [parsed];
    for (const statement of statements) {
      const warnings = validate(statement);
      if (warnings.length > 0) lrs.invalid.push(JSON.stringify({ statement, warnings }));
      lrs.posts.set(statement.id, (lrs.posts.get(statement.id) ?? 0) + 1);
      // An LRS keeps one statement per id.
      if (!lrs.statements.some((kept) => kept.id === statement.id)) lrs.statements.push(statement);
    }
    return json(
      response,
      200,
      statements.map((s) => s.id),
    );
  }
  response.writeHead(404).end();
}

before(async () => {
  if (!existsSync(ZIP)) throw new Error('the cmi5 zip is missing: run `npm run build:cmi5` first');
  dir = mkdtempSync(join(tmpdir(), 'cmi5-course-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  lrsServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => handle(request, response, body));
  });
  await new Promise<void>((resolve) => lrsServer.listen(0, '127.0.0.1', resolve));
  const address = lrsServer.address();
  if (!address || typeof address === 'string') throw new Error('the LRS has no port');
  lrsUrl = `http://127.0.0.1:${address.port}`;
  // The course on its own origin, under the strict policy plus the LRS's origin.
  course = await serveDist({ 'content-security-policy': contentSecurityPolicy([lrsUrl]) }, dir);
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
  await course.close();
  await new Promise<void>((resolve) => lrsServer.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** The AU's URL from cmi5.xml, with the launch parameters an LMS adds for one launch. */
function launchUrl(id: string, launch = 1, registration = REGISTRATION): string {
  const structure = readFileSync(join(dir, 'cmi5.xml'), 'utf8');
  const au = new RegExp(`<au id="${scenarioActivityId(id)}"[\\s\\S]*?<url>([^<]+)</url>`).exec(
    structure,
  );
  assert.ok(au?.[1], `cmi5.xml has an AU for ${id}`);
  const url = new URL(au[1].replaceAll('&amp;', '&'), `${course.url}/`);
  url.searchParams.set('endpoint', `${lrsUrl}/xapi/`);
  url.searchParams.set('fetch', `${lrsUrl}/lms/fetch/${registration}/${launch}`);
  url.searchParams.set('actor', JSON.stringify(ACTOR));
  url.searchParams.set('registration', registration);
  url.searchParams.set('activityId', ACTIVITY);
  return url.href;
}

async function until(what: string, test: () => boolean, page: Page): Promise<void> {
  for (let waited = 0; !test(); waited += 100) {
    if (waited > 30_000) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const verbs = () => lrs.statements.map((statement) => statement.verb.display['en-US']);
const answeredStatements = () =>
  lrs.statements.filter((statement) => statement.verb.display['en-US'] === 'answered');
/** The LRS answers 404 to a read of a State API document not yet written (xAPI), which the browser logs. */
const NO_RECORD_YET = /responded with a status of 404/;

describe('the cmi5 package as an AU', () => {
  it('reports every decision and the result once each, including what was played offline', async () => {
    const scenario = await builtScenario('damaged-in-transit', dir);
    const path = pathTo(scenario, 'strong');
    const offlineFrom = 2;
    const onlineFrom = Math.min(path.length - 1, offlineFrom + 3);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations = await watchPolicyViolations(page);
    const errors = watchErrors(page);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const origin = new URL(request.url()).origin;
      if (![course.url, lrsUrl].includes(origin) && !/^(data|blob):/.test(request.url()))
        foreign.push(request.url());
    });

    await page.goto(launchUrl('damaged-in-transit'));
    await choices(page).first().waitFor();
    await until('initialized', () => verbs().includes('initialized'), page);

    for (const index of path.slice(0, offlineFrom)) await chooseOption(page, index);
    await until('the first answers', () => verbs().length === 1 + offlineFrom, page);
    // Everything the page loads on its own has loaded before the network goes.
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    for (const index of path.slice(offlineFrom, onlineFrom)) await chooseOption(page, index);
    await page.getByText(/cannot be reached just now/).waitFor();
    assert.equal(verbs().length, 1 + offlineFrom, 'nothing reached the LRS while offline');
    const waiting = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('service-chain-xapi-outbox');
          open.onsuccess = () => {
            const count = open.result.transaction('statements').objectStore('statements').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    assert.equal(waiting, onlineFrom - offlineFrom, 'the offline answers wait in IndexedDB');

    await context.setOffline(false);
    await until('the offline answers', () => verbs().length === 1 + onlineFrom, page);
    await page.getByText(/recording your progress again/).waitFor();
    for (const index of path.slice(onlineFrom)) await chooseOption(page, index);
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    await until('the ending', () => verbs().includes('terminated'), page);

    assert.deepEqual(verbs(), [
      'initialized',
      ...path.map(() => 'answered'),
      'passed',
      'completed',
      'terminated',
    ]);
    assert.deepEqual(
      [...lrs.posts.entries()].filter(([, times]) => times !== 1),
      [],
      'each statement was sent exactly once',
    );
    assert.equal(lrs.fetches, 1, 'the fetch URL was used once');
    assert.equal(lrs.unauthorised, 0);
    assert.deepEqual(lrs.invalid, [], 'every statement passes the validator');
    for (const statement of lrs.statements) {
      assert.deepEqual(statement.actor, ACTOR);
      assert.equal(statement.context['registration'], REGISTRATION);
      assert.deepEqual(statement.context['extensions'], {
        'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION,
      });
    }
    const answers = lrs.statements.filter((s) => s.verb.display['en-US'] === 'answered');
    for (const [step, answer] of answers.entries()) {
      assert.match(
        answer.object['id'] as string,
        new RegExp(`^${decisionActivityId('damaged-in-transit', `d${step + 1}-`)}[0-9a-z]+$`),
      );
      assert.equal(answer.result?.['response'], String.fromCharCode(97 + (path[step] ?? 0)));
      assert.ok(
        Array.isArray((answer.result?.['extensions'] as Record<string, unknown>)[RUBRIC_EFFECTS]),
      );
    }
    const passed = lrs.statements.find((s) => s.verb.display['en-US'] === 'passed');
    const scaled = (passed?.result?.['score'] as { scaled: number } | undefined)?.scaled ?? -1;
    assert.ok(scaled >= 0.5 && scaled <= 1, `scaled score ${scaled}`);
    assert.equal(passed?.object['id'], ACTIVITY);

    assert.deepEqual(violations, [], 'the strict policy with the LRS origin is enough');
    assert.deepEqual(foreign, [], 'no request leaves the course and the LRS');
    assert.deepEqual(
      errors.filter(
        (error) => !/ERR_INTERNET_DISCONNECTED/.test(error) && !NO_RECORD_YET.test(error),
      ),
      [],
    );
    await page.screenshot({ path: '/tmp/cmi5-end.png' });
    await context.close();
  });

  it('resumes an AU launched again mid-scenario exactly, from the LRS state or else the device', async () => {
    lrs.statements = [];
    lrs.posts.clear();
    const scenario = await builtScenario('damaged-in-transit', dir);
    const path = pathTo(scenario, 'strong');
    const half = Math.ceil(path.length / 2);
    const suspended = (): { answered: number; resume: string } | null => {
      const kept = [...lrs.states.entries()].find(
        ([key]) => key.includes(REGISTRATION_2) && key.endsWith(` ${STATE_ID}`),
      );
      return kept ? (JSON.parse(kept[1]) as { answered: number; resume: string }) : null;
    };
    const seen = async (page: Page) => ({
      transcript: await page.getByRole('log').locator('li').allInnerTexts(),
      clock: await page.locator('.clock').first().innerText(),
    });
    /** Launch the AU (a new session each time), play some choices, and close its window. */
    const play = async (device: BrowserContext, launch: number, steps: readonly number[]) => {
      lrs.session = `${SESSION.slice(0, -1)}${launch}`;
      const page = await device.newPage();
      const errors = watchErrors(page);
      await page.goto(launchUrl('damaged-in-transit', launch, REGISTRATION_2));
      await choices(page).first().waitFor();
      const opened = await seen(page);
      const done = (suspended()?.answered ?? 0) + steps.length;
      for (const index of steps) await chooseOption(page, index);
      await until('the resume record', () => suspended()?.answered === done, page);
      await until('the answers', () => answeredStatements().length === done, page);
      const left = await seen(page);
      // The browser logs the LRS's answers when there is no record yet and when it cannot give
      // one (503); the game takes both in its stride.
      assert.deepEqual(
        errors.filter((error) => !NO_RECORD_YET.test(error) && !/status of 503/.test(error)),
        [],
      );
      // The window is closed mid-scenario (its `terminated` goes when the page lives long
      // enough to send it, else at the next launch on this device: not counted here).
      await page.close();
      return { opened, left };
    };

    // The first launch, on the learner's own device, closed half-way.
    const own = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await play(own, 1, path.slice(0, half));
    assert.ok(first.opened.transcript.length < first.left.transcript.length, 'a fresh start');

    // Launched again there while the LRS cannot give its record: the device's save resumes it.
    lrs.statesDown = true;
    const second = await play(own, 2, path.slice(half, half + 1));
    lrs.statesDown = false;
    assert.deepEqual(second.opened, first.left, 'the same choices and clock, from the device');

    // Then on another device, with nothing kept on it: the LRS's record resumes it.
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await other.newPage();
    await page.goto(launchUrl('damaged-in-transit', 3, REGISTRATION_2));
    await choices(page).first().waitFor();
    assert.deepEqual(await seen(page), second.left, 'the same choices and clock, from the LRS');
    for (const index of path.slice(half + 1)) await chooseOption(page, index);
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    await until('the ending', () => verbs().at(-1) === 'terminated', page);
    // The DELETE may reach the LRS after 'terminated' does: wait for it, do not race it.
    await until('the record deleted at the end of the attempt', () => suspended() === null, page);

    const launched = (n: number) => ['initialized', ...Array<string>(n).fill('answered')];
    assert.deepEqual(
      verbs().filter((verb) => verb !== 'terminated'),
      [
        ...launched(half),
        ...launched(1),
        ...launched(path.length - half - 1),
        'passed',
        'completed',
      ],
    );
    // A statement in flight as its window closed may be sent again by the next launch on that
    // device, with the same id, which the LRS keeps once; none is ever made twice.
    assert.equal(answeredStatements().length, path.length, 'one answered statement per decision');
    assert.equal(
      new Set(answeredStatements().map((statement) => statement.object['id'])).size,
      path.length,
      'about each decision once',
    );
    assert.deepEqual(lrs.invalid, []);
    await own.close();
    await other.close();
  });
});
