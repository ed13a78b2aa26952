/**
 * The check a kept or imported attempt must pass before it is read: every
 * field of a `Result` (result.ts), validated. Only the menu, the report pages
 * and the tutor's tools load it, so zod stays off the first screen (issue 17).
 */
import { z } from '../zod.ts';
import { BANDS, DIMENSION_IDS } from '../scoring/rubric.ts';
import { OUTCOMES } from '../story/tags.ts';
import { RESULT_VERSION, type Result } from './result.ts';

export const resultSchema = z.object({
  version: z.literal(RESULT_VERSION),
  attemptId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(120)
    .optional(),
  scenarioId: z.string().regex(/^[a-z0-9-]+$/),
  scenarioTitle: z.string(),
  storyVersion: z.string(),
  path: z.array(z.number().int().min(0)),
  seed: z.number().int().optional(),
  startedAt: z.string().datetime(),
  finishedAt: z.string().datetime(),
  ending: z.object({ outcome: z.enum(OUTCOMES), title: z.string() }).nullable(),
  scores: z.array(
    z.object({
      dimension: z.enum(DIMENSION_IDS),
      score: z.number().int(),
      band: z.enum(BANDS).nullable(),
    }),
  ),
});

/** The schema reads exactly a `Result`: the build fails if the two drift apart. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.infer<typeof resultSchema>, Result> = true;
void matches;
