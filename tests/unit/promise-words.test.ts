import { describe, expect, it } from 'vitest';
import { promiseWordWarnings } from '../../src/build/promise-words.ts';

const story = (...lines: string[]) => lines.join('\n');

describe('promise words in an option without a promise tag', () => {
  it('warns at the line of an option that commits to a time', () => {
    const warnings = promiseWordWarnings(
      story(
        '=== start ===',
        '* [Apologise and promise it will be fixed by next Monday.]',
        '    # score: ownership +1; Owned.',
        '    -> END',
        '* ["I\'ll ring you back first thing tomorrow."]',
        '    -> END',
      ),
    );
    expect(warnings.map((w) => w.line)).toEqual([2, 5]);
    expect(warnings[0]?.message).toMatch(/# promise:/);
  });

  it('is quiet when the option carries a promise, or fulfils one', () => {
    expect(
      promiseWordWarnings(
        story(
          '* ["I\'ll ring you by 3 o\'clock today."]',
          '    # promise: callback; customer; by 15:00; Ring her by 3pm',
          '    -> END',
          '* ["As I said, I\'ll ring you by 3 o\'clock."]',
          '    # kept: callback',
          '    -> END',
        ),
      ),
    ).toEqual([]);
  });

  it("leaves characters' own words, options without a time, and lines the author marked", () => {
    expect(
      promiseWordWarnings(
        story(
          '"I\'ll brief the crews today," says the supplier.',
          "* [Say you'll look into it.]",
          '    -> END',
          '* [Tell him we will confirm by Friday.] // not a promise: a quote of the policy',
          '    -> END',
        ),
      ),
    ).toEqual([]);
  });
});
