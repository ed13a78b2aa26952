/**
 * The play screen runs the mood and relationship machines from their tables
 * (issue 17: XState stays off the first screen). The XState machines remain
 * the source of truth: these tests fail when the committed tables are stale,
 * and prove that from any state, with any context, every event leads where
 * the machine leads.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { machineTablesSource, TABLES_FILE } from '../../src/build/machine-tables.ts';
import { customerMoodMachine } from '../../src/sim/people/customer-mood-machine.ts';
import type { Escalation, MoodContext } from '../../src/sim/people/customer-mood-rules.ts';
import { MOODS, type MoodEvent } from '../../src/sim/people/customer-mood.ts';
import { partnerRelationshipMachine } from '../../src/sim/people/partner-relationship-machine.ts';
import { STANCES, type PartnerEvent } from '../../src/sim/people/partner-relationship.ts';
import {
  initialPerson,
  sendMood,
  sendTrust,
  type PersonState,
} from '../../src/sim/people/people.ts';
import { MOOD_EVENTS, TRUST_EVENTS } from '../../src/sim/story/tags.ts';

/** What the game reads of a snapshot, from either runner. */
const seen = (snapshot: { value: unknown; context: unknown; status: string }) => ({
  value: snapshot.value,
  context: snapshot.context,
  status: snapshot.status,
});

const moodEvent = fc.oneof(
  fc.constantFrom(...MOOD_EVENTS).map((type): MoodEvent => ({ type })),
  fc.integer({ min: 0, max: 400 }).map((minutes): MoodEvent => ({ type: 'wait', minutes })),
);
const escalations: (Escalation | null)[] = [
  null,
  'asks for a manager',
  'threatens to take their business elsewhere',
  'says they will post a bad review',
];
const moodContext = fc.record<MoodContext>({
  patience: fc.integer({ min: 0, max: 6 }),
  waited: fc.integer({ min: 0, max: 300 }),
  failures: fc.integer({ min: 0, max: 4 }),
  recoveryPromised: fc.boolean(),
  doubleDeviation: fc.boolean(),
  escalation: fc.constantFrom(...escalations),
});
const trustEvent = fc.constantFrom(...TRUST_EVENTS).map((type): PartnerEvent => ({ type }));

const customer = (mood: PersonState): Extract<PersonState, { kind: 'customer' }> => {
  if (mood.kind !== 'customer') throw new Error('not a customer');
  return mood;
};
const partner = (person: PersonState): Extract<PersonState, { kind: 'partner' }> => {
  if (person.kind !== 'partner') throw new Error('not a partner');
  return person;
};

describe('the machine tables', () => {
  it('are what src/build/machine-tables.ts makes of the machines today (npm run machines:tables)', async () => {
    expect(readFileSync(TABLES_FILE, 'utf8')).toBe(await machineTablesSource());
  });
});

describe("the customer's mood, run from its table", () => {
  const start = () => initialPerson({ id: 'c', kind: 'customer' } as never);

  it('starts where the machine starts', () => {
    expect(seen(customer(start()).mood)).toEqual(seen(initialTransition(customerMoodMachine)[0]));
  });

  it('goes where the machine goes, from every mood with any context, for every event', () => {
    for (const mood of MOODS) {
      fc.assert(
        fc.property(moodContext, moodEvent, (context, event) => {
          const snapshot = customerMoodMachine.resolveState({ value: mood, context });
          const person: PersonState = {
            kind: 'customer',
            mood: seen(snapshot) as never,
            status: 'on-track',
          };
          const byTable = customer(sendMood(person, event)).mood;
          expect(seen(byTable)).toEqual(seen(transition(customerMoodMachine, snapshot, event)[0]));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('follows the machine along any sequence of events from the start', () => {
    fc.assert(
      fc.property(fc.array(moodEvent, { maxLength: 30 }), (events) => {
        let person = start();
        let [snapshot] = initialTransition(customerMoodMachine);
        for (const event of events) {
          person = sendMood(person, event);
          [snapshot] = transition(customerMoodMachine, snapshot, event);
          expect(seen(customer(person).mood)).toEqual(seen(snapshot));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a partner's relationship, run from its table", () => {
  it('goes where the machine goes, from every stance, trust and formality, for every event', () => {
    for (const formal of [true, false]) {
      const [initial] = initialTransition(partnerRelationshipMachine, { formal });
      const start = partner(
        initialPerson({ id: 'p', kind: 'partner', relationship: { formal } } as never),
      );
      expect(seen(start.relationship)).toEqual(seen(initial));
      for (const stance of STANCES)
        for (let trust = 0; trust <= 100; trust++)
          for (const type of TRUST_EVENTS) {
            const snapshot = partnerRelationshipMachine.resolveState({
              value: stance,
              context: { trust, formal },
            });
            const person = { ...start, relationship: seen(snapshot) as never };
            expect(seen(partner(sendTrust(person, { type })).relationship)).toEqual(
              seen(transition(partnerRelationshipMachine, snapshot, { type })[0]),
            );
          }
    }
  });

  it('follows the machine along any sequence of events from the start', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(trustEvent, { maxLength: 30 }), (formal, events) => {
        let person: PersonState = initialPerson({
          id: 'p',
          kind: 'partner',
          relationship: { formal },
        } as never);
        let [snapshot] = initialTransition(partnerRelationshipMachine, { formal });
        for (const event of events) {
          person = sendTrust(person, event);
          [snapshot] = transition(partnerRelationshipMachine, snapshot, event);
          expect(seen(partner(person).relationship)).toEqual(seen(snapshot));
        }
      }),
      { numRuns: 300 },
    );
  });
});
