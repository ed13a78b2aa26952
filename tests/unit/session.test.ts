import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileStory } from '../../src/build/compile-story.ts';
import { DIMENSION_IDS } from '../../src/sim/scoring/rubric.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { Session, type SessionView } from '../../src/sim/session/session.ts';
import type { PersonState } from '../../src/sim/people/people.ts';
import { fixtureCast, libraryScenario } from './casts.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function compileFixture(name: string): Scenario {
  const file = `tests/fixtures/${name}.ink`;
  const compiled = compileStory(readFileSync(root(file), 'utf8'), file, name, fixtureCast());
  expect(compiled.errors).toEqual([]);
  if (!compiled.scenario) throw new Error(`${file} did not compile`);
  return compiled.scenario;
}

function play(scenario: Scenario, path: readonly number[]): Session {
  const session = Session.start(scenario);
  for (const index of path) {
    const result = session.choose(index);
    if (!result.ok) throw new Error(result.error);
  }
  return session;
}

function customer(view: SessionView, who = 'customer') {
  const person: PersonState | undefined = view.state.people[who];
  if (person?.kind !== 'customer') throw new Error(`${who} is not a customer`);
  return { mood: person.mood.value, ...person.mood.context };
}

function partner(view: SessionView, who = 'supplier') {
  const person: PersonState | undefined = view.state.people[who];
  if (person?.kind !== 'partner') throw new Error(`${who} is not a partner`);
  return { stance: person.relationship.value, ...person.relationship.context };
}

/** The structural promises every view keeps, whatever the path. */
function expectWellFormed(view: SessionView): void {
  const { state } = view;
  for (const moment of state.moments) expect(DIMENSION_IDS).toContain(moment.dimension);
  const ids = state.transcript.map((entry) => entry.id);
  ids.forEach((id, i) => {
    if (i > 0) expect(id).toBeGreaterThan(ids[i - 1]!);
  });
  expect(state.decisions).toHaveLength(view.path.length);
  state.decisions.forEach((decision, index) => {
    expect(decision.index).toBe(index);
    expect(decision.chosen).toBe(view.path[index]);
    expect(decision.chosen).toBeLessThan(decision.options.length);
    const entry = state.transcript.find((e) => e.id === decision.transcriptId);
    expect(entry).toMatchObject({
      kind: 'choice',
      speaker: 'you',
      text: decision.options[decision.chosen],
    });
  });
  for (const moment of state.moments) {
    if (!moment.choice) continue;
    expect(state.decisions[moment.choice.decision]?.transcriptId).toBe(moment.choice.transcriptId);
  }
  const times = state.transcript.map((entry) => entry.at);
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  expect(view.finished).toBe(view.choices.length === 0);
  expect(view.scores.map((row) => row.dimension)).toEqual([...DIMENSION_IDS]);
}

/** Play `picks` against the story, each taken modulo the options on offer. */
function playPicks(scenario: Scenario, picks: readonly number[]): Session {
  const session = Session.start(scenario);
  for (const pick of picks) {
    if (session.options.length === 0) break;
    const result = session.choose(pick % session.options.length);
    expect(result).toEqual({ ok: true });
  }
  return session;
}

describe('a session', () => {
  let tiny: Scenario;
  let promise: Scenario;

  beforeAll(() => {
    tiny = compileFixture('tiny');
    promise = compileFixture('promise');
  });

  describe('on the tiny story', () => {
    it('starts at the first decision, with the lines before it in the transcript', () => {
      const { view } = Session.start(tiny);
      expect(view.state.transcript).toEqual([
        { id: 1, kind: 'speech', speaker: 'customer', text: '"My order is late."', at: 0 },
      ]);
      expect(view.choices).toEqual(['Listen and acknowledge.', 'Quote the delivery policy.']);
      expect(view.finished).toBe(false);
      expect(view.path).toEqual([]);
      expect(view.state).toMatchObject({
        clock: 0,
        scene: 'shop-floor',
        ending: null,
        problems: [],
        decisions: [],
      });
      expect(customer(view)).toMatchObject({ mood: 'concerned', failures: 1, patience: 4 });
      expect(partner(view)).toMatchObject({ stance: 'cooperative', trust: 60, formal: true });
      expect(view.state.history).toEqual([
        {
          decision: 0,
          at: 0,
          people: {
            customer: { state: 'concerned', level: 4 },
            supplier: { state: 'cooperative', level: 60 },
          },
        },
      ]);
    });

    it("puts the chosen option in the transcript as the learner's own turn, then what follows", () => {
      const { view } = play(tiny, [0]);
      expect(
        view.state.transcript.map(({ kind, speaker, text }) => ({ kind, speaker, text })),
      ).toEqual([
        { kind: 'speech', speaker: 'customer', text: '"My order is late."' },
        { kind: 'choice', speaker: 'you', text: 'Listen and acknowledge.' },
        { kind: 'narration', speaker: null, text: 'You call the supplier.' },
      ]);
      expect(view.choices).toEqual(['Ask for their view.', 'Tell them they have failed.']);
      expect(view.path).toEqual([0]);
    });

    it('applies the score under the choice as a moment with the choice text and the explanation', () => {
      const { view } = play(tiny, [0]);
      const choiceEntry = view.state.transcript.find((entry) => entry.kind === 'choice');
      expect(view.state.moments).toEqual([
        {
          id: expect.any(Number) as number,
          dimension: 'listening',
          delta: 2,
          why: 'You let her explain.',
          at: 0,
          choice: { decision: 0, text: 'Listen and acknowledge.', transcriptId: choiceEntry?.id },
        },
      ]);
    });

    it('applies the mood under the choice, and the scene and clock of the next knot', () => {
      const listened = play(tiny, [0]).view;
      expect(customer(listened)).toMatchObject({ mood: 'concerned', patience: 5, waited: 30 });
      expect(listened.state).toMatchObject({ scene: 'office', clock: 30 });
      const dismissed = play(tiny, [1]).view;
      expect(customer(dismissed)).toMatchObject({ mood: 'frustrated', patience: 2 });
    });

    it('records each decision with its options, the choice, its evidence and its transcript entry', () => {
      const { view } = play(tiny, [1, 0]);
      expect(view.state.decisions).toEqual([
        {
          index: 0,
          options: ['Listen and acknowledge.', 'Quote the delivery policy.'],
          chosen: 1,
          evidence: [],
          transcriptId: 2,
          misconceptions: [],
          at: 0,
        },
        {
          index: 1,
          options: ['Ask for their view.', 'Tell them they have failed.'],
          chosen: 0,
          evidence: [],
          transcriptId: expect.any(Number) as number,
          misconceptions: [],
          at: 30,
        },
      ]);
    });

    it('applies trust and log tags to the partner and the communication log', () => {
      const consulted = play(tiny, [0, 0]).view;
      expect(partner(consulted)).toMatchObject({
        stance: 'cooperative',
        trust: 70,
      });
      expect(consulted.state.log).toEqual([
        {
          id: expect.any(Number) as number,
          who: 'supplier',
          channel: 'phone',
          summary: 'Asked about the delay.',
          at: 30,
        },
      ]);
      const blamed = play(tiny, [0, 1]).view;
      expect(partner(blamed)).toMatchObject({ stance: 'strained', trust: 40 });
      expect(blamed.state.log).toEqual([]);
    });

    it.each([
      [[0, 0], 'strong', 'Sorted', 'She is happy.', 'Done well.'],
      [[0, 1], 'partial', 'Half sorted', 'Partly.', 'Done partly.'],
      [[1, 0], 'partial', 'Half sorted', 'Partly.', 'Done partly.'],
      [[1, 1], 'failed', 'Not sorted', 'She leaves.', 'Not done.'],
    ])(
      'records the ending reached by the path %j (%s) and finishes',
      (path, outcome, title, meaning, last) => {
        const { view } = play(tiny, path);
        expect(view.finished).toBe(true);
        expect(view.choices).toEqual([]);
        expect(view.state.ending).toEqual({ outcome, title, meaning });
        expect(view.state.transcript.at(-1)).toMatchObject({ kind: 'narration', text: last });
        expect(view.state.problems).toEqual([]);
        expect(view.state.history.map((point) => point.decision)).toEqual([0, 1, 2]);
      },
    );

    it('scores the path against the range the story can reach', () => {
      const best = play(tiny, [0, 0]).view.scores;
      const listening = best.find((row) => row.dimension === 'listening');
      expect(listening).toMatchObject({ score: 2, band: 'strong', range: { min: -2, max: 2 } });
      expect(listening?.moments.map((m) => m.why)).toEqual(['You let her explain.']);
      const worst = play(tiny, [1, 1]).view.scores;
      expect(worst.find((row) => row.dimension === 'partner-communication')).toMatchObject({
        score: -2,
        band: 'not-yet',
      });
      expect(best.find((row) => row.dimension === 'compliance')).toMatchObject({
        band: null,
        moments: [],
      });
    });

    it('refuses a choice out of range with a message, and changes nothing', () => {
      const session = Session.start(tiny);
      const before = session.view;
      expect(session.choose(2)).toEqual({
        ok: false,
        error: 'there is no option 3: this decision has 2',
      });
      expect(session.choose(-1)).toEqual({
        ok: false,
        error: 'there is no option 0: this decision has 2',
      });
      expect(session.choose(0.5).ok).toBe(false);
      expect(session.choose(Number.NaN).ok).toBe(false);
      expect(session.view).toBe(before);
      expect(session.path).toEqual([]);
    });

    it('refuses any choice once the scenario has finished', () => {
      const session = play(tiny, [0, 0]);
      expect(session.choose(0)).toEqual({
        ok: false,
        error: 'the scenario has finished, so there is nothing to choose',
      });
    });

    it('keeps an earlier view unchanged when play goes on (the view is immutable)', () => {
      const session = Session.start(tiny);
      const before = session.view;
      const transcript = structuredClone(before.state.transcript);
      session.choose(0);
      expect(before.state.transcript).toEqual(transcript);
      expect(before.choices).toEqual(['Listen and acknowledge.', 'Quote the delivery policy.']);
      expect(before.path).toEqual([]);
      expect(session.view).not.toBe(before);
    });

    it.each([[[]], [[0]], [[1]], [[0, 1]], [[1, 1]]])(
      'replays the path %j to exactly the view that playing it gave',
      (path) => {
        const playedView = play(tiny, path).view;
        const replay = Session.replay(tiny, path);
        expect(replay.ok).toBe(true);
        expect(replay.session.view).toEqual(playedView);
        expect(replay.session.view.state).toEqual(playedView.state);
      },
    );

    it('says which decision failed when a path cannot be replayed', () => {
      const wrongOption = Session.replay(tiny, [0, 5]);
      expect(wrongOption).toMatchObject({
        ok: false,
        error: 'at decision 2, there is no option 6: this decision has 2',
      });
      expect(wrongOption.session.path).toEqual([0]);
      const tooLong = Session.replay(tiny, [0, 0, 0]);
      expect(tooLong).toMatchObject({
        ok: false,
        error: 'at decision 3, the scenario has finished, so there is nothing to choose',
      });
      expect(tooLong.session.view.finished).toBe(true);
    });
  });

  describe('with a promise', () => {
    it('breaks a promise whose deadline the clock passes: follow-through -2 and break-promise', () => {
      const { view } = play(promise, [0]);
      expect(view.state.clock).toBe(120);
      expect(view.state.promises).toEqual([
        {
          id: 'callback',
          to: 'customer',
          what: 'call you back within the hour',
          madeAt: 0,
          dueAt: 60,
          status: 'broken',
        },
      ]);
      expect(view.state.moments.map(({ dimension, delta }) => [dimension, delta])).toEqual([
        ['follow-through', 1],
        ['follow-through', -2],
      ]);
      expect(view.state.moments[1]?.why).toMatch(/call you back within the hour.*broken promise/);
      const event = view.state.transcript.find((entry) => entry.kind === 'event');
      expect(event).toMatchObject({ speaker: null, at: 120 });
      expect(event?.text).toMatch(
        /^Promise broken: you told Ann Test "call you back within the hour" by Mon 10:00/,
      );
      // reassured, then break-promise: a double deviation.
      expect(customer(view)).toMatchObject({ mood: 'angry', doubleDeviation: true, failures: 2 });
      const followThrough = view.scores.find((row) => row.dimension === 'follow-through');
      expect(followThrough).toMatchObject({ score: -1 });
    });

    it('does not break a promise whose deadline has not passed', () => {
      const { view } = play(promise, [1, 0]);
      expect(view.state.promises).toMatchObject([{ id: 'tomorrow', status: 'open', dueAt: 1440 }]);
      expect(
        view.state.moments.some(
          (moment) => moment.delta === -2 && moment.dimension === 'follow-through',
        ),
      ).toBe(false);
      expect(customer(view).mood).toBe('reassured');
      expect(view.state.ending?.outcome).toBe('strong');
    });

    it('breaks a promise later, when a later clock step passes its deadline', () => {
      const { view } = play(promise, [1, 1]);
      expect(view.state.promises).toMatchObject([{ id: 'tomorrow', status: 'broken' }]);
      expect(view.state.moments.at(-1)).toMatchObject({ dimension: 'follow-through', delta: -2 });
      expect(view.state.ending?.outcome).toBe('failed');
    });

    it('gives a decision the evidence tagged before it and the misconception tagged after the choice', () => {
      const { view } = play(promise, [2, 0]);
      expect(view.state.decisions[0]).toMatchObject({
        evidence: ['service-recovery', 'complaint-handling'],
        misconceptions: ['relationships-self-sustain'],
      });
      expect(view.state.decisions[1]).toMatchObject({ evidence: [], misconceptions: [] });
      expect(play(promise, [0]).view.state.decisions[0]?.misconceptions).toEqual([]);
    });
  });

  describe('with a promise the story breaks, revises or withdraws before its deadline', () => {
    let changes: Scenario;
    beforeAll(() => {
      changes = compileFixture('promise-changes');
    });
    const followThrough = (view: SessionView) =>
      view.state.moments.filter((m) => m.dimension === 'follow-through').map((m) => m.delta);

    it('breaks it where "# broken:" stands, with the story\'s reason, and only once', () => {
      const { view } = play(changes, [0, 0]);
      expect(view.state.promises).toMatchObject([{ id: 'refund', status: 'broken', dueAt: 60 }]);
      // -1 for making it, -2 for the break; the deadline passing later adds nothing.
      expect(followThrough(view)).toEqual([-1, -2]);
      expect(view.state.moments.at(-1)).toMatchObject({
        dimension: 'follow-through',
        delta: -2,
        why: 'Finance take two days: the hour was never yours to promise.',
      });
      const events = view.state.transcript.filter((entry) => entry.kind === 'event');
      expect(events.map((e) => [e.text, e.at])).toEqual([
        [
          'Promise broken: you told Ann Test "refund you within the hour" by Mon 10:00, and it cannot now be kept.',
          10,
        ],
      ]);
      // Reassured, then let down again: a double deviation, as when a deadline passes.
      expect(customer(view)).toMatchObject({ doubleDeviation: true, failures: 2 });
      expect(view.state.problems).toEqual([]);
    });

    it('moves a revised promise to its new deadline and keeps the first words on record', () => {
      const { view } = play(changes, [0, 1]);
      expect(view.state.clock).toBe(190);
      expect(view.state.promises).toEqual([
        {
          id: 'refund',
          to: 'customer',
          what: 'refund you within two days',
          madeAt: 0,
          dueAt: 10 + 2 * 24 * 60,
          status: 'open',
          revised: { what: 'refund you within the hour', dueAt: 60 },
        },
      ]);
      // The first deadline passed at 60 minutes without breaking it.
      expect(followThrough(view)).toEqual([-1, 1]);
      expect(customer(view).mood).toBe('reassured');
    });

    it('settles a withdrawn promise: its deadline passes with no break and no score', () => {
      const { view } = play(changes, [0, 2]);
      expect(view.state.promises).toMatchObject([{ id: 'refund', status: 'withdrawn' }]);
      expect(followThrough(view)).toEqual([-1]);
      expect(view.state.transcript.some((entry) => entry.kind === 'event')).toBe(false);
    });
  });

  describe('properties', () => {
    const picks = fc.array(fc.nat({ max: 1000 }), { maxLength: 8 });

    it.each(['tiny', 'promise'] as const)(
      'any choices in the %s story give a well-formed view with no problems, and replay to the same view',
      (name) => {
        const scenario = name === 'tiny' ? tiny : promise;
        fc.assert(
          fc.property(picks, (chosen) => {
            const session = playPicks(scenario, chosen);
            const view = session.view;
            expectWellFormed(view);
            expect(view.state.problems).toEqual([]);
            const replay = Session.replay(scenario, view.path);
            expect(replay.ok).toBe(true);
            expect(replay.session.view).toEqual(view);
          }),
          { numRuns: 25 },
        );
      },
    );
  });

  describe("the library's promises made in the text", () => {
    /**
     * Play a library story to its end, taking at each decision the first
     * option that contains one of `wanted` (each used once), else the first.
     */
    function playWanting(name: string, wanted: readonly string[]): SessionView {
      const scenario = libraryScenario(name);
      if (!scenario) throw new Error(`stories/${name} did not compile`);
      const session = Session.start(scenario);
      const left = [...wanted];
      while (session.options.length > 0) {
        const choices = session.view.choices;
        const want = left.findIndex((text) => choices.some((choice) => choice.includes(text)));
        const index = want === -1 ? 0 : choices.findIndex((c) => c.includes(left[want]!));
        if (want !== -1) left.splice(want, 1);
        expect(session.choose(index)).toEqual({ ok: true });
      }
      expect(left).toEqual([]);
      expect(session.view.state.problems).toEqual([]);
      return session.view;
    }
    const promiseIn = (view: SessionView, id: string) =>
      view.state.promises.find((p) => p.id === id);

    it('picking-error: "with her tomorrow" is listed, and broken once where she hears Thursday', () => {
      const view = playWanting('picking-error.ink', ['will be with her tomorrow']);
      expect(promiseIn(view, 'next-day')).toMatchObject({ status: 'broken', to: 'customer' });
      const breaks = view.state.moments.filter((m) => m.why.startsWith('The next-day promise'));
      expect(breaks.map((m) => [m.dimension, m.delta])).toEqual([['follow-through', -2]]);
      expect(
        view.state.transcript.filter((e) => e.kind === 'event' && e.text.includes('tomorrow')),
      ).toHaveLength(1);
    });

    it('picking-error: the Friday exchange booked on the late follow-up call is listed, and kept on Friday', () => {
      const view = playWanting('picking-error.ink', [
        'prepaid returns label',
        "Ring Mrs O'Connor this afternoon",
      ]);
      expect(promiseIn(view, 'friday-exchange')).toMatchObject({ status: 'kept', to: 'customer' });
      expect(view.state.moments.filter((m) => m.why.includes('Friday'))).toEqual([]);
    });

    it('contact-centre-sla: "fixed by next Monday" is revised by the written note, or breaks', () => {
      const monday = 'tracking fixed by next Monday';
      const written = playWanting('contact-centre-sla.ink', [monday, 'Write an action note']);
      expect(promiseIn(written, 'tracking-fix')).toMatchObject({
        status: 'open',
        to: 'clearline',
        revised: { what: 'Tracking lag fixed by Monday 10 November' },
      });
      const verbal = playWanting('contact-centre-sla.ink', [monday, 'Everyone was on the call']);
      expect(promiseIn(verbal, 'tracking-fix')).toMatchObject({ status: 'broken' });
    });

    it('contact-centre-sla: "first thing" is withdrawn by ringing him, or breaks on Tuesday', () => {
      const first = 'tomorrow morning, first thing';
      const rung = playWanting('contact-centre-sla.ink', [first, 'Ring him now']);
      expect(promiseIn(rung, 'first-thing')).toMatchObject({ status: 'withdrawn' });
      const left = playWanting('contact-centre-sla.ink', [first, "Let the courier's text"]);
      expect(promiseIn(left, 'first-thing')).toMatchObject({ status: 'broken' });
    });
  });

  describe('the library', () => {
    // The library's own stories, compiled without exploring them (ranges are not
    // needed here), make a much larger space of paths to sample.
    const stories = readdirSync(root('stories'))
      .filter((name) => name.endsWith('.ink'))
      .sort();

    it.for(stories)(
      'any choices in stories/%s give a well-formed view that replays identically',
      (name, { skip }) => {
        const scenario = libraryScenario(name);
        // A story that does not compile is reported by `npm run stories:check`.
        if (!scenario) return skip('the story does not compile');
        fc.assert(
          fc.property(fc.array(fc.nat({ max: 1000 }), { maxLength: 40 }), (chosen) => {
            const view = playPicks(scenario, chosen).view;
            expectWellFormed(view);
            const replay = Session.replay(scenario, view.path);
            expect(replay.ok).toBe(true);
            expect(replay.session.view).toEqual(view);
          }),
          { numRuns: 5 },
        );
      },
    );
  });
});
