import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk, compileStory, formatProblem } from '../../src/build/compile-story.ts';
import { fixtureCast } from './casts.ts';

const fixture = (name: string) => {
  const file = `tests/fixtures/${name}.ink`;
  const source = readFileSync(
    fileURLToPath(new URL(`../fixtures/${name}.ink`, import.meta.url)),
    'utf8',
  );
  return { file, source };
};

/** The 1-based line of the first line of `source` that contains `text`. */
function lineOf(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`no line contains ${text}`);
  return index + 1;
}

/** Compile a fixture and return its errors. */
function errorsOf(name: string) {
  const { file, source } = fixture(name);
  const compiled = compileStory(source, file, name, fixtureCast());
  return { ...compiled, source };
}

describe('compiling a story', () => {
  it('gives no errors, the scenario and its reachable ranges for a good story', () => {
    const { errors, scenario, report } = errorsOf('tiny');
    expect(errors).toEqual([]);
    expect(scenario?.id).toBe('tiny');
    expect(scenario?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(scenario?.meta).toMatchObject({
      title: 'Tiny test',
      duration: { min: 1, max: 2 },
      difficulty: 'foundation',
      location: 'shop-floor',
      syllabus: ['escalation'],
    });
    expect(scenario?.meta.characters.map((c) => [c.id, c.kind])).toEqual([
      ['customer', 'customer'],
      ['supplier', 'partner'],
    ]);
    expect(scenario?.ranges).toEqual({
      listening: { min: -2, max: 2 },
      'partner-communication': { min: -2, max: 2 },
    });
    expect(report?.paths).toBe(4);
    expect([...(report?.endings.values() ?? [])].map((e) => [e.outcome, e.paths]).sort()).toEqual([
      ['failed', 1],
      ['partial', 2],
      ['strong', 1],
    ]);
  });

  it('gives the same version for the same story and a different one for a changed story', () => {
    const { file, source } = fixture('tiny');
    const a = compileStory(source, file, 'tiny', fixtureCast()).scenario?.version;
    const b = compileStory(source, file, 'tiny', fixtureCast()).scenario?.version;
    const c = compileStory(
      source.replace('My order is late.', 'My order is very late.'),
      file,
      'tiny',
      fixtureCast(),
    ).scenario?.version;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('says a story has chain-mapping tasks only when a decision is one, so only then is their code preloaded', () => {
    const { file, source } = fixture('tiny');
    const plain = compileStory(source, file, 'tiny', fixtureCast());
    const withTask = compileStory(
      source
        .replace(
          'You call the supplier.',
          'You call the supplier.\n# chain-task: Which link held the order up?',
        )
        .replace('* [Ask for their view.]', '* [Ask for their view.]\n    # chain-link: supplier'),
      file,
      'tiny',
      fixtureCast(),
    );
    expect(plain.errors).toEqual([]);
    expect(withTask.errors).toEqual([]);
    expect(plain.scenario?.chainTasks).toBeUndefined();
    expect(withTask.scenario?.chainTasks).toBe(true);
  });

  it('formats a problem as file:line: message, or file: message when no line applies', () => {
    expect(formatProblem('stories/a.ink', { line: 12, message: 'oops' })).toBe(
      'stories/a.ink:12: oops',
    );
    expect(formatProblem('stories/a.ink', { line: null, message: 'oops' })).toBe(
      'stories/a.ink: oops',
    );
  });

  describe('a malformed story gives file:line: message', () => {
    it('for an Ink syntax error', () => {
      const { errors, scenario, source } = errorsOf('broken-syntax');
      expect(scenario).toBeNull();
      expect(errors).toEqual([
        `tests/fixtures/broken-syntax.ink:${lineOf(source, '* [Ask her what she needs.')}: Expected closing ']' for weave-style option but saw end of line`,
      ]);
    });

    it('for an Ink syntax error, straight from the Ink compiler', () => {
      const { source } = fixture('broken-syntax');
      const compiled = compileInk(source);
      expect(compiled.json).toBeNull();
      expect(compiled.problems).toEqual([
        {
          line: lineOf(source, '* [Ask her what she needs.'),
          message: expect.stringContaining("Expected closing ']'") as string,
        },
      ]);
    });

    it('for a divert to a knot that does not exist', () => {
      const { file, source } = fixture('tiny');
      const broken = source.replace('-> supplier_call\n* [Quote', '-> supplier_cal\n* [Quote');
      expect(broken).not.toBe(source);
      const { errors } = compileStory(broken, file, 'tiny', fixtureCast());
      expect(errors).toEqual([
        `${file}:${lineOf(broken, '-> supplier_cal\n'.trim())}: Divert target not found: '-> supplier_cal'`,
      ]);
    });

    it('for an unknown tag', () => {
      const { errors, source } = errorsOf('broken-unknown-tag');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(
          `^tests/fixtures/broken-unknown-tag\\.ink:${lineOf(source, '# colour:')}: unknown tag "colour"; known tags: title, `,
        ),
      );
    });

    it('for a bad tag argument', () => {
      const { errors, source } = errorsOf('broken-tag-argument');
      expect(errors).toEqual([
        `tests/fixtures/broken-tag-argument.ink:${lineOf(source, 'listening +5')}: tag "score": score "+5" must be a signed number from -3 to +3`,
      ]);
    });

    it('for a "# broken:" that names no promise in the story', () => {
      const { errors, source } = errorsOf('broken-promise-id');
      expect(errors).toEqual([
        `tests/fixtures/broken-promise-id.ink:${lineOf(source, '# broken: call-back')}: "# broken: call-back" names no promise in this story`,
      ]);
    });

    it('for a speaker who is not declared', () => {
      const { errors, source } = errorsOf('broken-speaker');
      expect(errors).toEqual([
        `tests/fixtures/broken-speaker.ink:${lineOf(source, '# speaker: manager')}: character "manager" is not a declared character`,
      ]);
    });

    it('for a header tag after the story has begun', () => {
      const { errors, source } = errorsOf('broken-late-header');
      expect(errors).toEqual([
        `tests/fixtures/broken-late-header.ink:${lineOf(source, '# syllabus: escalation')}: "# syllabus:" belongs in the header at the top of the story (header tags: title, summary, duration, difficulty, location, syllabus, character, partner, start, tutor-outcome, tutor-marking, tutor-model, tutor-wrong-turn)`,
      ]);
    });

    it('for a dateline that disagrees with the scenario clock, at the narration line', () => {
      const { file, source } = fixture('tiny');
      const dated = source
        .replace('# location: shop-floor\n', '# location: shop-floor\n# start: 2025-03-04 13:10\n')
        .replace('You call the supplier.', 'Tuesday 4 March, 13:10. You call the supplier.');
      const { errors } = compileStory(dated, file, 'tiny', fixtureCast());
      expect(errors).toEqual([
        `${file}:${lineOf(dated, 'Tuesday 4 March, 13:10.')}: the narration says "Tuesday 4 March, 13:10. You call the supplier." but the scenario clock says Tue 4 Mar 13:40 (the time disagrees): set the clock with "# time:" on the line above (after choices 1)`,
      ]);
      const fixed = dated.replace('# clock: +30m', '# time: 13:10');
      expect(compileStory(fixed, file, 'tiny', fixtureCast()).errors).toEqual([]);
    });

    it('for a promise whose words disagree with its deadline, at the tag', () => {
      const { file, source } = fixture('tiny');
      const dated = source
        .replace('# location: shop-floor\n', '# location: shop-floor\n# start: 2025-03-04 13:10\n')
        .replace(
          'You call the supplier.',
          '# promise: call; customer; +2h; Ring her back by 3pm\nYou call the supplier.',
        );
      const { errors } = compileStory(dated, file, 'tiny', fixtureCast());
      expect(errors).toEqual([
        `${file}:${lineOf(dated, '# promise: call')}: the deadline "Ring her back by 3pm" falls due Tue 4 Mar 15:40 (the time disagrees): write it as "by 15:00", "by Thursday 09:00" or "+2 working days" (after choices 1)`,
      ]);
    });

    it('for an option without a score', () => {
      const { errors, source } = errorsOf('broken-unscored');
      expect(errors).toEqual([
        `tests/fixtures/broken-unscored.ink:${lineOf(source, '* [Quote the delivery policy.]')}: option "Quote the delivery policy." leads to no "# score:" before the next decision (after choices 3)`,
      ]);
    });

    it('for a path without an ending, pointing at the option that leads there', () => {
      const { errors, source } = errorsOf('broken-no-ending');
      expect(errors).toEqual([
        `tests/fixtures/broken-no-ending.ink:${lineOf(source, '* [Walk away.]')}: this path finishes without an "# ending:" tag (after choices 4)`,
      ]);
    });

    it('for an unreachable knot, and the ending in it', () => {
      const { errors, source } = errorsOf('broken-unreachable');
      expect(errors).toEqual([
        `tests/fixtures/broken-unreachable.ink:${lineOf(source, '=== orphan ===')}: unreachable: no path visits "orphan"`,
        `tests/fixtures/broken-unreachable.ink:${lineOf(source, '# ending: partial; Forgotten')}: unreachable: no path reaches the ending "Forgotten"`,
      ]);
    });
  });

  describe('other checks on the story as a whole', () => {
    it('asks for a stronger and a weaker option when a dimension always scores the same', () => {
      const { file, source } = fixture('tiny');
      const broken = source.replace('listening -2; Policy first', 'listening +2; Policy first');
      const { errors } = compileStory(broken, file, 'tiny', fixtureCast());
      expect(errors).toEqual([
        `${file}: "listening" always scores 2: give it a stronger and a weaker option`,
      ]);
    });

    it('says which kind of ending no path reaches', () => {
      const { file, source } = fixture('tiny');
      const broken = source.replace(
        '# ending: failed; Not sorted',
        '# ending: partial; Not sorted',
      );
      const { errors } = compileStory(broken, file, 'tiny', fixtureCast());
      expect(errors).toEqual([`${file}: no path reaches a "failed" ending`]);
    });

    it('says what the header is missing, with no line', () => {
      const { file, source } = fixture('tiny');
      const broken = source.replace('# difficulty: foundation\n', '');
      const { errors, scenario } = compileStory(broken, file, 'tiny', fixtureCast());
      expect(scenario).toBeNull();
      expect(errors).toContain(`${file}: the story header needs a "# difficulty:" tag`);
    });

    it('rejects tags written on the choice line itself', () => {
      const { file, source } = fixture('tiny');
      const broken = source.replace(
        '* [Ask for their view.]',
        '* [Ask for their view.] # evidence: escalation',
      );
      const { errors } = compileStory(broken, file, 'tiny', fixtureCast());
      expect(errors).toEqual([
        `${file}:${lineOf(broken, '* [Ask for their view.]')}: put a choice's tags on the lines under it, not on the choice line`,
      ]);
    });
  });

  // Regression: the explorer once kept `session.path`, the session's live array
  // of steps, so a problem was reported with whatever path exploration ended on
  // ("after choices 4" for a problem under option 1) and pointed at the wrong line.
  it("reports a problem under the first option with that option's path and line", () => {
    const { file, source } = fixture('broken-no-ending');
    const walk =
      '* [Walk away.]\n    # score: listening -3; You left her there.\n    -> walked_off\n';
    const first = source
      .replace(walk, '')
      .replace('* [Listen and acknowledge.]', `${walk}* [Listen and acknowledge.]`);
    const { errors } = compileStory(first, file, 'broken-no-ending', fixtureCast());
    expect(errors).toEqual([
      `${file}:${lineOf(first, '* [Walk away.]')}: this path finishes without an "# ending:" tag (after choices 1)`,
    ]);
  });

  it("reports an unscored first option with that option's path", () => {
    const { file, source } = fixture('broken-unscored');
    const quote = '* [Quote the delivery policy.]\n    -> bad\n';
    const first = source
      .replace(quote, '')
      .replace('* [Listen and acknowledge.]', `${quote}* [Listen and acknowledge.]`);
    const { errors } = compileStory(first, file, 'broken-unscored', fixtureCast());
    expect(errors).toEqual([
      `${file}:${lineOf(first, '* [Quote the delivery policy.]')}: option "Quote the delivery policy." leads to no "# score:" before the next decision (after choices 1)`,
    ]);
  });
});
