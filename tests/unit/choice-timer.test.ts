import { describe, expect, it } from 'vitest';
import { ChoiceCountdown, waitingWords, type Ticker } from '../../src/ui/play/choice-timer.ts';

/** A ticker the test advances by hand, one second a call. */
function fakeTicker() {
  let tick: (() => void) | null = null;
  const ticker: Ticker = {
    every(ms, callback) {
      expect(ms).toBe(1000);
      tick = callback;
      return () => {
        tick = null;
      };
    },
  };
  return {
    ticker,
    get running() {
      return tick !== null;
    },
    advance(seconds: number) {
      for (let i = 0; i < seconds; i++) tick?.();
    },
  };
}

function countdown() {
  const clock = fakeTicker();
  const shown: number[] = [];
  const timer = new ChoiceCountdown(clock.ticker, (left) => shown.push(left));
  return { clock, shown, timer };
}

describe('the choice timer', () => {
  it('shows the full time at once, then one second less each second, down to zero', () => {
    const { clock, shown, timer } = countdown();
    timer.time(0, 3);
    expect(shown).toEqual([3]);
    clock.advance(2);
    expect(shown).toEqual([3, 2, 1]);
    clock.advance(1);
    expect(shown).toEqual([3, 2, 1, 0]);
  });

  it('stops ticking at zero and never chooses: the last words tell the learner to take their time', () => {
    const { clock, shown, timer } = countdown();
    timer.time(0, 2);
    clock.advance(5);
    expect(clock.running).toBe(false);
    expect(shown.at(-1)).toBe(0);
    expect(waitingWords(0)).toMatch(/Take the time you need/);
  });

  it('keeps counting when the same decision is shown again, and restarts for the next one', () => {
    const { clock, shown, timer } = countdown();
    timer.time(4, 10);
    clock.advance(3);
    timer.time(4, 10);
    expect(shown.at(-1)).toBe(7);
    timer.time(5, 10);
    expect(shown.at(-1)).toBe(10);
  });

  it('stops when hidden, and a later decision starts from its full time', () => {
    const { clock, shown, timer } = countdown();
    timer.time(1, 30);
    clock.advance(1);
    timer.stop();
    expect(clock.running).toBe(false);
    timer.time(1, 30);
    expect(shown.at(-1)).toBe(30);
  });

  it('says the time left in minutes and seconds while someone is waiting', () => {
    expect(waitingWords(75)).toBe('They are waiting for your answer: 1:15');
    expect(waitingWords(9)).toBe('They are waiting for your answer: 0:09');
  });
});
