import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/build/compile-story.ts';
import { tellReport } from '../../src/sim/checker/tells.ts';
import { cueWords, lengthTell, wordTells } from '../../src/sim/checker/option-tells.ts';
import { tellProblems } from '../../src/sim/checker/tell-limits.ts';
import { tinyScenario } from './fixture-story.ts';
import { fixtureCast } from './casts.ts';

const HEADER = `EXTERNAL mood(who)
# title: Tell test
# summary: A story written to give itself away.
# duration: 1-2
# difficulty: foundation
# location: shop-floor
# character: customer; ann-test
VAR good = 0
-> d1
`;

/**
 * A story of four decisions where the best option is written `place` and is
 * the longest, or else of middling length (the weak one longest, the partial one shortest).
 */
function storyWith(place: (decision: number) => 'first' | 'last', longer: boolean): string {
  const decisions = [1, 2, 3, 4].map((n) => {
    const best = `* [${longer ? 'Listen carefully, then explain the plan in full with a time' : 'Agree the plan with her'} ${n}.]
    # score: listening +2; Good.
    ~ good += 1
    -> ${n < 4 ? `d${n + 1}` : 'end_knot'}`;
    const weak = `* [Quote the policy to her now ${n}.]
    # score: listening -2; Weak.
    -> ${n < 4 ? `d${n + 1}` : 'end_knot'}`;
    const partial = `* [Note it down ${n}.]
    # score: listening +1; Partly.
    -> ${n < 4 ? `d${n + 1}` : 'end_knot'}`;
    const options = place(n) === 'first' ? [best, partial, weak] : [weak, partial, best];
    return `=== d${n} ===\nShe waits.\n${options.join('\n')}\n`;
  });
  return `${HEADER}${decisions.join('\n')}
=== end_knot ===
{
- good >= 4:
    # ending: strong; Sorted; All good.
    Done.
- good >= 2:
    # ending: partial; Half; Partly.
    Half.
- else:
    # ending: failed; Not sorted; No.
    No.
}
-> END
`;
}

function compiled(source: string) {
  const story = compileStory(source, 'tests/tell.ink', 'tell', fixtureCast());
  if (!story.scenario || !story.report) throw new Error(story.errors.join('\n'));
  return tellReport(story.scenario, story.report.options, [1, 2, 3, 4, 5]);
}

describe('the tell figures the story checker prints and enforces', () => {
  it('fails a story whose best option is always written first (a position tell)', () => {
    const report = compiled(storyWith(() => 'first', false));
    const problems = tellProblems(report);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /always the first option in Ink's order reaches the strong ending "Sorted"/,
      ),
    );
  });

  it('fails a story whose best option is always the longest (a length tell)', () => {
    const report = compiled(storyWith((n) => (n % 2 === 0 ? 'first' : 'last'), true));
    expect(report.length).toEqual({ decisions: 4, longestBest: 4, share: 1 });
    const problems = tellProblems(report);
    expect(problems).toContainEqual(
      expect.stringMatching(/longest option is the best in 4 of 4 decisions/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/always the longest option in Ink's order reaches the strong ending/),
    );
    expect(problems.some((p) => /first option in Ink's order/.test(p))).toBe(false);
  });

  it('passes a story where neither place nor length gives the best option away', () => {
    const report = compiled(storyWith((n) => (n % 2 === 0 ? 'first' : 'last'), false));
    expect(report.length.share).toBe(0);
    expect(report.words).toEqual([]);
    // Shuffled plays of four two-way decisions are a coin toss each, so only Ink's order is judged here.
    const ink = { ...report, policies: report.policies.filter((p) => p.order === 'ink') };
    expect(tellProblems(ink)).toEqual([]);
  });

  it('finds the tiny fixture story winnable by always taking the first option', () => {
    const story = compileStory(`${tinyScenario().meta ? '' : ''}`, 'x.ink', 'x', fixtureCast());
    expect(story.scenario).toBeNull();
    const scenario = tinyScenario();
    const decisions = [
      { texts: ['Listen and acknowledge.', 'Quote the delivery policy.'], values: [2, -2] },
    ];
    const report = tellReport(scenario, decisions, [1, 2]);
    expect(report.policies.find((p) => p.policy === 'first' && p.order === 'ink')?.outcome).toBe(
      'strong',
    );
  });

  describe('cue words', () => {
    it('ignores case, punctuation and short function words', () => {
      expect(cueWords("Ring Calder's team, and WAIT for them.")).toEqual(
        ['ring', "calder's", 'team', 'wait', 'them'].filter((w) => w !== 'them'),
      );
    });

    it('names a word that only ever appears in the best options, once it is in five', () => {
      const decisions = [1, 2, 3, 4, 5].map((n) => ({
        texts: [`Summarise what she said ${n}`, `Quote policy ${n}`, `Pass it on ${n}`],
        values: [2, -1, 0],
      }));
      expect(wordTells(decisions)).toContainEqual({
        word: 'summarise',
        kind: 'opening',
        side: 'best',
        options: 5,
      });
      expect(wordTells(decisions.slice(0, 4))).toEqual([]);
    });

    it('does not name a word that appears on both sides', () => {
      const decisions = [1, 2, 3, 4, 5, 6].map((n) => ({
        texts: [`Wait for the report ${n}`, `Quote policy ${n}`],
        values: n % 2 === 0 ? [2, -1] : [-1, 2],
      }));
      expect(wordTells(decisions).map((t) => t.word)).not.toContain('wait');
    });
  });

  it('leaves out decisions where every option scores the same', () => {
    expect(lengthTell([{ texts: ['Short', 'A much longer option'], values: [1, 1] }])).toEqual({
      decisions: 0,
      longestBest: 0,
      share: 0,
    });
  });
});
