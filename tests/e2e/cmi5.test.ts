/**
 * The cmi5 package launched as an AU against a loopback LMS and LRS written
 * here (the fetch URL, LMS.LaunchData in /activities/state, /statements), on
 * another origin than the course, as an institution's LRS would be. The game
 * runs under the strict policy with only the LRS origin added to connect-src.
 * Part of the scenario is played offline: the statements wait on the device,
 * and when the network is back each one reaches the LRS exactly once.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import validation from '@learninglocker/xapi-validation';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/build/csp.ts';
import {
  decisionActivityId,
  RUBRIC_EFFECTS,
  scenarioActivityId,
  type Statement,
} from '../../src/sim/evidence/xapi-statements.ts';
import { choices, chooseOption, launchBrowser, serveDist, watchErrors } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

// A CommonJS module: Node's import gives its exports object, whose `default` is the validator.
const validate = (validation as unknown as { default: typeof validation }).default;
const ROOT = join(import.meta.dirname, '..', '..');
const ZIP = join(ROOT, 'dist-cmi5', 'service-chain-cmi5.zip');
const TOKEN = Buffer.from('au-key:au-secret').toString('base64');
const SESSION = '6f1f4d3c-2b7a-4c59-9d1e-0a8b7c6d5e4f';
const REGISTRATION = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const ACTIVITY = 'http://127.0.0.1/lms/course/1/au/damaged-in-transit';
const ACTOR = {
  objectType: 'Agent',
  name: 'Test Learner',
  account: { homePage: 'http://127.0.0.1/lms', name: 'learner-1' },
};

/** What the loopback LMS and LRS have been asked and sent. */
const lrs = {
  fetches: 0,
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
  response.setHeader('access-control-allow-methods', 'GET, POST, PUT, OPTIONS');
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

/** The LMS's fetch URL and the LRS, enough of each for @xapi/cmi5 and the game. */
function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
  cors(request, response);
  const url = new URL(request.url ?? '/', 'http://x');
  if (request.method === 'OPTIONS') return void response.writeHead(204).end();
  if (request.method === 'POST' && url.pathname === '/lms/fetch') {
    lrs.fetches += 1;
    // cmi5: the fetch URL gives the token once.
    return lrs.fetches === 1
      ? json(response, 200, { 'auth-token': TOKEN })
      : json(response, 200, { 'error-code': '1', 'error-text': 'already in use' });
  }
  if (!url.pathname.startsWith('/xapi/')) return void response.writeHead(404).end();
  if (request.headers.authorization !== `Basic ${TOKEN}`) {
    lrs.unauthorised += 1;
    return void response.writeHead(401).end();
  }
  const resource = url.pathname.slice('/xapi/'.length);
  if (resource === 'activities/state' && request.method === 'GET') {
    assert.equal(url.searchParams.get('stateId'), 'LMS.LaunchData');
    return json(response, 200, {
      contextTemplate: {
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: scenarioActivityId('damaged-in-transit') }],
        },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION },
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

/** The AU's URL from cmi5.xml, with the launch parameters an LMS adds. */
function launchUrl(id: string): string {
  const structure = readFileSync(join(dir, 'cmi5.xml'), 'utf8');
  const au = new RegExp(`<au id="${scenarioActivityId(id)}"[\\s\\S]*?<url>([^<]+)</url>`).exec(
    structure,
  );
  assert.ok(au?.[1], `cmi5.xml has an AU for ${id}`);
  const url = new URL(au[1].replaceAll('&amp;', '&'), `${course.url}/`);
  url.searchParams.set('endpoint', `${lrsUrl}/xapi/`);
  url.searchParams.set('fetch', `${lrsUrl}/lms/fetch`);
  url.searchParams.set('actor', JSON.stringify(ACTOR));
  url.searchParams.set('registration', REGISTRATION);
  url.searchParams.set('activityId', ACTIVITY);
  return url.href;
}

async function watchPolicy(page: Page): Promise<string[]> {
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

async function until(what: string, test: () => boolean, page: Page): Promise<void> {
  for (let waited = 0; !test(); waited += 100) {
    if (waited > 30_000) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

const verbs = () => lrs.statements.map((statement) => statement.verb.display['en-US']);

describe('the cmi5 package as an AU', () => {
  it('reports every decision and the result once each, including what was played offline', async () => {
    const scenario = await builtScenario('damaged-in-transit', dir);
    const path = pathTo(scenario, 'strong');
    const offlineFrom = 2;
    const onlineFrom = Math.min(path.length - 1, offlineFrom + 3);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations = await watchPolicy(page);
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
      errors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error)),
      [],
    );
    await page.screenshot({ path: '/tmp/cmi5-end.png' });
    await context.close();
  });
});
