/**
 * Attempts learners play on their own and send to the class they joined:
 * POST /api/attempts (the learner's class code and token, and the attempt's
 * sealed evidence) keeps each attempt once, however often it is sent, and
 * GET /api/classes/:code/attempts gives them to the tutor who holds the
 * class's tutor token. The evidence is checked as the results page checks a
 * file (its schema and its checksum) and kept as the JSON text sent, so the
 * tutor's page can check the checksum again.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { evidenceExportSchema } from '../sim/evidence/evidence.ts';
import { checkSeal } from '../sim/evidence/integrity.ts';
import type { ClassStore } from './store.ts';

/** A result file is tens of kilobytes; this leaves room for the longest story's path and log. */
export const MAX_ATTEMPT_BYTES = 512 * 1024;
/** Attempts a class accepts from one learner: plenty for practice, not a way to fill the disk. */
export const MAX_ATTEMPTS_PER_LEARNER = 200;
/** How long after its join code expires a class still accepts attempts played on its own. */
const ATTEMPTS_OPEN_MS = 60 * 24 * 60 * 60 * 1000;

const code = z.string().regex(/^[A-Z0-9]{6}$/);
const token = z.string().min(16).max(64);

const attemptPostSchema = z.object({
  code,
  learnerToken: token,
  evidence: z.record(z.string(), z.unknown()),
});

/** The reply to a learner, the same for the first copy and any later one. */
interface AttemptReceipt {
  readonly received: true;
  readonly attemptId: string;
  readonly receivedAt: string;
  readonly duplicate: boolean;
}

/** The tutor token from `Authorization: Bearer …`, or null. */
function bearer(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{16,64})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function registerAttemptRoutes(
  app: FastifyInstance,
  store: ClassStore,
  now: () => number = Date.now,
): void {
  app.post('/api/attempts', { bodyLimit: MAX_ATTEMPT_BYTES }, async (request, reply) => {
    const body = attemptPostSchema.safeParse(request.body);
    if (!body.success)
      return reply
        .code(400)
        .send({ error: 'a class code, a learner token and an attempt are needed' });
    const { evidence } = body.data;
    const learner = store.learnerInClass(body.data.code, body.data.learnerToken);
    if (!learner)
      return reply.code(403).send({ error: 'you have not joined a class with that code' });
    if (learner.expiresAt + ATTEMPTS_OPEN_MS <= now())
      return reply.code(410).send({ error: 'that class no longer takes attempts' });
    const seal = await checkSeal(evidence);
    if (seal !== 'intact')
      return reply
        .code(400)
        .send({ error: `the attempt is ${seal} (its checksum does not match)` });
    const parsed = evidenceExportSchema.safeParse(evidence);
    if (!parsed.success || !parsed.data.attemptId)
      return reply.code(400).send({ error: 'the attempt is not a valid result' });
    const attemptId = parsed.data.attemptId;
    const known = store.attemptReceivedAt(learner.classId, attemptId) !== null;
    const full =
      store.learnerAttemptCount(learner.classId, learner.learnerId) >= MAX_ATTEMPTS_PER_LEARNER;
    if (!known && full)
      return reply.code(429).send({ error: 'this class has all the attempts it takes from you' });
    // Kept as sent (not as parsed), so its checksum still matches its text.
    const kept = store.saveAttempt(
      learner.classId,
      attemptId,
      learner.learnerId,
      JSON.stringify(evidence),
      now(),
    );
    const receipt: AttemptReceipt = {
      received: true,
      attemptId,
      receivedAt: new Date(kept.receivedAt).toISOString(),
      duplicate: kept.duplicate,
    };
    return reply.code(kept.duplicate ? 200 : 201).send(receipt);
  });

  app.get<{ Params: { code: string } }>('/api/classes/:code/attempts', (request, reply) => {
    const tutorToken = bearer(request.headers.authorization);
    const wanted = request.params.code.trim().toUpperCase();
    const live =
      tutorToken && code.safeParse(wanted).success
        ? store.classesByCode(wanted).find((c) => sameToken(c.tutorToken, tutorToken))
        : undefined;
    if (!live) return reply.code(403).send({ error: 'no class with that code and tutor key' });
    const attempts = store.attempts(live.id);
    // The evidence goes out as the text it was kept as, not parsed and written again.
    const items = attempts.map(
      (a) =>
        `{"attemptId":${JSON.stringify(a.attemptId)},"receivedAt":"${new Date(a.receivedAt).toISOString()}","evidence":${a.evidence}}`,
    );
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        `{"code":"${wanted}","scenarioId":${JSON.stringify(live.scenarioId)},"attempts":[${items.join(',')}]}`,
      );
  });
}
