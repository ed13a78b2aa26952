import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-story.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import { metaFromGlobalTags, type Scenario } from '../../src/sim/story/scenario.ts';
import { Session } from '../../src/sim/session/session.ts';
import {
  answered,
  decisionActivityId,
  ending,
  isoDuration,
  judgement,
  RUBRIC_EFFECTS,
  scenarioActivityId,
  terminated,
  type Cmi5Launch,
  type Stamp,
  type Statement,
} from '../../src/sim/evidence/xapi-statements.ts';
import { pathTo } from '../story-paths.ts';
import { libraryCast } from './casts.ts';
import { tinyScenario } from './fixture-story.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const LAUNCH: Cmi5Launch = {
  actor: {
    objectType: 'Agent',
    name: 'Sam Learner',
    account: { homePage: 'https://lms.example.ac.uk', name: 'sam' },
  },
  registration: 'e3b4c1f2-9a7d-4c1e-8b2a-5d6f7a8b9c0d',
  activityId: 'https://lms.example.ac.uk/course/7/au/late-supplier',
  contextTemplate: {
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: scenarioActivityId('late-supplier') }],
    },
    extensions: {
      'https://w3id.org/xapi/cmi5/context/extensions/sessionid':
        'a0f8c3e2-5b1d-4e6f-9a7b-8c9d0e1f2a3b',
    },
  },
  launchMode: 'Normal',
};

let count = 0;
const stamps = (): Stamp => {
  count += 1;
  return {
    id: `00000000-0000-4000-8000-${String(count).padStart(12, '0')}`,
    timestamp: new Date(Date.UTC(2026, 2, 1, 9, 0, count)).toISOString(),
  };
};

/** Every statement a launch sends for one path: an answered per decision, then the ending's. */
function statementsOf(
  scenario: Scenario,
  path: readonly number[],
  launch: Cmi5Launch,
): Statement[] {
  const session = Session.start(scenario, 7);
  const statements: Statement[] = [];
  for (const index of path) {
    session.choose(index);
    const decision = session.view.state.decisions.at(-1);
    if (decision) statements.push(answered(launch, session.view, decision, stamps(), 12_340));
  }
  expect(session.view.finished).toBe(true);
  return [...statements, ...ending(launch, session.view, stamps, 754_000)];
}

/** The library's stories, compiled without exploring them (their paths are what matters here). */
const stories = readdirSync(root('stories'))
  .filter((name) => name.endsWith('.ink'))
  .sort()
  .map((name): Scenario => {
    const source = readFileSync(root(`stories/${name}`), 'utf8');
    const cast = libraryCast();
    const compiled = compileInk(source);
    const meta = metaFromGlobalTags(scanSource(source, cast).headerTags, cast);
    if (!compiled.json || !meta.ok) throw new Error(`stories/${name} does not compile`);
    return {
      id: name.slice(0, -'.ink'.length),
      version: 'test',
      meta: meta.meta,
      story: compiled.json,
      ranges: {},
    };
  });

describe('the xAPI statements of a cmi5 launch', () => {
  let validated = 0;
  describe.for(stories)('stories/$id.ink', (scenario) => {
    it.for(['strong', 'failed'] as const)(
      'every statement on its %s path passes Learning Locker’s validator, in every launch mode',
      (outcome) => {
        const path = pathTo(scenario, outcome);
        const launches: Cmi5Launch[] = [
          LAUNCH,
          { ...LAUNCH, masteryScore: 0.8 },
          { ...LAUNCH, launchMode: 'Browse' },
        ];
        for (const launch of launches) {
          const statements = statementsOf(scenario, path, launch);
          statements.push(terminated(launch, stamps(), 1_000));
          for (const statement of statements) {
            expect(validate(statement), JSON.stringify(statement)).toEqual([]);
            validated += 1;
          }
          const verbs = statements.map((s) => s.verb.display['en-US']);
          expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(path.length);
          if (launch.launchMode === 'Normal') {
            expect(verbs.slice(path.length)).toEqual([
              outcome === 'failed' ? 'failed' : expect.stringMatching(/^(passed|failed)$/),
              'completed',
              'terminated',
              'terminated',
            ]);
          } else {
            // Browse mode: no completed, passed or failed (cmi5 §10).
            expect(verbs.slice(path.length)).toEqual(['terminated', 'terminated']);
          }
        }
      },
    );
  });

  it('is checked by a validator that does refuse a malformed statement', () => {
    const [statement] = ending(LAUNCH, Session.start(tinyScenario()).view, stamps, 0);
    expect(validate({ ...statement, timestamp: 'yesterday' })).not.toEqual([]);
    expect(validate({ ...statement, result: { score: { scaled: 2 } } })).not.toEqual([]);
  });

  it('validated statements from every story', () => {
    // Runs after the stories above: 8 stories × 2 paths × 3 launches, each path's decisions + 4.
    expect(validated).toBeGreaterThan(stories.length * 2 * 3 * 4);
    console.log(`${validated} xAPI statements validated`);
  });
});

describe('what each statement says', () => {
  const scenario = tinyScenario();
  const session = Session.start(scenario, 1);
  while (session.view.choices.length > 0) session.choose(0);
  const view = session.view;
  const first = view.state.decisions[0];

  it('answered: the decision’s stable id, the option by Ink’s letter, its rubric effects', () => {
    expect(first).toBeDefined();
    if (!first) return;
    const statement = answered(LAUNCH, view, first, stamps(), 2_500);
    expect(statement.object['id']).toMatch(
      new RegExp(`^${decisionActivityId(scenario.id, 'd1-')}[0-9a-z]+$`),
    );
    expect(statement.result?.['response']).toBe('a');
    expect(statement.result?.['duration']).toBe('PT2.5S');
    const effects = (statement.result?.['extensions'] as Record<string, unknown>)[RUBRIC_EFFECTS];
    expect(effects).toEqual(
      view.state.moments
        .filter((moment) => moment.choice?.decision === 0)
        .map(({ dimension, delta, why }) => ({ dimension, delta, why })),
    );
    // The launch's context template is kept, with the registration and the AU as parent.
    expect(statement.context['registration']).toBe(LAUNCH.registration);
    expect(statement.context['extensions']).toEqual(LAUNCH.contextTemplate['extensions']);
    expect(statement.context['contextActivities']).toMatchObject({
      grouping: [{ id: scenarioActivityId('late-supplier') }],
      parent: [{ id: LAUNCH.activityId }],
    });
  });

  it('the same decision has the same activity id in every attempt', () => {
    const again = Session.start(scenario, 99);
    again.choose(0);
    const decision = again.view.state.decisions[0];
    if (!first || !decision) throw new Error('no decision');
    expect(answered(LAUNCH, again.view, decision, stamps(), null).object['id']).toBe(
      answered(LAUNCH, view, first, stamps(), null).object['id'],
    );
  });

  it('the ending: passed or failed with the scaled score, then completed and terminated, in the cmi5 categories', () => {
    const [judged, completed, last] = ending(LAUNCH, view, stamps, 61_000);
    expect(judged?.result?.['score']).toMatchObject({ min: 0, max: 100 });
    expect(judged?.result?.['duration']).toBe('PT1M1S');
    expect(judged?.object['id']).toBe(LAUNCH.activityId);
    const categories = (s: Statement | undefined) =>
      (s?.context['contextActivities'] as { category: { id: string }[] }).category.map((c) => c.id);
    expect(categories(judged)).toEqual([
      'https://w3id.org/xapi/cmi5/context/categories/cmi5',
      'https://w3id.org/xapi/cmi5/context/categories/moveon',
    ]);
    expect(completed?.result).toMatchObject({ completion: true });
    expect(categories(last)).toEqual(['https://w3id.org/xapi/cmi5/context/categories/cmi5']);
  });

  it('judges against the LMS’s mastery score when it sets one, and fails a failed ending whatever the score', () => {
    const ended = (outcome: 'strong' | 'failed', score: number) =>
      ({
        finished: true,
        state: { ending: { outcome, title: 'An ending' } },
        scores: [{ score, range: { min: 0, max: 100 } }],
      }) as unknown as Parameters<typeof judgement>[1];
    expect(judgement({}, ended('strong', 60))).toBe('passed');
    expect(judgement({ masteryScore: 0.7 }, ended('strong', 60))).toBe('failed');
    expect(judgement({ masteryScore: 0.5 }, ended('strong', 60))).toBe('passed');
    expect(judgement({ masteryScore: 0 }, ended('failed', 100))).toBe('failed');
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});
