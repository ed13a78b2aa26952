import { describe, expect, it } from 'vitest';
import { choicesAlong, strongerChoices } from '../../src/sim/scoring/alternatives.ts';
import { played, tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();

describe('stronger choices', () => {
  it('finds the better option at each weak decision, on the same dimension', () => {
    const view = played(scenario, [1, 1]).view;
    const found = strongerChoices(view);
    expect(found.map((s) => [s.decision, s.dimension, s.betterIndex])).toEqual([
      [0, 'listening', 0],
      [1, 'partner-communication', 0],
    ]);
    const [first] = found;
    expect(first?.chosenText).toBe('Quote the delivery policy.');
    expect(first?.betterText).toBe('Listen and acknowledge.');
    expect(first?.chosenScore).toBe(-2);
    expect(first?.betterScore).toBe(2);
    expect(first?.moments).toEqual([
      { dimension: 'listening', delta: 2, why: 'You let her explain.' },
    ]);
    expect(first?.replayPath).toEqual([]);
    expect(found[1]?.replayPath).toEqual([1]);
  });

  it("says how the better option would have moved the customer's mood and the partner's trust", () => {
    const [mood, trust] = strongerChoices(played(scenario, [1, 1]).view);
    const customer = mood?.people.find((p) => p.who === 'customer');
    expect(customer?.alternative?.level).toBeGreaterThan(customer?.chosen?.level ?? Infinity);
    const supplier = trust?.people.find((p) => p.who === 'supplier');
    expect(supplier?.alternative?.level).toBeGreaterThan(supplier?.chosen?.level ?? Infinity);
    expect(supplier?.before?.level).toBe(60);
  });

  it('suggests nothing when every choice was already the strongest', () => {
    expect(strongerChoices(played(scenario, [0, 0]).view)).toEqual([]);
  });

  it('keeps to the limit, weakest moments first', () => {
    const found = strongerChoices(played(scenario, [1, 1]).view, { limit: 1 });
    expect(found.map((s) => s.decision)).toEqual([0]);
  });

  it('reads back the text of each choice along a path', () => {
    expect(choicesAlong(scenario, [0, 1])).toEqual([
      'Listen and acknowledge.',
      'Tell them they have failed.',
    ]);
  });
});
