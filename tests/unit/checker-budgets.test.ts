/**
 * The checker under hostile stories: a loop Ink never leaves, a function that
 * calls itself for ever, a decision that comes round for ever. Each stops
 * within its budget with the knot's `file:line` and what was explored,
 * instead of hanging the checker and the build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk, compileStory } from '../../src/build/compile-story.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import { exploreScenario } from '../../src/sim/checker/explore.ts';
import type { ExploreProgress } from '../../src/sim/checker/explore-report.ts';
import { checkInkInternals } from '../../src/sim/checker/ink-internals.ts';
import { metaFromGlobalTags, type Scenario } from '../../src/sim/story/scenario.ts';
import { fixtureCast } from './casts.ts';

const source = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}.ink`, import.meta.url)), 'utf8');

const compiled = (name: string) =>
  compileStory(source(name), `tests/fixtures/${name}.ink`, name, fixtureCast());

function scenario(name: string): Scenario {
  const text = source(name);
  const meta = metaFromGlobalTags(scanSource(text, fixtureCast()).headerTags, fixtureCast());
  const { json } = compileInk(text);
  if (!meta.ok || !json) throw new Error(`${name} does not compile`);
  return { id: name, version: '1', meta: meta.meta, story: json, ranges: {} };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('the checker under hostile stories', () => {
  it('stops a divert loop with no choice and names its knot', () => {
    const story = compiled('hostile-divert-loop');
    const line = lineOf(source('hostile-divert-loop'), '=== loop ===');
    expect(story.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^tests/fixtures/hostile-divert-loop\\.ink:${line}: the story ran 200,000 Ink steps in "loop" without reaching a decision.*explored 1 state and 1 move in .* s\\) \\(after choices 1\\)$`,
        ),
      ),
    ]);
    expect(story.report?.complete).toBe(false);
  });

  it('stops a loop that writes lines for ever before the first decision', () => {
    const story = compiled('hostile-text-loop');
    const line = lineOf(source('hostile-text-loop'), '=== chatter ===');
    expect(story.errors).toHaveLength(1);
    expect(story.errors[0]).toMatch(
      new RegExp(`^tests/fixtures/hostile-text-loop\\.ink:${line}: .* in "chatter" .*at the start`),
    );
  });

  it('stops a function that calls itself without end before it eats the memory', () => {
    const story = compiled('hostile-recursion');
    const line = lineOf(source('hostile-recursion'), '=== function deeper');
    expect(story.errors).toHaveLength(1);
    expect(story.errors[0]).toMatch(
      new RegExp(
        `^tests/fixtures/hostile-recursion\\.ink:${line}: calls nest more than 400 deep in "deeper"`,
      ),
    );
  });

  it('reports a decision that comes round for ever with the knot it goes round', () => {
    const report = exploreScenario(scenario('hostile-choice-loop'), { budget: { depth: 30 } });
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'too-deep',
        knot: 'hub',
        message:
          'a path reaches 30 decisions without an ending, going round "hub": is there a loop?',
      }),
    );
  });

  it('stops at the state budget, saying what it explored and which knot the path goes round', () => {
    const report = exploreScenario(scenario('hostile-choice-loop'), { budget: { states: 50 } });
    expect(report.complete).toBe(false);
    expect(report.problems.map(({ kind, knot }) => ({ kind, knot }))).toEqual([
      { kind: 'budget', knot: 'hub' },
    ]);
    expect(report.problems[0]?.message).toMatch(
      /^stopped at the states budget of 50 states \(explored 50 states and \d+ moves in [\d.]+ s\); the path being explored keeps going round "hub"$/,
    );
  });

  it('stops at the move and time budgets', () => {
    const moves = exploreScenario(scenario('hostile-choice-loop'), { budget: { moves: 100 } });
    expect(moves.problems[0]?.message).toMatch(/^stopped at the moves budget of 100 moves/);
    // A budget already spent, so the time budget stops it whatever the machine's speed (a fast run
    // reached the depth limit of 200 decisions within a budget of 0.05 s).
    const time = exploreScenario(scenario('hostile-choice-loop'), { budget: { seconds: 0 } });
    expect(time.complete).toBe(false);
    expect(time.problems[0]?.message).toMatch(/^stopped at the time budget of 0 s/);
  });

  it('reports progress on long runs', () => {
    const seen: ExploreProgress[] = [];
    exploreScenario(scenario('hostile-choice-loop'), {
      budget: { moves: 20 },
      onProgress: (progress) => seen.push(progress),
      progressSeconds: [0, 0],
    });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)?.moves).toBeGreaterThan(seen[0]!.moves);
  });
});

describe('the wall around inkjs internals', () => {
  it('finds every private part it relies on in the installed inkjs', () => {
    expect(() => checkInkInternals()).not.toThrow();
  });

  it('fails loudly, naming the part, when an inkjs upgrade has renamed one', () => {
    const story = new Story(
      '{"inkVersion":21,"root":[["done",{"#n":"g-0"}],"done",null],"listDefs":{}}',
    );
    const state = (story as unknown as { _state: Record<string, unknown> })._state;
    delete state['_turnIndices'];
    expect(() => checkInkInternals(story)).toThrow(
      /relies on inkjs 2\.4 internals that the installed inkjs does not have: StoryState\._turnIndices\./,
    );
  });
});
