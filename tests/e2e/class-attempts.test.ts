/**
 * A learner who joined a class with its code plays on their own, and the
 * attempt reaches the class: the phone finishes the scenario, loses its
 * network at the report (the attempt waits on the device, and the learner is
 * told so), gets it back (the attempt is sent, once, and the learner sees that
 * the class received it); a reflection written afterwards, offline, follows
 * it to the class as an update of the same attempt. On another device the tutor opens the results page
 * with the class code and tutor key, by keyboard, and finds the attempt once,
 * however often it is loaded. axe on the learner's report and the results page.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useClassServer } from './class-server.ts';
import { axeViolations } from './axe.ts';
import { SCREENSHOTS, watchErrors } from './harness.ts';
import { playToSelfRating } from './paths.ts';

const SCENARIO = 'late-supplier';
const room = useClassServer('class-attempts');

const delivery = (page: Page) => page.locator('.class-delivery [role="status"]');

describe('an attempt played on one’s own, sent to the class', () => {
  it('reaches the tutor once, through a lost connection', async () => {
    const created = await fetch(`${room.server().url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: SCENARIO, seed: 11 }),
    });
    const { code, tutorToken } = (await created.json()) as { code: string; tutorToken: string };

    // bypassCSP only lets the test inject axe (the CSP header is checked by classroom-live).
    const phone = await room.browser().newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    const learner = await phone.newPage();
    const errors = watchErrors(learner);
    // Attempts the server answered (a request the offline phone could not send gets no answer).
    const posts: number[] = [];
    learner.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/api/attempts'))
        posts.push(response.status());
    });
    await learner.goto(`${room.server().url}/?join=${code}`);
    await learner.getByLabel(/Your name/).fill('Asha');
    await learner.getByRole('button', { name: 'Join the class' }).click();
    await learner.getByText('You have joined the class.').waitFor();
    await learner.getByRole('link', { name: 'Play scenarios on your own' }).click();
    await learner.getByRole('button', { name: /late supplier/i }).click();
    await playToSelfRating(learner, SCENARIO);

    // The network goes at the report: the attempt waits on the phone, and the learner knows.
    await phone.setOffline(true);
    await learner.getByRole('button', { name: 'Skip' }).click();
    await delivery(learner).filter({ hasText: 'This device is offline' }).waitFor();
    assert.match(await delivery(learner).innerText(), new RegExp(`class ${code}`));
    const queued = await learner.evaluate(() => localStorage.getItem('service-chain:class-outbox'));
    assert.equal((JSON.parse(queued ?? '[]') as unknown[]).length, 1, 'one attempt waits');
    assert.deepEqual(await axeViolations(learner), [], 'axe on the report with the class panel');

    await phone.setOffline(false);
    await delivery(learner)
      .filter({ hasText: `Received by class ${code}` })
      .waitFor();
    await delivery(learner).scrollIntoViewIfNeeded();
    await learner.screenshot({ path: join(SCREENSHOTS, 'class-attempt-received.png') });
    // Reopened, the report says so again without sending it again.
    await learner.reload();
    await delivery(learner)
      .filter({ hasText: `Received by class ${code}` })
      .waitFor();
    assert.deepEqual(posts, [201], 'the attempt was sent once, after the network came back');
    assert.equal(
      await learner.evaluate(() => localStorage.getItem('service-chain:class-outbox')),
      '[]',
      'nothing waits any more',
    );

    // A reflection written after the attempt was sent follows it (written offline, it waits).
    const puts: number[] = [];
    learner.on('response', (response) => {
      if (response.request().method() === 'PUT' && response.url().includes('/api/attempts/'))
        puts.push(response.status());
    });
    await phone.setOffline(true);
    const feelings = 'I felt rushed when the supplier called, and said too little.';
    await learner
      .getByLabel(/^Feelings/)
      .first()
      .fill(feelings);
    await learner.getByRole('button', { name: 'Save reflection' }).click();
    await phone.setOffline(false);
    await delivery(learner).filter({ hasText: 'Your reflection reached it' }).waitFor();
    assert.ok(
      puts.length > 0 && puts.every((status) => status === 200),
      `PUTs answered: ${puts.join(', ')}`,
    );
    assert.deepEqual(posts, [201], 'the attempt itself was not sent again');
    const kept = (await (
      await fetch(`${room.server().url}/api/classes/${code}/attempts`, {
        headers: { authorization: `Bearer ${tutorToken}` },
      })
    ).json()) as { attempts: { evidence: { reflection: { feelings: string } | null } }[] };
    assert.equal(kept.attempts.length, 1, 'still one attempt in the class');
    assert.equal(kept.attempts[0]?.evidence.reflection?.feelings, feelings);
    assert.deepEqual(
      errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)),
      [],
    );
    await phone.close();

    // The tutor, on another device: the code and key by keyboard, loaded twice.
    const desk = await room.browser().newContext({
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    const tutor = await desk.newPage();
    const tutorErrors = watchErrors(tutor);
    await tutor.goto(`${room.server().url}/?view=class-results`);
    await tutor.getByRole('heading', { name: 'From the classroom server' }).waitFor();
    await tutor.getByLabel('Class code', { exact: true }).focus();
    await tutor.keyboard.type(code.toLowerCase());
    await tutor.keyboard.press('Tab');
    await tutor.keyboard.type(tutorToken);
    await tutor.keyboard.press('Enter');
    const status = tutor.locator('.import-status');
    await status.filter({ hasText: 'Kept 1 result; skipped 0 files.' }).waitFor();
    await tutor.keyboard.press('Enter');
    await status.filter({ hasText: '1 attempt from the server was kept already' }).waitFor();
    assert.match(await status.innerText(), /^Kept 0 results/);
    const classButton = tutor.getByRole('button', { name: /My class · Late supplier/i });
    assert.match(await classButton.innerText(), /\(1 attempt\)/);
    assert.deepEqual(
      await axeViolations(tutor),
      [],
      'axe on the results page with the server form',
    );
    await classButton.click();
    await tutor.getByText('1 attempt by 1 learner.').waitFor();
    await tutor
      .getByRole('cell', { name: /Asha/ })
      .or(tutor.getByRole('rowheader', { name: 'Asha' }))
      .first()
      .waitFor();
    assert.deepEqual(tutorErrors, []);

    // A wrong key is refused in words, and nothing is kept.
    await tutor.getByRole('button', { name: 'Back to class results' }).click();
    await tutor.getByLabel('Tutor key').fill('x'.repeat(32));
    await tutor.getByRole('button', { name: 'Load the class’s attempts' }).click();
    await tutor
      .getByRole('alert')
      .filter({ hasText: `No class has the code ${code}` })
      .waitFor();
    await desk.close();
  });
});
