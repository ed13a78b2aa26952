/**
 * The names a class page gives the learners whose attempts it sums up
 * (class-summary.ts, class-csv.ts).
 */
import type { EvidenceExport } from '../evidence/evidence.ts';
import type { KeptResult } from './class-store.ts';

/**
 * Who each attempt is from: the name the learner gave; otherwise "Unnamed
 * learner N", one N per anonymous device (or per attempt, for a file without
 * one), numbered in the order of each one's first attempt, so a class's page
 * and its CSV name them the same way every time.
 */
export function learnerLabels(
  results: readonly KeptResult[],
): (evidence: EvidenceExport) => string {
  const keyOf = (e: EvidenceExport) =>
    e.anonymousDevice
      ? `device ${e.anonymousDevice}`
      : `attempt ${e.attemptId ?? e.result.startedAt}`;
  const first = new Map<string, string>();
  for (const { evidence } of results) {
    if (evidence.learner?.name) continue;
    const key = keyOf(evidence);
    const earlier = first.get(key);
    if (earlier === undefined || evidence.result.startedAt < earlier)
      first.set(key, evidence.result.startedAt);
  }
  const numbers = new Map(
    [...first]
      .sort(([a, at], [b, bt]) => at.localeCompare(bt) || a.localeCompare(b))
      .map(([key], i) => [key, i + 1]),
  );
  return (e) => e.learner?.name ?? `Unnamed learner ${numbers.get(keyOf(e)) ?? 0}`;
}
