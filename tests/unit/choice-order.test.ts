import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayOrder } from '../../src/sim/story/choice-order.ts';

const optionsOf = (n: number) => Array.from({ length: n }, (_, i) => `Option ${i}`);

describe('the order options are shown in', () => {
  it('shows every option exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer(), fc.nat(40), (n, seed, decision) => {
        const order = displayOrder(optionsOf(n), seed, decision);
        expect([...order].sort((a, b) => a - b)).toEqual(optionsOf(n).map((_, i) => i));
      }),
    );
  });

  it('is the same for the same attempt and decision, so a resumed attempt looks the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), fc.nat(40), (n, seed, decision) => {
        expect(displayOrder(optionsOf(n), seed, decision)).toEqual(
          displayOrder(optionsOf(n), seed, decision),
        );
      }),
    );
  });

  it("puts Ink's first option in each place about equally often over many attempts", () => {
    const places = [0, 0, 0];
    for (let seed = 1; seed <= 3000; seed += 1) {
      places[displayOrder(optionsOf(3), seed, 4).indexOf(0)]! += 1;
    }
    for (const count of places) expect(count).toBeGreaterThan(850);
  });

  it('gives different decisions of one attempt independent orders', () => {
    let same = 0;
    for (let seed = 1; seed <= 1000; seed += 1) {
      const a = displayOrder(optionsOf(4), seed, 0).join();
      const b = displayOrder(optionsOf(4), seed, 1).join();
      if (a === b) same += 1;
    }
    // 24 orders of four: equal by chance about 1 time in 24.
    expect(same).toBeLessThan(100);
  });

  it('keeps an option the author pinned first or last in its place', () => {
    const options = ['Ask Finance', 'Something else…', 'Call the courier', 'Start over'];
    const pins = { 'Something else…': 'last', 'Start over': 'first' } as const;
    fc.assert(
      fc.property(fc.integer(), fc.nat(40), (seed, decision) => {
        const order = displayOrder(options, seed, decision, pins);
        expect(order[0]).toBe(3);
        expect(order.at(-1)).toBe(1);
      }),
    );
  });
});
