/**
 * The scenario clock a learner sees agrees with the story's own words. Every
 * scenario is played in the browser along its strong path; at each decision
 * the dashboard's "Scenario time" is read, and every narration line shown
 * since the last decision that opens with a day, date or time ("Tuesday 4
 * March, 13:10. …") is compared with it: the same day and date, and the time
 * the line states plus the minutes the story has moved on since (known from
 * the same play in Node). A dated story's clock shows its date
 * ("Tue 4 Mar 13:10"), an undated one only the day.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_START } from '../../src/sim/story/clock.ts';
import { readDateline } from '../../src/sim/story/narrated-time.ts';
import { Session } from '../../src/sim/session/session.ts';
import { chooseOption, choices, useApp } from './harness.ts';
import { builtScenario, pathTo } from './paths.ts';

const app = useApp();
const SCENARIOS = readdirSync(join(import.meta.dirname, '..', '..', 'stories'))
  .filter((name) => name.endsWith('.ink'))
  .map((name) => name.replace(/\.ink$/, ''));
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 24 * 60;

/** "Scenario time: Tue 4 Mar 13:10" (or "… Tue 13:10") in parts. */
function shownClock(text: string) {
  const match = /Scenario time: (\w{3})(?: (\d{1,2}) (\w{3}))? (\d{2}):(\d{2})$/.exec(text.trim());
  assert.ok(match, `the dashboard shows a day and time ("${text}")`);
  const [, day, date, month, hours, minutes] = match;
  return {
    weekday: DAYS.indexOf(day!),
    day: date === undefined ? undefined : Number(date),
    month: month === undefined ? undefined : MONTHS.indexOf(month),
    minute: Number(hours) * 60 + Number(minutes),
  };
}

describe('the scenario clock on screen', () => {
  for (const id of SCENARIOS) {
    it(`${id}: the dashboard's day, date and time agree with the story's datelines`, async () => {
      const scenario = await builtScenario(id);
      const path = pathTo(scenario, 'strong');
      const session = Session.start(scenario);
      const start = scenario.meta.start ?? DEFAULT_START;
      const dated = start.dated;
      const dayOf = (minutes: number) => Math.floor((start.at + minutes) / DAY);
      const page = await app.browser().newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${app.url()}/?scenario=${id}&seed=1`);
      let seen = 0;
      let checked = 0;
      for (let step = 0; step <= path.length; step += 1) {
        if (step < path.length) await choices(page).first().waitFor();
        else await page.getByRole('heading', { name: /how did you do/ }).waitFor();
        const { transcript, clock } = session.view.state;
        const shown = shownClock(await page.locator('.clock').innerText());
        assert.equal(
          shown.day !== undefined,
          dated,
          `${dated ? 'a dated' : 'an undated'} story's clock ${dated ? 'shows' : 'has no'} date`,
        );
        for (const entry of transcript.slice(seen)) {
          const line = entry.kind === 'narration' ? readDateline(entry.text) : null;
          if (!line) continue;
          const text = await page.locator(`[role="log"] li[data-id="${entry.id}"]`).innerText();
          assert.ok(text.includes(entry.text.slice(0, 40)), `the dateline is on screen: ${text}`);
          const where = `"${entry.text.slice(0, 50)}" at decision ${step + 1}`;
          const since = clock - entry.at;
          // The story may have moved on a day or more since the line: the dashboard shows its
          // day and date moved on as far.
          const days = dayOf(clock) - dayOf(entry.at);
          if (line.minute !== undefined)
            assert.equal(shown.minute, (line.minute + since) % DAY, `the time: ${where}`);
          if (line.weekday !== undefined)
            assert.equal(shown.weekday, (line.weekday + days) % 7, `the day: ${where}`);
          if (dated && line.day !== undefined && line.month !== undefined) {
            const year = new Date((start.at + entry.at) * 60000).getUTCFullYear();
            const date = new Date(Date.UTC(year, line.month, line.day + days));
            assert.equal(shown.day, date.getUTCDate(), `the date: ${where}`);
            assert.equal(shown.month, date.getUTCMonth(), `the month: ${where}`);
          }
          checked += 1;
        }
        seen = transcript.length;
        if (step === path.length) break;
        await chooseOption(page, path[step]!);
        session.choose(path[step]!);
      }
      assert.ok(checked > 0 || !dated, `a dated story states its date or time somewhere`);
      await page.close();
    });
  }

  it('picking-error opens on the day and date its first line states, with the date shown', async () => {
    const page = await app.browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${app.url()}/?scenario=picking-error`);
    await choices(page).first().waitFor();
    // "Tuesday 4 March, 13:10. …", and the minutes the opening call has taken since.
    assert.match(await page.locator('.clock').innerText(), /^Scenario time: Tue 4 Mar 13:1\d$/);
    await page.close();
  });
});
