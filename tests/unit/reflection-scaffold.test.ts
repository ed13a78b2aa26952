/**
 * The description a learner starts their reflection from, for every scenario
 * in the library on a strong and a weak path: a few sentences a learner can
 * make their own, in English, that name the decision that mattered most, a
 * strength and one thing to do differently, and leave the rest to them.
 */
import { describe, expect, it } from 'vitest';
import { describeAttempt } from '../../src/sim/scoring/reflection.ts';
import { Session } from '../../src/sim/session/session.ts';
import { pathTo } from '../story-paths.ts';
import { libraryStories } from './library-stories.ts';

/** Short enough to read and rewrite in a minute or two; the report holds the full record. */
const MOST_CHARACTERS = 900;

const stories = libraryStories();

function scaffold(scenarioIndex: number, outcome: 'strong' | 'failed'): string {
  const scenario = stories[scenarioIndex];
  if (!scenario) throw new Error('no such scenario');
  const session = Session.start(scenario, 1);
  for (const index of pathTo(scenario, outcome)) session.choose(index);
  const { state, scores } = session.view;
  return describeAttempt(state, scenario.meta, scores);
}

describe.for(stories.map((scenario, index) => ({ id: scenario.id, index })))(
  'the reflection scaffold of stories/$id.ink',
  ({ index }) => {
    it.for(['strong', 'failed'] as const)(
      'on its %s path, is a few sentences a learner can rewrite, leaving the rest to them',
      (outcome) => {
        const text = scaffold(index, outcome);
        expect(text.length).toBeLessThan(MOST_CHARACTERS);
        const lines = text.split('\n');
        expect(lines.length).toBeLessThanOrEqual(6);
        expect(text).toMatch(/^The decision that mattered most came at .+, when I (said|chose)/m);
        expect(text).toMatch(/^What went (well|best): /m);
        if (outcome === 'failed')
          expect(text).toMatch(/^What I would do differently: .+ was my weakest area, rated /m);
        expect(lines.at(-1)).toBe('Next time I would …');
      },
    );

    it.for(['strong', 'failed'] as const)('on its %s path, reads as English', (outcome) => {
      const text = scaffold(index, outcome);
      for (const line of text.split('\n')) {
        expect(line, 'starts as a sentence').toMatch(/^[A-Z]/);
        expect(line, 'ends as a sentence').toMatch(/[.!?…]["”’]?$/);
        expect(line, 'no stray or doubled punctuation').not.toMatch(/\s[,.;:]|[.,;:][.,;:]/);
        expect(line, 'no doubled word').not.toMatch(/\b(\w+) \1\b/i);
        expect(line, 'no gap left by missing data').not.toMatch(
          /undefined|null|NaN|\[object|\s{2}/,
        );
        // "I chose to before you ring Pennine…" was the old scaffold's English.
        expect(line, '"I chose to" is followed by a verb').not.toMatch(
          /I chose to (?:before|after|if|when|the|a|an|you|your|it|this|that)\b/i,
        );
      }
    });
  },
);
