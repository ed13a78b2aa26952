import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import {
  ALLIED_AT,
  COOPERATIVE_AT,
  STANCE_WORDS,
  STANCES,
  STRAINED_AT,
  TRUST_EFFECTS,
  type PartnerContext,
  type PartnerEvent,
  type Stance,
} from '../../src/sim/people/partner-relationship.ts';
import { partnerRelationshipMachine } from '../../src/sim/people/partner-relationship-machine.ts';
import { feelingWords, initialPerson, sendTrust, stanceOf } from '../../src/sim/people/people.ts';
import { TRUST_EVENTS, type TrustEventName } from '../../src/sim/story/tags.ts';

type Snapshot = ReturnType<typeof initialTransition<typeof partnerRelationshipMachine>>[0];

const start = (formal = true): Snapshot =>
  initialTransition(partnerRelationshipMachine, { formal })[0];

function at(stance: Stance, context: Partial<PartnerContext>): Snapshot {
  return partnerRelationshipMachine.resolveState({
    value: stance,
    context: {
      trust: 60,
      formal: true,
      ...context,
    },
  });
}

function send(snapshot: Snapshot, ...events: TrustEventName[]): Snapshot {
  return events.reduce(
    (current, type) => transition(partnerRelationshipMachine, current, { type })[0],
    snapshot,
  );
}

describe('the partner-relationship machine', () => {
  it('starts cooperative at trust 60', () => {
    const formal = start(true);
    expect(formal.value).toBe('cooperative');
    expect(formal.context).toEqual({
      trust: 60,
      formal: true,
    });
    expect(start(false).context.formal).toBe(false);
  });

  it('has an effect on trust for every trust event of the tag protocol', () => {
    expect(Object.keys(TRUST_EFFECTS).sort()).toEqual([...TRUST_EVENTS].sort());
  });

  describe('moves trust by each event', () => {
    it.each([
      ['consult', 70],
      ['share', 70],
      ['agree-written', 70],
      ['agree-verbal', 60],
      ['support', 70],
      ['thank', 65],
      ['pressure', 55],
      ['blame', 40],
      ['bypass', 45],
      ['ignore', 50],
    ] as const)('"%s" takes a formal partner from 60 to %i', (event, trust) => {
      expect(send(start(true), event).context.trust).toBe(trust);
      expect(TRUST_EFFECTS[event]).toBe(trust - 60);
    });

    it('charges the same for every event but pressure whether the partner is formal or informal', () => {
      for (const event of TRUST_EVENTS) {
        if (event === 'pressure') continue;
        expect(send(start(false), event).context.trust).toBe(
          send(start(true), event).context.trust,
        );
      }
    });
  });

  describe('pressure', () => {
    it('costs a formal partner 5: holding them to their SLA is legitimate', () => {
      expect(send(start(true), 'pressure').context.trust).toBe(55);
    });

    it('costs an informal partner 15: there is no contract to invoke', () => {
      expect(send(start(false), 'pressure').context.trust).toBe(45);
      expect(send(start(false), 'pressure', 'pressure').value).toBe('strained');
      expect(send(start(true), 'pressure', 'pressure').value).toBe('cooperative');
    });
  });

  describe('keeps trust between 0 and 100', () => {
    it('does not go above 100', () => {
      const high = send(start(), 'support', 'support', 'support', 'support', 'support', 'consult');
      expect(high.context.trust).toBe(100);
      expect(send(high, 'thank').context.trust).toBe(100);
    });

    it('does not go below 0', () => {
      const low = send(start(), 'blame', 'blame', 'blame', 'blame');
      expect(low.context.trust).toBe(0);
      expect(send(low, 'bypass').context.trust).toBe(0);
      expect(low.value).toBe('defensive');
    });
  });

  describe('chooses the stance from trust at the thresholds', () => {
    it('uses thresholds in the expected order', () => {
      expect(STRAINED_AT).toBeLessThan(COOPERATIVE_AT);
      expect(COOPERATIVE_AT).toBeLessThan(ALLIED_AT);
    });

    it.each([
      [ALLIED_AT + 5, 'allied'],
      [ALLIED_AT, 'allied'],
      [ALLIED_AT - 5, 'cooperative'],
      [COOPERATIVE_AT, 'cooperative'],
      [COOPERATIVE_AT - 5, 'strained'],
      [STRAINED_AT, 'strained'],
      [STRAINED_AT - 5, 'defensive'],
      [0, 'defensive'],
    ] as const)('at trust %i after any event the partner is %s', (trust, stance) => {
      // agree-verbal moves no trust, so the stance is judged at exactly this trust.
      expect(send(at('cooperative', { trust }), 'agree-verbal').value).toBe(stance);
    });

    it.each([
      [ALLIED_AT - 1, 'cooperative'],
      [COOPERATIVE_AT - 1, 'strained'],
      [STRAINED_AT - 1, 'defensive'],
    ] as const)('one point below a threshold (%i) the partner is %s', (trust, stance) => {
      expect(send(at('allied', { trust }), 'agree-verbal').value).toBe(stance);
    });

    it('crosses each threshold in both directions', () => {
      const allied = send(start(), 'consult', 'share');
      expect(allied.context.trust).toBe(ALLIED_AT);
      expect(allied.value).toBe('allied');
      expect(send(allied, 'pressure').value).toBe('cooperative');

      const strained = send(start(), 'blame');
      expect(strained.context.trust).toBe(40);
      expect(strained.value).toBe('strained');
      expect(send(strained, 'consult').value).toBe('cooperative');

      const defensive = send(start(), 'blame', 'bypass');
      expect(defensive.context.trust).toBe(STRAINED_AT);
      expect(defensive.value).toBe('strained');
      expect(send(defensive, 'ignore').value).toBe('defensive');
      expect(send(defensive, 'ignore', 'thank').value).toBe('defensive');
      expect(send(defensive, 'ignore', 'support').value).toBe('strained');
    });

    it('never rests in the transient judging state', () => {
      for (const event of TRUST_EVENTS) expect(STANCES).toContain(send(start(), event).value);
    });
  });

  describe('keeps what it was given', () => {
    it('leaves the formal flag alone', () => {
      for (const event of TRUST_EVENTS) {
        expect(send(start(false), event).context.formal).toBe(false);
        expect(send(start(true), event).context.formal).toBe(true);
      }
    });
  });

  it('has words for every stance', () => {
    for (const stance of STANCES) expect(STANCE_WORDS[stance]).toMatch(/\S/);
  });

  describe.each([true, false])('as a model (formal: %s)', (formal) => {
    const events: PartnerEvent[] = TRUST_EVENTS.map((type) => ({ type }));
    const key = (value: unknown, context: PartnerContext) => JSON.stringify([value, context.trust]);
    const paths = getShortestPaths(partnerRelationshipMachine, {
      input: { formal },
      events,
      serializeState: (snapshot) => key(snapshot.value, snapshot.context),
    });

    it('reaches every stance from the start', () => {
      expect([...new Set(paths.map((path) => path.state.value))].sort()).toEqual(
        [...STANCES].sort(),
      );
    });

    it('reaches every multiple of 5 from 0 to 100 and no other trust', () => {
      const trusts = new Set(paths.map((path) => path.state.context.trust));
      expect([...trusts].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 21 }, (_, i) => i * 5),
      );
    });

    it("walks each path through the session's people model, with the stance its trust calls for", () => {
      const partner = {
        id: 'p',
        name: 'P',
        role: 'Supplier',
        kind: 'partner',
        look: 'calder',
        relationship: { formal, agreement: 'terms' },
      } as const;
      for (const path of paths) {
        let person = initialPerson(partner);
        for (const step of path.steps.slice(1)) {
          person = sendTrust(person, step.event);
          if (person.kind !== 'partner') throw new Error('a partner stays a partner');
          expect(key(person.relationship.value, person.relationship.context)).toBe(
            key(step.state.value, step.state.context),
          );
          const trust = person.relationship.context.trust;
          const expected: Stance =
            trust >= ALLIED_AT
              ? 'allied'
              : trust >= COOPERATIVE_AT
                ? 'cooperative'
                : trust >= STRAINED_AT
                  ? 'strained'
                  : 'defensive';
          expect(stanceOf(person)).toBe(expected);
          expect(feelingWords(person)).toBe(STANCE_WORDS[expected]);
        }
      }
    });
  });
});
