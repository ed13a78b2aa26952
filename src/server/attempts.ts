/**
 * Attempts learners play on their own and send to the class they joined:
 * POST /api/attempts (the learner's class code and token, and the attempt's
 * sealed evidence) keeps each attempt once, however often it is sent, and
 * GET /api/classes/:code/attempts gives them to the tutor who holds the
 * class's tutor token. The evidence is checked as the results page checks a
 * file (its schema and its checksum) and kept as the JSON text sent, so the
 * tutor's page can check the checksum again. PUT /api/attempts/:attemptId
 * (the same body) replaces a kept attempt's evidence with a later export of
 * the same play by the same learner, e.g. with the reflection written after
 * it was sent; sent twice, it changes nothing more.
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
  /** The checks both routes make: a sealed, valid result from a learner of an open class. */
  const checked = async (
    body: unknown,
  ): Promise<
    | { error: number; message: string }
    | {
        learner: { classId: string; learnerId: string };
        attemptId: string;
        evidence: Record<string, unknown>;
        result: unknown;
      }
  > => {
    const posted = attemptPostSchema.safeParse(body);
    if (!posted.success)
      return { error: 400, message: 'a class code, a learner token and an attempt are needed' };
    const { evidence } = posted.data;
    const learner = store.learnerInClass(posted.data.code, posted.data.learnerToken);
    if (!learner) return { error: 403, message: 'you have not joined a class with that code' };
    if (learner.expiresAt + ATTEMPTS_OPEN_MS <= now())
      return { error: 410, message: 'that class no longer takes attempts' };
    const seal = await checkSeal(evidence);
    if (seal !== 'intact')
      return { error: 400, message: `the attempt is ${seal} (its checksum does not match)` };
    const parsed = evidenceExportSchema.safeParse(evidence);
    if (!parsed.success || !parsed.data.attemptId)
      return { error: 400, message: 'the attempt is not a valid result' };
    return { learner, attemptId: parsed.data.attemptId, evidence, result: evidence['result'] };
  };

  /** Keep a new attempt once; a copy of a kept one is answered as received, and changes nothing. */
  const keep = (
    learner: { classId: string; learnerId: string },
    attemptId: string,
    evidence: Record<string, unknown>,
  ): { code: number; receipt: AttemptReceipt } | { error: number; message: string } => {
    const known = store.attemptReceivedAt(learner.classId, attemptId) !== null;
    const full =
      store.learnerAttemptCount(learner.classId, learner.learnerId) >= MAX_ATTEMPTS_PER_LEARNER;
    if (!known && full)
      return { error: 429, message: 'this class has all the attempts it takes from you' };
    // Kept as sent (not as parsed), so its checksum still matches its text.
    const kept = store.saveAttempt(
      learner.classId,
      attemptId,
      learner.learnerId,
      JSON.stringify(evidence),
      now(),
    );
    return {
      code: kept.duplicate ? 200 : 201,
      receipt: {
        received: true,
        attemptId,
        receivedAt: new Date(kept.receivedAt).toISOString(),
        duplicate: kept.duplicate,
      },
    };
  };

  app.post('/api/attempts', { bodyLimit: MAX_ATTEMPT_BYTES }, async (request, reply) => {
    const attempt = await checked(request.body);
    if ('error' in attempt) return reply.code(attempt.error).send({ error: attempt.message });
    const kept = keep(attempt.learner, attempt.attemptId, attempt.evidence);
    if ('error' in kept) return reply.code(kept.error).send({ error: kept.message });
    return reply.code(kept.code).send(kept.receipt);
  });

  app.put<{ Params: { attemptId: string } }>(
    '/api/attempts/:attemptId',
    { bodyLimit: MAX_ATTEMPT_BYTES },
    async (request, reply) => {
      const attempt = await checked(request.body);
      if ('error' in attempt) return reply.code(attempt.error).send({ error: attempt.message });
      const { learner, attemptId, evidence } = attempt;
      if (attemptId !== request.params.attemptId)
        return reply.code(400).send({ error: 'the attempt is not the one named in the address' });
      const earlier = store.attemptOf(learner.classId, attemptId);
      // Not kept yet (its first sending was lost): kept now, as a first sending would be.
      if (!earlier) {
        const kept = keep(learner, attemptId, evidence);
        if ('error' in kept) return reply.code(kept.error).send({ error: kept.message });
        return reply.code(kept.code).send({ ...kept.receipt, updatedAt: kept.receipt.receivedAt });
      }
      if (earlier.learnerId !== learner.learnerId)
        return reply.code(403).send({ error: 'that attempt was sent by another learner' });
      // The same play: only what the learner added after it (the reflection) may differ.
      const before = (JSON.parse(earlier.evidence) as { result?: unknown }).result;
      if (JSON.stringify(before) !== JSON.stringify(attempt.result))
        return reply.code(409).send({ error: 'that is not the same attempt as the one kept' });
      store.replaceAttemptEvidence(learner.classId, attemptId, JSON.stringify(evidence));
      const receipt: AttemptReceipt & { updatedAt: string } = {
        received: true,
        attemptId,
        receivedAt: new Date(
          store.attemptReceivedAt(learner.classId, attemptId) ?? now(),
        ).toISOString(),
        duplicate: true,
        updatedAt: new Date(now()).toISOString(),
      };
      return reply.code(200).send(receipt);
    },
  );

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
