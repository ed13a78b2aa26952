/**
 * A promise made in the text is one the learner can see kept or broken: in
 * picking-error, promising the oak table "tomorrow" lists it under Promises on
 * the dashboard as soon as it is made, shows it broken once the booking screen
 * has no next-day slot (at the decisions where the simulation has it so), and
 * the report lists it broken.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Session } from '../../src/sim/session/session.ts';
import { chooseOption, choices, useApp } from './harness.ts';
import { builtScenario } from './paths.ts';

const app = useApp();
const PROMISE = 'Have the oak table with her tomorrow';

describe('a promise made in the text', () => {
  it('picking-error: "with her tomorrow" is listed open, then broken, and the report says so', async () => {
    const scenario = await builtScenario('picking-error');
    // The path, found in Node: the next-day promise at its decision, the first option elsewhere.
    const session = Session.start(scenario);
    const path: number[] = [];
    // The promise's status at each decision, as the simulation has it.
    const statuses: (string | undefined)[] = [];
    while (session.options.length > 0) {
      statuses.push(session.view.state.promises.find((p) => p.id === 'next-day')?.status);
      const index = session.view.choices.findIndex((choice) =>
        choice.includes('with her tomorrow'),
      );
      path.push(Math.max(0, index));
      session.choose(Math.max(0, index));
    }
    assert.ok(statuses.includes('open') && statuses.includes('broken'), 'made, then broken');

    const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url()}/?scenario=picking-error&seed=1`);
    const promises = () => page.locator('.dashboard-body').textContent();
    for (const [step, index] of path.entries()) {
      await choices(page).first().waitFor();
      const shown = (await promises()) ?? '';
      const status = statuses[step];
      if (status === undefined)
        assert.doesNotMatch(shown, new RegExp(PROMISE), `decision ${step + 1}`);
      else assert.match(shown, new RegExp(`${status === 'open' ? 'Open' : 'Broken'}: ${PROMISE}`));
      await chooseOption(page, index);
    }
    await page.getByRole('heading', { name: /how did you do/ }).waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    const report = page.getByRole('region', { name: 'Scenario report' });
    const listed = (await report.locator('.ending-commitments').textContent()) ?? '';
    assert.match(listed, new RegExp(`${PROMISE}, Wednesday 5 March, by Wed 5 Mar 17:00: broken`));
    // The break's score is explained in the story's words, once.
    const text = (await report.textContent()) ?? '';
    assert.equal(text.split('The next-day promise you made earlier has broken').length - 1, 1);
    await page.close();
  });
});
