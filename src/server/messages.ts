/**
 * Every message a browser may send the classroom server, as zod schemas.
 * A message is parsed before anything reads it; what does not fit is refused
 * with a reason and never reaches the rules.
 */
import { z } from 'zod';
import { classDecisionSchema } from '../sim/classroom/class-record.ts';

export const MAX_MESSAGE_BYTES = 16 * 1024;

const code = z.string().regex(/^[A-Z0-9]{6}$/);
const token = z.string().min(16).max(64);
const text = z.string().max(2000);
const line = z.object({ speaker: z.string().max(120).nullable(), text, kind: z.string().max(20) });

/** What learners are shown of a decision: its situation and options in the class's order. */
export const decisionShownSchema = z.object({
  decision: z.number().int().min(0).max(500),
  lines: z.array(line).max(80),
  /** Options in the order on screen, each with Ink's index. */
  options: z
    .array(z.object({ index: z.number().int().min(0).max(20), text }))
    .min(1)
    .max(20),
});

export const consequenceSchema = z.object({
  lines: z.array(line).max(80),
  scores: z.array(z.object({ name: z.string().max(80), words: z.string().max(120) })).max(20),
  finished: z.boolean(),
});

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tutor-hello'), code, token }),
  z.object({ type: z.literal('open'), token, shown: decisionShownSchema }),
  z.object({ type: z.literal('close'), token }),
  z.object({
    type: z.literal('confirm'),
    token,
    record: classDecisionSchema,
    consequence: consequenceSchema,
  }),
  z.object({ type: z.literal('end'), token }),
  z.object({
    type: z.literal('join'),
    code: z.string().max(12),
    name: z.string().trim().max(40).optional(),
    learnerToken: token.optional(),
  }),
  z.object({
    type: z.literal('vote'),
    decision: z.number().int().min(0).max(500),
    option: z.number().int().min(-1000).max(1000),
  }),
  /** The answer to the server's heartbeat ping (class-heartbeat.ts). */
  z.object({ type: z.literal('pong') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const createClassSchema = z.object({
  scenarioId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  seed: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31),
});

/** Parse raw text: the message, or why it was refused. */
export function parseMessage(
  raw: string,
): { ok: true; message: ClientMessage } | { ok: false; reason: string } {
  if (raw.length > MAX_MESSAGE_BYTES) return { ok: false, reason: 'the message is too large' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the message is not JSON' };
  }
  const parsed = clientMessageSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      reason: `the message does not fit: ${parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`)
        .join('; ')}`,
    };
  return { ok: true, message: parsed.data };
}
