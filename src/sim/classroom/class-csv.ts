/**
 * A class's results as a spreadsheet (CSV) for the tutor: one row per attempt.
 */
import type { AttemptStep } from './class-analysis.ts';
import { learnerLabels } from './class-learners.ts';
import type { ClassSummary } from './class-summary.ts';
import type { KeptResult } from './class-store.ts';
import { BAND_LABELS, DIMENSION_IDS } from '../scoring/rubric.ts';
import { RUBRIC } from '../scoring/rubric-texts.ts';

/** A spreadsheet cell: quoted when it must be, and never read as a formula. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per attempt, one column per rubric dimension (its band) and one per
 * decision (the option taken, blank where the attempt did not reach it),
 * decisions numbered as on the page.
 */
export function classCsv(results: readonly KeptResult[], summary: ClassSummary): string {
  const decisions = summary.decisions.toSorted((a, b) => a.number - b.number);
  const header = [
    'Learner',
    'Attempt',
    'Finished',
    'Ending',
    ...DIMENSION_IDS.map((id) => RUBRIC[id].name),
    ...decisions.map((d) => `Decision ${d.number}`),
  ];
  const learnerOf = learnerLabels(results);
  const rows = results
    .toSorted(
      (a, b) =>
        learnerOf(a.evidence).localeCompare(learnerOf(b.evidence)) ||
        a.evidence.result.finishedAt.localeCompare(b.evidence.result.finishedAt),
    )
    .map(({ evidence, steps }) => {
      const chosen = (point: string) =>
        (steps ?? [])
          .filter((s: AttemptStep) => s.point === point)
          .map((s) => s.options[s.chosen] ?? '')
          .join(' / ');
      return [
        learnerOf(evidence),
        evidence.attemptId ?? '',
        evidence.result.finishedAt,
        evidence.result.ending?.outcome ?? '',
        ...DIMENSION_IDS.map((id) => {
          const band = evidence.result.scores.find((s) => s.dimension === id)?.band ?? null;
          return band ? BAND_LABELS[band] : '';
        }),
        ...decisions.map((d) => chosen(d.point)),
      ];
    });
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
