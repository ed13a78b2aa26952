/**
 * A tutor's class results: every learner's file is checked on its own (the
 * bad ones listed by name with the reason, nothing else lost), and the kept
 * attempts are summed up decision by decision from replays of their paths.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseAttempt, type PointOutcomes } from '../../src/sim/classroom/class-analysis.ts';
import {
  checkFileAlone,
  checkResultFiles,
  MAX_RESULT_FILE_BYTES,
  type ImportContext,
  type ResultFile,
} from '../../src/sim/classroom/class-import.ts';
import type { KeptResult } from '../../src/sim/classroom/class-store.ts';
import { classCsv } from '../../src/sim/classroom/class-csv.ts';
import { summariseClass } from '../../src/sim/classroom/class-summary.ts';
import { buildEvidence } from '../../src/sim/evidence/evidence.ts';
import { seal } from '../../src/sim/evidence/integrity.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import type { SelfRating } from '../../src/sim/scoring/self-rating.ts';
import { Session } from '../../src/sim/session/session.ts';
import { tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text).digest('hex'));

/** A learner's exported file, from a real play of the tiny story. */
async function exported(path: number[], learner: string, seed: number, self: SelfRating = {}) {
  const replay = Session.replay(scenario, path, seed);
  if (!replay.ok) throw new Error(replay.error);
  const { view } = replay.session;
  const started = new Date(Date.UTC(2026, 0, 5, 9, seed)).toISOString();
  return seal(
    buildEvidence({
      result: resultOf(view, started, started),
      state: view.state,
      meta: scenario.meta,
      selfRating: self,
      reflection: null,
      exportedAt: started,
      learnerName: learner,
    }),
    sha256,
  );
}

const file = (name: string, text: string, size = text.length): ResultFile => ({
  name,
  size,
  text: () => Promise.resolve(text),
});
const json = (value: unknown) => JSON.stringify(value, null, 2);

const context = (kept = new Map<string, string>()): ImportContext => ({
  scenario: (id) => (id === 'tiny' ? { title: 'Tiny test', version: scenario.version } : undefined),
  kept,
  sha256,
});

describe('importing learners’ result files', () => {
  it('keeps every valid file and lists each bad one by name with its reason', async () => {
    const good = await exported([0, 0], 'Asha', 1);
    const other = await exported([1, 1], 'Ben', 2);
    const edited = structuredClone(other) as { result: { scores: { score: number }[] } };
    edited.result.scores[0]!.score = 99;
    const oldVersion = await seal(
      {
        ...(await exported([0, 1], 'Cai', 3)),
        sha256: undefined,
        result: { ...other.result, storyVersion: 'old' },
      },
      sha256,
    );
    const outcome = await checkResultFiles(
      [
        file('asha.json', json(good)),
        file('broken.json', json(good).slice(0, 200)),
        file('notes.txt', 'Tutor notes for Tuesday'),
        file('old.json', json(oldVersion)),
        file('asha-again.json', json(good)),
        file('edited.json', json(edited)),
        file('huge.json', '', MAX_RESULT_FILE_BYTES + 1),
        file('ben.json', json(other)),
        file('package.json', json({ name: 'x' })),
      ],
      context(),
    );
    expect(outcome.accepted.map((a) => a.name)).toEqual(['asha.json', 'ben.json']);
    const reasons = Object.fromEntries(outcome.skipped.map((s) => [s.name, s.reason]));
    expect(Object.keys(reasons)).toEqual([
      'broken.json',
      'notes.txt',
      'old.json',
      'asha-again.json',
      'edited.json',
      'huge.json',
      'package.json',
    ]);
    expect(reasons['broken.json']).toMatch(/broken JSON/);
    expect(reasons['notes.txt']).toMatch(/not a JSON file/);
    expect(reasons['old.json']).toMatch(/another version of "Tiny test"/);
    expect(reasons['asha-again.json']).toMatch(/duplicate.*"asha\.json"/);
    expect(reasons['edited.json']).toMatch(/damaged.*checksum/);
    expect(reasons['huge.json']).toMatch(/too large.*50\.0 MB/);
    expect(reasons['package.json']).toMatch(/not a Service Chain result/);
  });

  it('recognises an attempt kept by an earlier import as a duplicate', async () => {
    const good = await exported([0, 0], 'Asha', 1);
    const outcome = await checkResultFiles(
      [file('asha.json', json(good))],
      context(new Map([[good.attemptId ?? '', 'monday.json']])),
    );
    expect(outcome.accepted).toEqual([]);
    expect(outcome.skipped[0]?.reason).toMatch(/duplicate.*"monday\.json"/);
  });

  it('refuses a file from an older game without a checksum, and a scenario the app does not have', async () => {
    const good = await exported([0, 0], 'Asha', 1);
    const unsealed: Partial<typeof good> = { ...good };
    delete unsealed.sha256;
    const elsewhere = await seal(
      { ...unsealed, result: { ...good.result, scenarioId: 'gone' } },
      sha256,
    );
    const outcome = await checkResultFiles(
      [file('old.json', json(unsealed)), file('gone.json', json(elsewhere))],
      context(),
    );
    expect(outcome.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/older version of the game, without a checksum/),
      expect.stringMatching(/scenario this app does not have \("gone"\)/),
    ]);
  });

  it('validates a file whose checksum matches: anyone can sum an edited file again', async () => {
    const good = await exported([0, 0], 'Asha', 1);
    const content: Partial<typeof good> = { ...good };
    delete content.sha256;
    const forged = await seal(
      { ...content, result: { ...good.result, scores: 'all strong' } },
      sha256,
    );
    const outcome = await checkResultFiles([file('forged.json', json(forged))], context());
    expect(outcome.accepted).toEqual([]);
    expect(outcome.skipped[0]?.reason).toMatch(/not a valid result file \(result\.scores/);
  });

  it('decides the same when the files are checked elsewhere (the page’s workers)', async () => {
    const good = await exported([0, 0], 'Asha', 1);
    const other = await exported([1, 1], 'Ben', 2);
    const files = [
      file('asha.json', json(good)),
      file('broken.json', '{'),
      file('asha-again.json', json(good)),
      file('ben.json', json(other)),
    ];
    const batches: number[] = [];
    const elsewhere = await checkResultFiles(files, {
      ...context(),
      checkBatch: (batch) => {
        batches.push(batch.length);
        return Promise.all(batch.map((f) => checkFileAlone(f, new Set(), sha256)));
      },
    });
    expect(elsewhere).toEqual(await checkResultFiles(files, context()));
    expect(batches).toEqual([4]);
  });
});

/** Keep and analyse, as the results page does. */
async function keep(plays: [number[], string, number, SelfRating?][]) {
  const results: KeptResult[] = [];
  const points: Record<string, PointOutcomes[string]> = {};
  for (const [path, learner, seed, self] of plays) {
    const evidence = await exported(path, learner, seed, self);
    const analysis = analyseAttempt(
      scenario,
      evidence.result.path,
      seed,
      new Set(Object.keys(points)),
    );
    if (!analysis.ok) throw new Error(analysis.error);
    Object.assign(points, analysis.points);
    results.push({
      attemptId: evidence.attemptId ?? '',
      group: 'Group A',
      scenarioId: 'tiny',
      storyVersion: scenario.version,
      source: `${learner}.json`,
      keptAt: evidence.exportedAt,
      evidence,
      steps: analysis.steps,
    });
  }
  return { results, points };
}

describe('summing up a class', () => {
  it('counts each option per decision, marks the stronger one with its reason, and puts the decision most got wrong first', async () => {
    const { results, points } = await keep([
      [[0, 1], 'Asha', 1],
      [[1, 1], 'Ben', 2],
      [[0, 0], 'Cai', 3],
      [[0, 1], 'Dee', 4],
    ]);
    const summary = summariseClass(results, points, null);
    expect(summary.attempts).toBe(4);
    expect(summary.learners).toBe(4);
    const [first, second] = summary.decisions;
    expect(first?.number).toBe(2);
    expect(first?.wentWrong).toBe(3);
    expect(first?.options).toEqual([
      { text: 'Ask for their view.', count: 1, stronger: true, sound: true },
      { text: 'Tell them they have failed.', count: 3, stronger: false, sound: false },
    ]);
    expect(first?.reason).toBe('You asked for their view.');
    expect(second?.number).toBe(1);
    expect(second?.wentWrong).toBe(1);
    expect(second?.options.map((o) => [o.count, o.stronger])).toEqual([
      [3, true],
      [1, false],
    ]);
  });

  it('spreads the class over the bands of each dimension it gave evidence on, with the principle', async () => {
    const { results, points } = await keep([
      [[0, 0], 'Asha', 1],
      [[1, 0], 'Ben', 2],
      [[1, 1], 'Cai', 3],
    ]);
    const summary = summariseClass(results, points, null);
    const listening = summary.dimensions.find((d) => d.id === 'listening');
    expect(listening?.bands).toEqual({
      'not-yet': 2,
      developing: 0,
      secure: 0,
      strong: 1,
      none: 0,
    });
    expect(listening?.principle).toMatch(/feel heard/);
    expect(summary.dimensions.map((d) => d.id)).toEqual(['listening', 'partner-communication']);
  });

  it('compares first, best and latest attempts per learner, and counts over- and under-rating', async () => {
    const { results, points } = await keep([
      [[1, 1], 'Asha', 1, { listening: 'strong' }],
      [[0, 0], 'Asha', 2, { listening: 'strong' }],
      [[1, 0], 'Asha', 3, { listening: 'not-yet' }],
      [[0, 0], 'Ben', 4, { listening: 'developing' }],
    ]);
    const summary = summariseClass(results, points, null);
    const asha = summary.learnerAttempts.find((l) => l.learner === 'Asha');
    expect(asha?.attempts).toBe(3);
    expect(asha?.first.outcome).toBe('failed');
    expect(asha?.best.attemptId).toBe(results[1]?.attemptId);
    expect(asha?.latest.attemptId).toBe(results[2]?.attemptId);
    expect(summary.calibration?.rated).toBe(4);
    expect(summary.calibration?.dimensions.find((d) => d.id === 'listening')).toMatchObject({
      over: 1,
      under: 1,
      matched: 2,
    });
  });

  it('groups an unnamed learner’s attempts by their device, numbered by first attempt, the same every time', async () => {
    const { results, points } = await keep([
      [[0, 0], '', 5],
      [[1, 1], '', 2],
      [[0, 1], '', 3],
      [[1, 0], 'Asha', 4],
    ]);
    const from = (device: string | undefined) => (r: KeptResult) => ({
      ...r,
      evidence: { ...r.evidence, ...(device ? { anonymousDevice: device } : {}) },
    });
    // Seeds 2 and 5 played on one device; seed 3 came in a file from before device ids.
    const [late, early, older, named] = results as [KeptResult, KeptResult, KeptResult, KeptResult];
    const kept = [
      from('device-tablet-7')(late),
      from('device-tablet-7')(early),
      from(undefined)(older),
      named,
    ];
    const lines = (list: KeptResult[]) =>
      summariseClass(list, points).learnerAttempts.map((l) => `${l.learner}: ${l.attempts}`);
    expect(lines(kept)).toEqual(['Asha: 1', 'Unnamed learner 1: 2', 'Unnamed learner 2: 1']);
    expect(lines(kept.toReversed())).toEqual(lines(kept));
    expect(classCsv(kept, summariseClass(kept, points))).toContain('Unnamed learner 1,');
  });

  it('writes one CSV row per attempt with a column per dimension and per decision', async () => {
    const { results, points } = await keep([
      [[0, 1], 'Asha, "A."', 1],
      [[1, 0], '=cmd', 2],
    ]);
    const csv = classCsv(results, summariseClass(results, points, null));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Learner,Attempt,Finished,Ending,Listening and empathy,Ownership and apology,Fair\\, proportionate remedy,Speed and follow-through,Escalation judgement,Two-way partner communication,Investigating before blaming,Compliance,Decision 1,Decision 2'.replace(
        'Fair\\, proportionate remedy',
        '"Fair, proportionate remedy"',
      ),
    );
    expect(lines[1]).toMatch(/^'=cmd,/);
    expect(lines[2]).toMatch(
      /^"Asha, ""A\.""",.*,Strong,,,,,Not yet,,,Listen and acknowledge\.,Tell them they have failed\.$/,
    );
  });
});
