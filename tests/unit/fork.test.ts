/**
 * Forks and the report's stronger choices stand at a decision by restoring
 * Ink's saved state into a story that shares its parsed content with every
 * other story of the scenario. Whatever the path, that must be the same as
 * replaying from the very start.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strongerChoices, type StrongerChoice } from '../../src/sim/scoring/alternatives.ts';
import { DecisionTrials } from '../../src/sim/scoring/decision-trials.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import { Session } from '../../src/sim/session/session.ts';
import { pathTo } from '../story-paths.ts';
import { libraryScenario } from './casts.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Plays `picks` (each taken modulo the options on offer) to the end or until they run out. */
function playPicks(session: Session, picks: readonly number[]): Session {
  for (const pick of picks) {
    if (session.options.length === 0) break;
    session.choose(pick % session.options.length);
  }
  return session;
}

function replayed(scenario: Scenario, path: readonly number[], seed: number): Session {
  const replay = Session.replay(scenario, path, seed);
  if (!replay.ok) throw new Error(replay.error);
  return replay.session;
}

const stories = readdirSync(root('stories'))
  .filter((name) => name.endsWith('.ink'))
  .sort();

const walk = fc.record({
  seed: fc.integer({ min: 1, max: 1000 }),
  before: fc.array(fc.nat({ max: 1000 }), { maxLength: 20 }),
  original: fc.array(fc.nat({ max: 1000 }), { maxLength: 20 }),
  forked: fc.array(fc.nat({ max: 1000 }), { maxLength: 20 }),
});

describe.each(stories)('stories/%s', (name) => {
  const scenario = libraryScenario(name);

  it.skipIf(!scenario)(
    'a fork played on, alongside the session it came from, equals a replay from scratch of its path',
    () => {
      if (!scenario) return;
      fc.assert(
        fc.property(walk, ({ seed, before, original, forked }) => {
          const session = playPicks(Session.start(scenario, seed), before);
          const fork = session.fork();
          expect(fork.view).toEqual(session.view);
          // Interleave the two, so a shared story would show up as one disturbing the other.
          for (let i = 0; i < Math.max(original.length, forked.length); i += 1) {
            playPicks(session, original.slice(i, i + 1));
            playPicks(fork, forked.slice(i, i + 1));
          }
          for (const played of [session, fork]) {
            const scratch = replayed(scenario, played.path, seed);
            expect(played.view).toEqual(scratch.view);
            expect(played.saveInk()).toBe(scratch.saveInk());
          }
        }),
        { numRuns: 4 },
      );
    },
  );

  it.skipIf(!scenario)(
    'each stronger choice on a path is what a replay from scratch of that option gives',
    () => {
      if (!scenario) return;
      fc.assert(
        fc.property(walk, ({ seed, before }) => {
          const view = playPicks(Session.start(scenario, seed), [...before, ...before]).view;
          for (const found of strongerChoices(view, { limit: 4, seed }))
            expectAsReplayed(scenario, found, seed);
        }),
        { numRuns: 3 },
      );
    },
  );

  it.skipIf(!scenario).for(['strong', 'failed'] as const)(
    'on its %s path, every option at every decision plays the same from a fork as replayed from scratch',
    (outcome) => {
      if (!scenario) return;
      const path = pathTo(scenario, outcome);
      const session = Session.start(scenario);
      for (const [decision, taken] of path.entries()) {
        for (const index of session.options.keys()) {
          const fork = session.fork();
          fork.choose(index);
          const scratch = replayed(scenario, [...path.slice(0, decision), index], 1);
          // The view holds the scores, every person's mood and trust, and every line said.
          expect(fork.view, `decision ${decision + 1}, option ${index + 1}`).toEqual(scratch.view);
          expect(fork.saveInk()).toBe(scratch.saveInk());
        }
        session.choose(taken);
      }
      for (const found of strongerChoices(session.view, { limit: path.length }))
        expectAsReplayed(scenario, found, 1);
    },
  );

  it.skipIf(!scenario).for(['strong', 'failed'] as const)(
    'on its %s path, decisions tried one by one during play give the same stronger choices as one search at the end',
    (outcome) => {
      if (!scenario) return;
      const path = pathTo(scenario, outcome);
      const seed = 7;
      const session = Session.start(scenario, seed);
      const trials = new DecisionTrials(scenario, seed);
      // As in the page: each decision tried while it is on screen, before the learner chooses.
      for (const taken of path) {
        expect(trials.follows(session.view)).toBe(true);
        while (trials.tryNext());
        session.choose(taken);
      }
      const view = session.view;
      expect(trials.follows(view)).toBe(true);
      for (const limit of [3, path.length])
        expect(strongerChoices(view, { limit, trials })).toEqual(strongerChoices(view, { limit }));
      // Trials from another attempt are not used: the search starts afresh.
      const other = new DecisionTrials(scenario, seed + 1);
      expect(strongerChoices(view, { trials: other })).toEqual(strongerChoices(view));
    },
  );
});

/** A stronger choice says what a replay from scratch of its option does at once. */
function expectAsReplayed(scenario: Scenario, found: StrongerChoice, seed: number): void {
  const start = replayed(scenario, found.replayPath, seed).view.state;
  const state = replayed(scenario, [...found.replayPath, found.betterIndex], seed).view.state;
  expect(found.moments).toEqual(
    state.moments
      .slice(start.moments.length)
      .map(({ dimension, delta, why }) => ({ dimension, delta, why })),
  );
  expect(start.decisions).toHaveLength(found.decision);
  const said = state.transcript
    .slice(start.transcript.length)
    .find((entry) => entry.kind === 'speech' && entry.speaker !== null);
  expect(found.reply).toEqual(said ? { speaker: said.speaker, text: said.text } : null);
  expect(state.decisions[found.decision]?.options[found.betterIndex]).toBe(found.betterText);
}
