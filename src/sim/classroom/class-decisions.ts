/**
 * A class's decisions, one by one: how often each was reached and went
 * wrong, the share taking each option, the stronger option with the story's
 * reason, and the tutor notes' questions; most gone wrong first. Part of the
 * class summary (class-summary.ts).
 */
import type { OptionOutcome, PointOutcomes } from './class-analysis.ts';
import type { DecisionSummary } from './class-summary.ts';
import type { KeptResult } from './class-store.ts';
import { notesForOptions, type TutorNotes } from '../story/tutor-notes.ts';

const total = (outcome: OptionOutcome) => outcome.moments.reduce((sum, m) => sum + m.delta, 0);

interface PointTally {
  point: string;
  firstAt: number;
  order: number;
  reached: number;
  wentWrong: number;
  counts: Map<string, number>;
  texts: string[];
}

export function decisionSummaries(
  results: readonly KeptResult[],
  outcomes: PointOutcomes,
  notes: TutorNotes | null | undefined,
): DecisionSummary[] {
  const tallies = new Map<string, PointTally>();
  for (const result of results) {
    for (const [at, step] of (result.steps ?? []).entries()) {
      let tally = tallies.get(step.point);
      if (!tally) {
        tally = {
          point: step.point,
          firstAt: at,
          order: tallies.size,
          reached: 0,
          wentWrong: 0,
          counts: new Map(),
          texts: [],
        };
        tallies.set(step.point, tally);
      }
      tally.firstAt = Math.min(tally.firstAt, at);
      tally.reached += 1;
      if (!step.sound) tally.wentWrong += 1;
      for (const text of step.options) if (!tally.texts.includes(text)) tally.texts.push(text);
      const chosen = step.options[step.chosen] ?? '';
      tally.counts.set(chosen, (tally.counts.get(chosen) ?? 0) + 1);
    }
  }
  const numbered = [...tallies.values()].sort((a, b) => a.firstAt - b.firstAt || a.order - b.order);
  return numbered
    .map((tally, i): DecisionSummary => {
      const known = outcomes[tally.point] ?? [];
      const texts = [
        ...known.map((o) => o.text),
        ...tally.texts.filter((t) => !known.some((o) => o.text === t)),
      ];
      const best = known.length > 0 ? Math.max(...known.map(total)) : null;
      const strongest = known.filter((o) => best !== null && total(o) === best);
      const marked = strongest.length < known.length ? strongest : [];
      const outcomeOf = (text: string) => known.find((o) => o.text === text);
      const discussion = notesForOptions(notes, texts);
      return {
        number: i + 1,
        point: tally.point,
        reached: tally.reached,
        wentWrong: tally.wentWrong,
        options: texts.map((text) => {
          const outcome = outcomeOf(text);
          return {
            text,
            count: tally.counts.get(text) ?? 0,
            stronger: marked.some((o) => o.text === text),
            sound: outcome
              ? outcome.misconceptions.length === 0 && outcome.moments.every((m) => m.delta >= 0)
              : null,
          };
        }),
        reason:
          marked.length > 0
            ? [
                ...new Set(
                  marked.flatMap((o) => o.moments.filter((m) => m.delta > 0).map((m) => m.why)),
                ),
              ].join(' ') || null
            : null,
        question: discussion ? { before: discussion.before, after: discussion.after } : null,
      };
    })
    .sort((a, b) => b.wentWrong - a.wentWrong || a.number - b.number);
}
