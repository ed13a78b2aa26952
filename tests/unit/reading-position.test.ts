import { describe, expect, it } from 'vitest';
import { readingPosition } from '../../src/ui/play/reading-position.ts';

describe('where the page stands after a choice on a phone', () => {
  const screen = { viewport: 700 };

  it('moves no further than needed to show the first option, so the scene can stay in view', () => {
    expect(readingPosition({ ...screen, scrolled: 0, exchangeTop: 300, optionBottom: 800 })).toBe(
      100,
    );
    expect(readingPosition({ ...screen, scrolled: 0, exchangeTop: 300, optionBottom: 600 })).toBe(
      0,
    );
  });

  it('comes back up to the start of the latest exchange when the page was below it', () => {
    expect(
      readingPosition({ ...screen, scrolled: 1500, exchangeTop: 900, optionBottom: 1300 }),
    ).toBe(900);
  });

  it('starts an exchange longer than the screen at the top, the options following as the learner reads', () => {
    expect(
      readingPosition({ ...screen, scrolled: 200, exchangeTop: 500, optionBottom: 2000 }),
    ).toBe(500);
  });
});
