/**
 * The records the simulation makes on every step are written out field by field, not spread
 * (src/sim/session/sim-state.ts, src/sim/people/machine-table.ts): Node 20's V8 takes a slow
 * path for a spread that adds keys, a sixth of the story checker's tag work (issue 17). They
 * must stay the very objects the spread made, keys in the same order too: the checker's keys
 * and the saved evidence are JSON of them.
 */
import { describe, expect, it } from 'vitest';
import {
  addMoment,
  addTranscript,
  initialState,
  applyChoice,
} from '../../src/sim/session/sim-state.ts';
import { initialPerson, sendMood, sendTrust } from '../../src/sim/people/people.ts';
import { libraryScenario } from './casts.ts';

/** The same keys in the same order, and the same values. */
function expectSameObject(made: object, spread: object): void {
  expect(Object.keys(made)).toEqual(Object.keys(spread));
  expect(JSON.stringify(made)).toBe(JSON.stringify(spread));
}

function stateAfterAChoice() {
  const scenario = libraryScenario('late-supplier.ink');
  if (!scenario) throw new Error('late-supplier.ink does not compile');
  return applyChoice(initialState(scenario.meta), ['Listen', 'Quote the policy'], 0);
}

describe('records written out field by field', () => {
  it('a scored moment is what `{ ...moment, id, at, choice }` made', () => {
    const state = stateAfterAChoice();
    const moment = { dimension: 'listening', delta: 2, why: 'You let her explain.' } as const;
    const added = addMoment(state, moment).moments.at(-1);
    expect(added).toBeDefined();
    expectSameObject(added!, {
      ...moment,
      id: state.nextId,
      at: state.clock,
      choice: state.lastChoice,
    });
  });

  it('a transcript entry is what `{ ...entry, id, at }` made', () => {
    const state = stateAfterAChoice();
    const entry = { kind: 'event', speaker: null, text: 'Promise broken.' } as const;
    const [made] = addTranscript(state, entry);
    expectSameObject(made, { ...entry, id: state.nextId, at: state.clock });
  });

  it("a person's machine snapshot has its value, context and status in that order", () => {
    const scenario = libraryScenario('late-supplier.ink');
    if (!scenario) throw new Error('late-supplier.ink does not compile');
    let checked = 0;
    for (const character of scenario.meta.characters) {
      const person = initialPerson(character);
      const moved =
        person.kind === 'customer'
          ? sendMood(person, { type: 'listen' })
          : person.kind === 'partner'
            ? sendTrust(person, { type: 'consult' })
            : person;
      for (const snapshot of Object.values(moved).filter(
        (value): value is object =>
          typeof value === 'object' && value !== null && 'status' in value,
      )) {
        expect(Object.keys(snapshot)).toEqual(['value', 'context', 'status']);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1);
  });
});
