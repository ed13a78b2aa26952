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

  it('warns at "tomorrow morning, first thing", the day before the words as well as after', () => {
    const warnings = promiseWordWarnings(
      story(
        "* [Tell him it's booked for tomorrow morning, first thing, so he can plan his sleep.]",
        '    # score: follow-through -2; Promised before the courier set the window.',
        '    -> END',
      ),
    );
    expect(warnings.map((w) => w.line)).toEqual([1]);
  });

  it('is quiet when the block breaks, revises or withdraws the promise it speaks of', () => {
    expect(
      promiseWordWarnings(
        story(
          "* [Ring him: you'll have it fixed by Monday after all.]",
          '    # revised: fix; by Monday 09:00; Fixed by Monday',
          '    -> END',
          "* [Tell him it won't be first thing tomorrow.]",
          '    # withdrawn: first-thing',
          '    -> END',
          '* [Say it will not be delivered by Friday.]',
          '    # broken: friday',
          '    -> END',
        ),
      ),
    ).toEqual([]);
  });

  describe('in narration that reports what the learner says', () => {
    it('warns at "You tell her you\'ll…" with a time and no tag in its block', () => {
      const warnings = promiseWordWarnings(
        story(
          '=== amy ===',
          "You tell her you'll email her the confirmed delivery slot by 4 o'clock today.",
          '-> END',
          '=== okafor ===',
          'You promise him the tracking will be fixed by next Monday.',
          '-> END',
        ),
      );
      expect(warnings.map((w) => w.line)).toEqual([2, 5]);
      expect(warnings[0]?.message).toMatch(/reads as a promise with a time \("You tell her/);
    });

    it('is quiet when the block has its promise tag', () => {
      expect(
        promiseWordWarnings(
          story(
            '=== amy ===',
            '# promise: slot; customer; by 16:00; Email Ms Silva her confirmed delivery slot by 16:00 today',
            "You tell her you'll email her the confirmed delivery slot by 4 o'clock today.",
            '-> END',
          ),
        ),
      ).toEqual([]);
    });

    it('leaves a promise being kept, a right explained, and what others say', () => {
      expect(
        promiseWordWarnings(
          story(
            // Keeping a promise already made, in the learner's actions.
            'You ring Mrs Mendes well before four, as promised.',
            // A right explained, conditional and in the third person: not the learner's promise.
            'You tell her that if she changes her mind, a refund would be paid within 14 days of agreeing it.',
            // Looking back at a promise already made: not a line the learner speaks.
            '{promise_state == 2: This morning you told him "first thing".}',
            // Someone else reported: their words, not the learner's.
            "Rashid says he'll send the figures by Friday.",
          ),
        ),
      ).toEqual([]);
    });
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
