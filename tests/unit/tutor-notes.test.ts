import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../src/build/compile-story.ts';
import { notesForOptions } from '../../src/sim/story/tutor-notes.ts';
import { parseTag } from '../../src/sim/story/tag-parser.ts';
import { fixtureCast } from './casts.ts';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}.ink`, import.meta.url)), 'utf8');

const withNotes = read('tutor-notes');
const compile = (source: string) =>
  compileStory(source, 'tests/fixtures/tutor.ink', 'tutor', fixtureCast());

/** The 1-based line of the first line of `source` that contains `text`. */
const lineOf = (source: string, text: string) =>
  source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('tutor notes in a story', () => {
  it('are gathered from the header and from the questions above each decision', () => {
    const { errors, scenario } = compile(withNotes);
    expect(errors).toEqual([]);
    const notes = scenario?.tutor;
    expect(notes?.outcomes).toEqual([
      'Listen to a customer before explaining a policy.',
      'Ask a partner for their view before judging them.',
    ]);
    expect(notes?.model).toBe('Listen and acknowledge, then ask the supplier for their view.');
    expect(notes?.wrongTurns).toHaveLength(1);
    expect(notes?.marking).toEqual([
      expect.objectContaining({
        point: 'proactive-communication',
        how: 'Calling the supplier and asking for their view.',
      }),
    ]);
    expect(notes?.decisions.map((d) => [d.options, d.before])).toEqual([
      [
        ['Listen and acknowledge.', 'Quote the delivery policy.'],
        'What does she need from you in the first minute?',
      ],
      [
        ['Ask for their view.', 'Tell them they have failed.'],
        'What do you know, and what do you not know yet, about why it is late?',
      ],
    ]);
  });

  it('are absent, with no complaint, from a story that has none', () => {
    const { errors, scenario } = compile(read('tiny'));
    expect(errors).toEqual([]);
    expect(scenario?.tutor).toBeUndefined();
  });

  it('are found for the decision on screen by its options', () => {
    const notes = compile(withNotes).scenario?.tutor;
    expect(
      notesForOptions(notes, ['Tell them they have failed.', 'Ask for their view.'])?.after,
    ).toBe('What would the supplier tell a colleague about this call?');
    expect(notesForOptions(notes, ['Something else'])).toBeNull();
    expect(notesForOptions(undefined, ['Ask for their view.'])).toBeNull();
  });

  describe('are checked, with the line of the problem', () => {
    it('a decision without questions, once a story has tutor notes', () => {
      const source = withNotes.replace(
        '# ask-before: What does she need from you in the first minute?\n# ask-after: How did her mood change, and why?\n',
        '',
      );
      expect(compile(source).errors).toEqual([
        `tests/fixtures/tutor.ink:${lineOf(source, '[Listen and acknowledge.]')}: this decision has no discussion questions; give it a "# ask-before:" and an "# ask-after:" question above its options`,
      ]);
    });

    it('a decision with only one of its two questions', () => {
      const source = withNotes.replace('# ask-after: How did her mood change, and why?\n', '');
      expect(compile(source).errors).toEqual([
        `tests/fixtures/tutor.ink:${lineOf(source, '# ask-before: What does she')}: a decision needs a "# ask-before:" and an "# ask-after:" question above its options`,
      ]);
    });

    it('a question asked twice for one decision', () => {
      const source = withNotes.replace(
        '# ask-after: How did her mood change, and why?\n',
        '# ask-after: How did her mood change, and why?\n# ask-after: And then?\n',
      );
      expect(compile(source).errors[0]).toContain(
        `:${lineOf(source, 'And then?')}: this decision already has a "# ask-after:" question`,
      );
    });

    it('questions with no options under them', () => {
      const late = withNotes.replace(
        '=== ending ===\n',
        '=== ending ===\n# ask-before: Ready?\n# ask-after: Well?\n',
      );
      expect(compile(late).errors).toEqual([
        `tests/fixtures/tutor.ink:${lineOf(late, 'Ready?')}: these discussion questions have no options under them in this knot or stitch`,
      ]);
    });

    it('a marking point that no evidence tag in the story backs', () => {
      const source = withNotes.replace('# evidence: proactive-communication\n', '');
      expect(compile(source).errors).toEqual([
        `tests/fixtures/tutor.ink:${lineOf(source, '# tutor-marking:')}: no "# evidence: proactive-communication" in this story backs the marking point "proactive-communication"`,
      ]);
    });

    it('a missing outcome or model path', () => {
      const source = withNotes
        .replace(/# tutor-outcome: .*\n/g, '')
        .replace(/# tutor-model: .*\n/, '');
      expect(compile(source).errors).toEqual([
        'tests/fixtures/tutor.ink: tutor notes need at least one "# tutor-outcome:"',
        'tests/fixtures/tutor.ink: tutor notes need exactly one "# tutor-model:" (found 0)',
      ]);
    });

    it('a tutor header tag written inside the story', () => {
      const source = withNotes.replace(
        '"My order is late."\n',
        '"My order is late."\n# tutor-wrong-turn: Too late for this.\n',
      );
      expect(compile(source).errors.join('\n')).toContain(
        '"# tutor-wrong-turn:" belongs in the header',
      );
    });
  });

  it('name marking points only, not topics', () => {
    const result = parseTag('tutor-marking: legislation; The Consumer Rights Act.');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain('unknown marking point "legislation"');
  });
});
