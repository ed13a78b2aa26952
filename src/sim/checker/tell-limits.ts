/**
 * The limits a story's tells must stay under, and what breaking one means in
 * words an author can act on (the checker prints them).
 */
import type { TellReport } from './tells.ts';

export const TELL_LIMITS = {
  /** Share of decisions where the longest option is the best: about chance with three options. */
  longestBest: 0.4,
  /** A word in this many options, all best or all worst, is a tell. */
  wordOptions: 5,
  /** A policy play may reach Strong on at most this many dimensions (the median shuffled play)… */
  policyStrongBands: 2,
  /**
   * …and a strong ending never in Ink's order, and in at most this share of
   * shuffled plays: always-first-on-screen is a learner choosing at random,
   * who may be lucky once, never often.
   */
  policyStrongEndings: 0.1,
} as const;

/** What breaks a limit, in words an author can act on; empty when the story passes. */
export function tellProblems(report: TellReport): string[] {
  const problems: string[] = [];
  const { length } = report;
  if (length.share > TELL_LIMITS.longestBest) {
    problems.push(
      `the longest option is the best in ${length.longestBest} of ${length.decisions} decisions (${percent(length.share)}; the limit is ${percent(TELL_LIMITS.longestBest)}): make strong, partial and weak options alike in length`,
    );
  }
  for (const tell of report.words) {
    problems.push(
      `the ${tell.kind} "${tell.word}" appears in ${tell.options} options, every one the ${tell.side} of its decision: a learner can win by it without reading`,
    );
  }
  for (const play of report.policies) {
    const name =
      play.order === 'ink'
        ? `always the ${play.policy} option in Ink's order`
        : `always the ${play.policy} option on screen (${play.plays} shuffled plays)`;
    if (play.strongEndings / play.plays > TELL_LIMITS.policyStrongEndings)
      problems.push(
        play.order === 'ink'
          ? `${name} reaches the strong ending "${play.endingTitle}"`
          : `${name} reaches a strong ending in ${play.strongEndings} plays (the limit is ${percent(TELL_LIMITS.policyStrongEndings)} of plays)`,
      );
    if (play.strongBands > TELL_LIMITS.policyStrongBands)
      problems.push(
        `${name} earns Strong on ${play.strongBands} dimensions${play.order === 'shown' ? ' in the median play' : ''} (the limit is ${TELL_LIMITS.policyStrongBands})`,
      );
  }
  return problems;
}

export const percent = (share: number): string => `${Math.round(share * 100)} %`;
