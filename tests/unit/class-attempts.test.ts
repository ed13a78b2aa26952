/**
 * Attempts a learner plays on their own and sends to the class they joined:
 * the classroom server keeps each attempt once however often it arrives,
 * refuses what is not a sealed result from a learner of that class, and gives
 * the class's attempts only to the holder of its tutor token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTEMPT_BYTES, MAX_ATTEMPTS_PER_LEARNER } from '../../src/server/attempts.ts';
import type { Peer } from '../../src/server/class-hub.ts';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';
import { buildEvidence } from '../../src/sim/evidence/evidence.ts';
import { seal } from '../../src/sim/evidence/integrity.ts';
import type { Reflection } from '../../src/sim/scoring/reflection.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import { Session } from '../../src/sim/session/session.ts';
import { tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
let dir: string;
let server: ClassServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'class-attempts-'));
  server = await startClassServer({
    dist: dir,
    database: join(dir, 'class.sqlite'),
    host: '127.0.0.1',
    port: 0,
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startClass(): Promise<{ code: string; tutorToken: string }> {
  const reply = await server.app.inject({
    method: 'POST',
    url: '/api/classes',
    payload: { scenarioId: 'tiny', seed: 7 },
  });
  return reply.json<{ code: string; tutorToken: string }>();
}

/** A learner's phone joining through the hub, as the WebSocket would: its learner token. */
function join_(code: string, name: string): string {
  const sent: { type: string; learnerToken?: string }[] = [];
  const peer: Peer = {
    send: (m) => sent.push(m as { type: string }),
    close: () => {},
    terminate: () => {},
    ping: () => {},
  };
  server.hub.connect(peer);
  server.hub.receive(peer, JSON.stringify({ type: 'join', code, name }));
  const joined = sent.find((m) => m.type === 'joined');
  if (!joined?.learnerToken) throw new Error(`not joined: ${JSON.stringify(sent)}`);
  return joined.learnerToken;
}

const reflectionOf = (words: string): Reflection => ({
  version: 1,
  description: words,
  feelings: words,
  evaluation: words,
  analysis: words,
  conclusion: words,
  actionPlan: words,
  pdca: { plan: words, do: words, check: words, act: words },
  updatedAt: '2026-01-05T10:00:00.000Z',
});

/** A sealed result from a real play of the tiny story, started `minute` minutes in. */
async function attempt(path: number[], minute: number, reflection: Reflection | null = null) {
  const replay = Session.replay(scenario, path, 3);
  if (!replay.ok) throw new Error(replay.error);
  const { view } = replay.session;
  const at = new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();
  return seal(
    buildEvidence({
      result: resultOf(view, at, at),
      state: view.state,
      meta: scenario.meta,
      selfRating: null,
      reflection,
      exportedAt: reflection?.updatedAt ?? at,
      learnerName: 'Asha',
    }),
  );
}

const post = (payload: object) =>
  server.app.inject({ method: 'POST', url: '/api/attempts', payload });
const put = (attemptId: string, payload: object) =>
  server.app.inject({ method: 'PUT', url: `/api/attempts/${attemptId}`, payload });
const attemptsOf = (code: string, tutorToken: string) =>
  server.app.inject({
    method: 'GET',
    url: `/api/classes/${code}/attempts`,
    headers: { authorization: `Bearer ${tutorToken}` },
  });
interface Listed {
  code: string;
  scenarioId: string;
  attempts: { attemptId: string; receivedAt: string; evidence: unknown }[];
}
const listed = async (code: string, tutorToken: string) =>
  (await attemptsOf(code, tutorToken)).json<Listed>().attempts;
const receipt = (reply: { json<T>(): T }) =>
  reply.json<{
    received: boolean;
    attemptId: string;
    receivedAt: string;
    duplicate: boolean;
    error?: string;
  }>();

describe('a learner sending an attempt to their class', () => {
  it('is kept once, however often it is sent, and the learner is told it was received', async () => {
    const { code, tutorToken } = await startClass();
    const learnerToken = join_(code, 'Asha');
    const evidence = await attempt([0], 1);
    const first = await post({ code, learnerToken, evidence });
    expect(first.statusCode).toBe(201);
    expect(receipt(first)).toMatchObject({
      received: true,
      attemptId: evidence.attemptId,
      duplicate: false,
    });
    const again = await post({ code, learnerToken, evidence });
    expect(again.statusCode).toBe(200);
    expect(receipt(again)).toMatchObject({
      duplicate: true,
      receivedAt: receipt(first).receivedAt,
    });

    const attempts = await listed(code, tutorToken);
    expect(attempts.map((a) => a.attemptId)).toEqual([evidence.attemptId]);
    // Given back as sent, so the tutor's page finds its checksum intact.
    expect(JSON.stringify(attempts[0]?.evidence)).toBe(JSON.stringify(evidence));
  });

  it('takes the reflection written after the attempt was sent, as often as it comes', async () => {
    const { code, tutorToken } = await startClass();
    const learnerToken = join_(code, 'Asha');
    const sent = await attempt([0], 1);
    const first = await post({ code, learnerToken, evidence: sent });
    const reflected = await attempt([0], 1, reflectionOf('I should have called back sooner.'));
    const id = sent.attemptId ?? '';
    const update = await put(id, { code, learnerToken, evidence: reflected });
    expect(update.statusCode).toBe(200);
    expect(receipt(update)).toMatchObject({ attemptId: id, receivedAt: receipt(first).receivedAt });
    expect((await put(id, { code, learnerToken, evidence: reflected })).statusCode).toBe(200);
    const attempts = await listed(code, tutorToken);
    expect(attempts).toHaveLength(1);
    expect(JSON.stringify(attempts[0]?.evidence)).toBe(JSON.stringify(reflected));
  });

  it('refuses an update that is another play, or another learner’s attempt', async () => {
    const { code } = await startClass();
    const asha = join_(code, 'Asha');
    const ben = join_(code, 'Ben');
    const sent = await attempt([0], 1);
    await post({ code, learnerToken: asha, evidence: sent });
    const id = sent.attemptId ?? '';
    // Same seed and start, so the same attempt id, but another path.
    const other = await attempt([1], 1, reflectionOf('x'));
    expect(other.attemptId).toBe(id);
    expect((await put(id, { code, learnerToken: asha, evidence: other })).statusCode).toBe(409);
    const reflected = await attempt([0], 1, reflectionOf('Not mine'));
    expect((await put(id, { code, learnerToken: ben, evidence: reflected })).statusCode).toBe(403);
  });

  it('keeps two attempts of one learner apart', async () => {
    const { code, tutorToken } = await startClass();
    const learnerToken = join_(code, 'Asha');
    await post({ code, learnerToken, evidence: await attempt([0], 1) });
    await post({ code, learnerToken, evidence: await attempt([1], 2) });
    expect(await listed(code, tutorToken)).toHaveLength(2);
  });

  it('refuses a learner who has not joined that class, and a made-up token', async () => {
    const one = await startClass();
    const other = await startClass();
    const learnerToken = join_(other.code, 'Ben');
    const evidence = await attempt([0], 1);
    expect((await post({ code: one.code, learnerToken, evidence })).statusCode).toBe(403);
    expect(
      (await post({ code: one.code, learnerToken: 'x'.repeat(24), evidence })).statusCode,
    ).toBe(403);
    expect(await listed(one.code, one.tutorToken)).toEqual([]);
  });

  it('refuses a damaged attempt, one that is not a result, and a malformed request', async () => {
    const { code, tutorToken } = await startClass();
    const learnerToken = join_(code, 'Asha');
    const evidence = await attempt([0], 1);
    const edited = { ...evidence, selfRating: { listening: 'strong' } };
    const damaged = await post({ code, learnerToken, evidence: edited });
    expect(damaged.statusCode).toBe(400);
    expect(receipt(damaged).error).toMatch(/damaged/);
    const notResult = await post({
      code,
      learnerToken,
      evidence: await seal({ format: 'something-else' }),
    });
    expect(notResult.statusCode).toBe(400);
    expect((await post({ code, learnerToken })).statusCode).toBe(400);
    const broken = await server.app.inject({
      method: 'POST',
      url: '/api/attempts',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "AB',
    });
    expect(broken.statusCode).toBe(400);
    expect(await listed(code, tutorToken)).toEqual([]);
  });

  it('refuses a body over the size limit before reading it', async () => {
    const { code } = await startClass();
    const learnerToken = join_(code, 'Asha');
    const evidence = { ...(await attempt([0], 1)), padding: 'x'.repeat(MAX_ATTEMPT_BYTES) };
    expect((await post({ code, learnerToken, evidence })).statusCode).toBe(413);
  });

  it('stops taking new attempts from one learner at the limit, but still answers a resend', async () => {
    const { code } = await startClass();
    const learnerToken = join_(code, 'Asha');
    const first = await attempt([0], 0);
    expect((await post({ code, learnerToken, evidence: first })).statusCode).toBe(201);
    for (let i = 1; i < MAX_ATTEMPTS_PER_LEARNER; i += 1) {
      const reply = await post({ code, learnerToken, evidence: await attempt([0], i) });
      expect(reply.statusCode).toBe(201);
    }
    const over = await post({ code, learnerToken, evidence: await attempt([0], 9999) });
    expect(over.statusCode).toBe(429);
    expect((await post({ code, learnerToken, evidence: first })).statusCode).toBe(200);
  });
});

describe('the tutor fetching the class’s attempts', () => {
  it('needs the class’s own tutor token', async () => {
    const one = await startClass();
    const other = await startClass();
    expect((await attemptsOf(one.code, other.tutorToken)).statusCode).toBe(403);
    const none = await server.app.inject({
      method: 'GET',
      url: `/api/classes/${one.code}/attempts`,
    });
    expect(none.statusCode).toBe(403);
    const ok = await attemptsOf(one.code.toLowerCase(), one.tutorToken);
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Listed>()).toMatchObject({ code: one.code, scenarioId: 'tiny', attempts: [] });
  });
});
