/**
 * The explorer must stay truthful while it merges states: its fast key must
 * split states exactly as the reference key (from Ink's save format) does,
 * and its report must equal what playing every path one by one gives.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileInk } from '../../src/build/compile-story.ts';
import { reportSummary } from '../../src/build/reference-check.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import { exploreScenario } from '../../src/sim/checker/explore.ts';
import { referenceKey } from '../../src/sim/checker/reference-key.ts';
import { exploringSession } from '../../src/sim/checker/exploring-runner.ts';
import type { MoodEvent } from '../../src/sim/people/customer-mood.ts';
import type { PartnerEvent } from '../../src/sim/people/partner-relationship.ts';
import {
  initialPerson,
  moodOf,
  personKey,
  sendMood,
  sendTrust,
  stanceOf,
  type PersonState,
} from '../../src/sim/people/people.ts';
import { DIMENSION_IDS } from '../../src/sim/scoring/rubric.ts';
import { MOOD_EVENTS, TRUST_EVENTS } from '../../src/sim/story/tags.ts';
import { metaFromGlobalTags, type Scenario } from '../../src/sim/story/scenario.ts';
import { Session } from '../../src/sim/session/session.ts';
import { keyPolicyFor, withAllCounts, type KeyPolicy } from '../../src/sim/checker/key-policy.ts';
import { fixtureCast } from './casts.ts';

interface Fixture {
  readonly scenario: Scenario;
  readonly knots: readonly string[];
}

function fixture(name: string): Fixture {
  const file = fileURLToPath(new URL(`../fixtures/${name}.ink`, import.meta.url));
  const source = readFileSync(file, 'utf8');
  const scan = scanSource(source, fixtureCast());
  const { json, problems } = compileInk(source);
  const meta = metaFromGlobalTags(scan.headerTags, fixtureCast());
  if (!json || !meta.ok) throw new Error(`${name}: ${JSON.stringify(problems)}`);
  return {
    scenario: { id: name, version: '1', meta: meta.meta, story: json, ranges: {} },
    knots: [...scan.knots.keys()],
  };
}

/**
 * One fixture per way a story can read its own history or chance (turns,
 * visit counts, RANDOM and SEED_RANDOM, shuffles, LIST state, threads,
 * tunnels), besides the first four: each must be explored exactly.
 */
const FIXTURES = [
  'tiny',
  'explore-paths',
  'explore-loop',
  'explore-waiting',
  'explore-turns',
  'explore-visits',
  'explore-random',
  'explore-shuffle',
  'explore-list',
  'explore-threads',
  'explore-tunnels',
] as const;

/**
 * Every state's fast key beside its reference key. An exploring session
 * (later moves replayed from its memory, so the keys test that too) and a
 * plain one (Ink save files) are played depth first side by side.
 */
function allStates(scenario: Scenario, policy: KeyPolicy): [string, string][] {
  const fast = exploringSession(scenario, policy);
  const plain = Session.start(scenario);
  const states: [string, string][] = [];
  const walk = () => {
    states.push([fast.futureKey(policy), referenceKey(plain, policy)]);
    const here = [fast.snapshot(), plain.snapshot()] as const;
    fast.options.forEach((_, index) => {
      fast.restore(here[0]);
      plain.restore(here[1]);
      fast.choose(index);
      plain.choose(index);
      walk();
    });
  };
  walk();
  return states;
}

/** Group states by one key and check each group has a single other key, and the other way round. */
function splitsAlike(pairs: readonly (readonly [string, string])[]): boolean {
  const oneWay = new Map<string, Set<string>>();
  const otherWay = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    oneWay.set(a, (oneWay.get(a) ?? new Set()).add(b));
    otherWay.set(b, (otherWay.get(b) ?? new Set()).add(a));
  }
  return [...oneWay.values(), ...otherWay.values()].every((group) => group.size === 1);
}

interface Expected {
  paths: number;
  endings: Map<string, number>;
  ranges: Map<string, { min: number; max: number }>;
  offered: Set<string>;
  visited: Set<string>;
}

/** Play every path from the start with a plain session, merging nothing. */
function enumerate({ scenario, knots }: Fixture): Expected {
  const expected: Expected = {
    paths: 0,
    endings: new Map(),
    ranges: new Map(),
    offered: new Set(),
    visited: new Set(),
  };
  const walk = (path: number[]) => {
    const replay = Session.replay(scenario, path);
    if (!replay.ok) throw new Error(replay.error);
    const session = replay.session;
    for (const knot of knots) if (session.visits(knot) > 0) expected.visited.add(knot);
    session.options.forEach((text) => expected.offered.add(text));
    if (session.options.length > 0) {
      session.options.forEach((_, index) => walk([...path, index]));
      return;
    }
    const { ending, moments } = session.simState;
    if (!ending) return;
    expected.paths++;
    const id = `${ending.outcome}: ${ending.title}`;
    expected.endings.set(id, (expected.endings.get(id) ?? 0) + 1);
    for (const dimension of DIMENSION_IDS) {
      const total = moments
        .filter((m) => m.dimension === dimension)
        .reduce((sum, m) => sum + m.delta, 0);
      const range = expected.ranges.get(dimension) ?? { min: Infinity, max: -Infinity };
      expected.ranges.set(dimension, {
        min: Math.min(range.min, total),
        max: Math.max(range.max, total),
      });
    }
  };
  walk([]);
  return expected;
}

describe('exploring every path of a scenario', () => {
  for (const name of FIXTURES) {
    it(`merges exactly the states the reference key merges, in ${name}`, () => {
      const { scenario } = fixture(name);
      const base = keyPolicyFor(scenario.story);
      for (const policy of [base, withAllCounts(base)]) {
        expect(splitsAlike(allStates(scenario, policy))).toBe(true);
      }
    });

    it(`finds the ranges, endings and path counts that playing every path one by one finds, in ${name}`, () => {
      const loaded = fixture(name);
      const report = exploreScenario(loaded.scenario, { knots: loaded.knots });
      const expected = enumerate(loaded);
      expect(report.paths).toBe(expected.paths);
      expect(new Map([...report.endings].map(([id, ending]) => [id, ending.paths]))).toEqual(
        expected.endings,
      );
      for (const dimension of report.scored)
        expect(report.ranges[dimension]).toEqual(expected.ranges.get(dimension));
      expect(report.offered).toEqual(expected.offered);
      expect(report.visited).toEqual(expected.visited);
    });

    it(`reports the same in reference mode, with Ink save files and nothing remembered, in ${name}`, () => {
      const { scenario, knots } = fixture(name);
      const fast = exploreScenario(scenario, { knots });
      const reference = exploreScenario(scenario, { knots, reference: true });
      expect(reportSummary(fast)).toEqual(reportSummary(reference));
    });
  }

  it('keeps apart waits of 170 and 178 minutes when a later step tips only one past her patience', () => {
    const { scenario } = fixture('explore-waiting');
    const report = exploreScenario(scenario);
    expect(new Map([...report.endings].map(([id, ending]) => [id, ending.paths]))).toEqual(
      new Map([
        ['strong: Still calm', 2],
        ['failed: Worn down', 2],
      ]),
    );
  });

  it('keeps apart paths of different length that meet, when the story reads TURNS()', () => {
    const { scenario } = fixture('explore-turns');
    expect(keyPolicyFor(scenario.story).turns).toBe(true);
    const report = exploreScenario(scenario);
    expect(new Map([...report.endings].map(([id, ending]) => [id, ending.paths]))).toEqual(
      new Map([
        ['strong: Fast', 2],
        ['failed: Slow', 2],
      ]),
    );
  });

  it('merges states that differ only in a variable nothing ahead can read', () => {
    const { scenario } = fixture('explore-paths');
    const policy = keyPolicyFor(scenario.story);
    const keyAfter = (path: readonly number[]) => {
      const session = exploringSession(scenario, policy);
      for (const index of path) session.choose(index);
      return session.futureKey(policy);
    };
    // The first two options differ only in `note`, which the promise knot reads.
    expect(keyAfter([0, 0])).not.toBe(keyAfter([1, 0]));
    expect(keyAfter([0, 0, 0])).toBe(keyAfter([1, 0, 0]));
  });

  it('counts what the opening scores once, before any path is played', () => {
    const { scenario } = fixture('tiny');
    expect(exploreScenario(scenario).ranges).toEqual({
      listening: { min: -2, max: 2 },
      'partner-communication': { min: -2, max: 2 },
    });
  });

  it('reports a problem with the path that led to it', () => {
    const { scenario } = fixture('explore-paths');
    const problem = exploreScenario(scenario).problems.find((p) =>
      p.message.includes('names no promise'),
    );
    expect(problem).toBeDefined();
    const replay = Session.replay(scenario, problem!.path);
    expect(replay.ok).toBe(true);
    expect(replay.session.simState.problems).toContain(problem!.message);
  });

  it('asks about only the people the story names in mood() and trust()', () => {
    expect([
      ...(keyPolicyFor(fixture('explore-waiting').scenario.story).people as Set<string>),
    ]).toEqual(['customer']);
    expect(keyPolicyFor(fixture('tiny').scenario.story).people).toEqual(
      new Set(['customer', 'supplier']),
    );
  });

  describe("a person's key keeps everything that can change what the story sees later", () => {
    const moodEvents: MoodEvent[] = [
      ...MOOD_EVENTS.map((type) => ({ type })),
      ...[5, 25, 60, 200].map((minutes) => ({ type: 'wait' as const, minutes })),
    ];
    const trustEvents: PartnerEvent[] = TRUST_EVENTS.map((type) => ({ type }));

    /** Everyone reachable in up to `depth` events, grouped by their key. */
    function byKey<E>(
      start: PersonState,
      events: readonly E[],
      send: (p: PersonState, e: E) => PersonState,
      depth: number,
    ) {
      const groups = new Map<string, PersonState[]>();
      let layer = [start];
      for (let step = 0; step < depth; step++) {
        layer = layer.flatMap((person) => events.map((event) => send(person, event)));
        for (const person of layer) {
          const key = JSON.stringify(personKey(person));
          const group = groups.get(key) ?? [];
          if (!group.some((other) => JSON.stringify(other) === JSON.stringify(person)))
            group.push(person);
          groups.set(key, group);
        }
      }
      return [...groups.values()].filter((group) => group.length > 1);
    }

    /** What the story can see of someone after every run of two events. */
    function seen<E>(
      person: PersonState,
      events: readonly E[],
      send: (p: PersonState, e: E) => PersonState,
    ) {
      const view = (p: PersonState) =>
        `${moodOf(p) ?? stanceOf(p)}/${p.kind === 'partner' ? p.relationship.context.trust : ''}`;
      return events
        .flatMap((first) => {
          const once = send(person, first);
          return events.map((second) => `${view(once)}>${view(send(once, second))}`);
        })
        .join(',');
    }

    it('for a customer, whose escalation wording and count of failures beyond one are left out', () => {
      const start = initialPerson({
        id: 'c',
        name: 'C',
        role: 'Customer',
        kind: 'customer',
        look: 'okafor',
      });
      const groups = byKey(start, moodEvents, sendMood, 2);
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        const views = new Set(group.map((person) => seen(person, moodEvents, sendMood)));
        expect(views.size).toBe(1);
      }
    });

    it('for a partner, whose whole state (stance and trust) is its key', () => {
      const start = initialPerson({
        id: 'p',
        name: 'P',
        role: 'Partner',
        kind: 'partner',
        look: 'calder',
      });
      // No two different partners share a key, so nothing the story could see is merged.
      expect(byKey(start, trustEvents, sendTrust, 3)).toEqual([]);
    });
  });
});
