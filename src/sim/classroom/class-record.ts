/**
 * What a class decided, decision by decision: the options, the votes, the
 * majority and the option the tutor confirmed. Where the tutor took another
 * option than the majority (to explore it), the record says so. The class's
 * path is the confirmed options in Ink's indices, with one seed for the whole
 * class session (the order options were shown in).
 */
import { z } from '../zod.ts';
import { majorityOf } from './class-votes.ts';

export const classDecisionSchema = z.object({
  decision: z.number().int().min(0),
  options: z.array(z.string()),
  /** Votes per option by Ink index (hand counts or phones). */
  votes: z.array(z.number().int().min(0)),
  majority: z.number().int().min(0).nullable(),
  chosen: z.number().int().min(0),
  /** True when the tutor took another option than a clear majority. */
  overridden: z.boolean(),
});
export type ClassDecision = z.infer<typeof classDecisionSchema>;

/** Record the tutor's confirmed option against the class's votes. */
export function confirmDecision(
  decision: number,
  options: readonly string[],
  votes: readonly number[],
  chosen: number,
): ClassDecision {
  const majority = majorityOf(votes);
  return {
    decision,
    options: [...options],
    votes: [...votes],
    majority,
    chosen,
    overridden: majority !== null && majority !== chosen,
  };
}

/** The share of the votes, as a whole percentage (0 when nobody voted). */
function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}

/** "12 votes (48%)", the words beside a tally bar. */
export function voteWords(count: number, total: number): string {
  return `${count} ${count === 1 ? 'vote' : 'votes'} (${share(count, total)}%)`;
}
