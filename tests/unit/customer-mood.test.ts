import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import {
  customerMoodMachine,
  INITIAL_PATIENCE,
  type Escalation,
  type MoodContext,
} from '../../src/sim/people/customer-mood-machine.ts';
import {
  MOOD_RANK,
  MOOD_WORDS,
  MOODS,
  type Mood,
  type MoodEvent,
} from '../../src/sim/people/customer-mood.ts';
import {
  feelingWords,
  initialPerson,
  moodOf,
  sendMood,
  type PersonState,
} from '../../src/sim/people/people.ts';
import { MOOD_EVENTS, type MoodEventName } from '../../src/sim/story/tags.ts';

type Snapshot = ReturnType<typeof initialTransition<typeof customerMoodMachine>>[0];

const MANAGER: Escalation = 'asks for a manager';
const LEAVE: Escalation = 'threatens to take their business elsewhere';
const REVIEW: Escalation = 'says they will post a bad review';

const BASE: MoodContext = {
  patience: 4,
  waited: 0,
  failures: 0,
  recoveryPromised: false,
  doubleDeviation: false,
  escalation: null,
};

/** A snapshot in the given mood with the given context (no `always` is run). */
function at(mood: Mood, context: Partial<MoodContext> = {}): Snapshot {
  return customerMoodMachine.resolveState({ value: mood, context: { ...BASE, ...context } });
}

function send(snapshot: Snapshot, ...events: MoodEvent[]): Snapshot {
  return events.reduce(
    (current, event) => transition(customerMoodMachine, current, event)[0],
    snapshot,
  );
}

const ev = (type: MoodEventName): MoodEvent => ({ type });
const wait = (minutes: number): MoodEvent => ({ type: 'wait', minutes });

/** Play events from the start of a scenario. */
function play(...events: (MoodEventName | MoodEvent)[]): Snapshot {
  const [start] = initialTransition(customerMoodMachine);
  return send(start, ...events.map((e) => (typeof e === 'string' ? ev(e) : e)));
}

/** Handling that helps, and handling that hurts: every mood event is one or the other. */
const GOOD = ['listen', 'apologise', 'reassure', 'resolve', 'exceed', 'keep-promise'] as const;
const POOR = ['dismiss', 'blame-partner', 'fail', 'break-promise'] as const;

describe('the customer-mood machine', () => {
  it('starts calm, with full patience and nothing gone wrong', () => {
    const [start] = initialTransition(customerMoodMachine);
    expect(start.value).toBe('calm');
    expect(start.context).toEqual({
      patience: INITIAL_PATIENCE,
      waited: 0,
      failures: 0,
      recoveryPromised: false,
      doubleDeviation: false,
      escalation: null,
    });
  });

  it('keeps patience between 0 and 6', () => {
    expect(send(at('calm', { patience: 6 }), ev('listen')).context.patience).toBe(6);
    expect(send(at('satisfied', { patience: 5 }), ev('resolve')).context.patience).toBe(6);
    expect(
      send(at('escalated', { patience: 1, escalation: MANAGER }), ev('dismiss')).context.patience,
    ).toBe(0);
    expect(send(at('angry', { patience: 2 }), ev('fail')).context.patience).toBe(1);
    expect(
      send(at('angry', { patience: 2, recoveryPromised: true }), ev('fail')).context.patience,
    ).toBe(0);
  });

  it('counts a failure while angry as a double deviation only when a recovery was promised', () => {
    const promised = send(at('angry', { recoveryPromised: true }), ev('fail'));
    expect(promised.value).toBe('escalated');
    expect(promised.context.doubleDeviation).toBe(true);
    const unpromised = send(at('angry'), ev('fail'));
    expect(unpromised.value).toBe('escalated');
    expect(unpromised.context.doubleDeviation).toBe(false);
  });

  it('treats "lost" as final: the customer has given up', () => {
    const lost = play('dismiss', 'dismiss', 'dismiss', 'dismiss', 'dismiss');
    expect(lost.value).toBe('lost');
    expect(lost.status).toBe('done');
    for (const event of MOOD_EVENTS) expect(send(lost, ev(event)).value).toBe('lost');
  });

  describe('double deviation', () => {
    it('is not what a first failure is', () => {
      const once = play('fail');
      expect(once.value).toBe('concerned');
      expect(once.context).toMatchObject({
        failures: 1,
        doubleDeviation: false,
        patience: INITIAL_PATIENCE - 1,
      });
    });

    it('is a failure after a recovery was promised, and it hits three times as hard', () => {
      const promised = play('fail', 'reassure');
      expect(promised.value).toBe('reassured');
      expect(promised.context.recoveryPromised).toBe(true);
      const second = send(promised, ev('fail'));
      expect(second.value).toBe('angry');
      expect(second.context).toMatchObject({
        failures: 2,
        doubleDeviation: true,
        recoveryPromised: false,
        patience: promised.context.patience - 3,
      });
    });

    it('sends a concerned customer who was promised a recovery straight to angry', () => {
      const promised = at('concerned', { recoveryPromised: true, failures: 1 });
      const after = send(promised, ev('fail'));
      expect(after.value).toBe('angry');
      expect(after.context.doubleDeviation).toBe(true);
      expect(send(at('concerned', { failures: 1 }), ev('fail')).value).toBe('frustrated');
    });

    it('applies to a frustrated or satisfied customer who was promised a recovery', () => {
      for (const mood of ['frustrated', 'satisfied', 'calm'] as const) {
        const after = send(at(mood, { recoveryPromised: true }), ev('fail'));
        expect(after.value).toBe('angry');
        expect(after.context).toMatchObject({ doubleDeviation: true, patience: 1, failures: 1 });
      }
    });

    it('is what a broken promise always is', () => {
      for (const mood of [
        'calm',
        'concerned',
        'frustrated',
        'reassured',
        'satisfied',
        'advocate',
      ] as const) {
        expect(send(at(mood), ev('break-promise')).context.doubleDeviation).toBe(true);
      }
    });

    it('is remembered after the customer is put right again', () => {
      const recovered = play('fail', 'reassure', 'fail', 'resolve');
      expect(recovered.value).toBe('reassured');
      expect(recovered.context.doubleDeviation).toBe(true);
    });
  });

  describe('becoming an advocate (the service-recovery paradox)', () => {
    it('happens when a recovery goes beyond putting a failure right', () => {
      expect(play('fail', 'exceed').value).toBe('advocate');
      expect(play('fail', 'reassure', 'exceed').value).toBe('advocate');
      expect(play('fail', 'resolve', 'exceed').value).toBe('advocate');
    });

    it('needs a failure first: exceeding expectations with nothing wrong only satisfies', () => {
      expect(play('exceed').value).toBe('satisfied');
      expect(play('dismiss', 'exceed').value).toBe('satisfied');
      expect(play('reassure', 'exceed').value).toBe('satisfied');
      expect(play('resolve', 'exceed').value).toBe('satisfied');
    });

    it('is out of reach after a double deviation', () => {
      const doubled = play('fail', 'reassure', 'fail');
      expect(doubled.context.doubleDeviation).toBe(true);
      const after = send(doubled, ev('resolve'), ev('exceed'), ev('exceed'));
      expect(after.value).toBe('satisfied');
      expect(send(play('fail', 'break-promise', 'resolve', 'resolve'), ev('exceed')).value).toBe(
        'satisfied',
      );
    });

    it('is out of reach from frustrated, angry or escalated in one step', () => {
      expect(send(at('frustrated', { failures: 1 }), ev('exceed')).value).toBe('satisfied');
      expect(send(at('angry', { failures: 1 }), ev('exceed')).value).toBe('reassured');
      expect(send(at('escalated', { failures: 1, escalation: MANAGER }), ev('exceed')).value).toBe(
        'concerned',
      );
    });

    it('is lost again by poor handling, but not below satisfied', () => {
      const advocate = play('fail', 'exceed');
      expect(send(advocate, ev('dismiss')).value).toBe('satisfied');
      expect(send(advocate, ev('fail')).value).toBe('concerned');
    });
  });

  describe('patience exhaustion', () => {
    it.each([
      [
        'a calm customer dismissed with 2 patience left',
        at('calm', { patience: 2 }),
        ev('dismiss'),
      ],
      [
        'a concerned customer who meets a failure with 1 patience left',
        at('concerned', { patience: 1 }),
        ev('fail'),
      ],
      [
        'a frustrated customer blamed on a partner with 2 patience left',
        at('frustrated', { patience: 2 }),
        ev('blame-partner'),
      ],
      [
        'a reassured customer whose recovery fails with 3 patience left',
        at('reassured', { patience: 3, recoveryPromised: true }),
        ev('fail'),
      ],
    ])('escalates %s, asking for a manager', (_name, before, event) => {
      const after = send(before, event);
      expect(after.value).toBe('escalated');
      expect(after.context.patience).toBe(0);
      expect(after.context.escalation).toBe(MANAGER);
    });

    it('escalates an angry customer who waits too long to asking for a manager, with patience to spare', () => {
      const after = send(at('angry', { patience: 2 }), wait(90));
      expect(after.value).toBe('escalated');
      expect(after.context).toMatchObject({ patience: 1, escalation: MANAGER });
    });

    it('escalates an angry customer who is dismissed to a bad review', () => {
      const after = send(at('angry'), ev('dismiss'));
      expect(after.value).toBe('escalated');
      expect(after.context.escalation).toBe(REVIEW);
      expect(send(at('angry'), ev('blame-partner')).context.escalation).toBe(REVIEW);
    });

    it('escalates an angry customer who meets another failure to a threat to leave', () => {
      expect(send(at('angry'), ev('fail')).context.escalation).toBe(LEAVE);
      expect(send(at('angry'), ev('break-promise')).context.escalation).toBe(LEAVE);
    });

    it('can be reached from the start by repeated poor handling', () => {
      const after = play('dismiss', 'blame-partner', 'dismiss');
      expect(after.value).toBe('escalated');
      expect(after.context.escalation).toBe(MANAGER);
    });

    it('clears the escalation once the customer is brought back', () => {
      const escalated = play('dismiss', 'blame-partner', 'dismiss');
      for (const event of ['apologise', 'reassure', 'resolve', 'exceed', 'keep-promise'] as const) {
        expect(send(escalated, ev(event)).context.escalation).toBeNull();
      }
      expect(send(escalated, ev('listen')).context.escalation).toBe(MANAGER);
    });

    it('does not escalate a customer who still has patience', () => {
      const after = send(at('calm', { patience: 3 }), ev('dismiss'));
      expect(after.value).toBe('concerned');
      expect(after.context.escalation).toBeNull();
    });
  });

  describe('waiting', () => {
    it('wears a calm customer down once they have waited 30 minutes per point of patience, plus 30', () => {
      const start = play();
      const threshold = (INITIAL_PATIENCE + 1) * 30;
      const almost = send(start, wait(threshold - 1));
      expect(almost.value).toBe('calm');
      expect(almost.context.waited).toBe(threshold - 1);
      const worn = send(almost, wait(1));
      expect(worn.value).toBe('concerned');
      expect(worn.context).toMatchObject({ waited: 0, patience: INITIAL_PATIENCE - 1 });
    });

    it('adds up several short waits', () => {
      expect(play({ type: 'wait', minutes: 100 }, { type: 'wait', minutes: 79 }).value).toBe(
        'calm',
      );
      expect(play({ type: 'wait', minutes: 100 }, { type: 'wait', minutes: 80 }).value).toBe(
        'concerned',
      );
    });

    it.each([
      ['calm', 'concerned', 4, 150],
      ['concerned', 'frustrated', 3, 120],
      ['frustrated', 'angry', 2, 90],
      ['angry', 'escalated', 2, 90],
      ['escalated', 'lost', 1, 60],
    ] as const)(
      'moves a %s customer to %s after (patience + 1) × 30 minutes',
      (from, to, patience, limit) => {
        const before = at(from, {
          patience,
          ...(from === 'escalated' ? { escalation: MANAGER } : {}),
        });
        expect(send(before, wait(limit - 1)).value).toBe(from);
        const after = send(before, wait(limit));
        expect(after.value).toBe(to);
        expect(after.context).toMatchObject({ waited: 0, patience: patience - 1 });
      },
    );

    it('escalates a frustrated customer whose last patience runs out while waiting', () => {
      const after = send(at('frustrated', { patience: 1 }), wait(60));
      expect(after.value).toBe('escalated');
      expect(after.context.escalation).toBe(MANAGER);
    });

    it('moves one step per wait, however long the wait', () => {
      expect(send(at('calm', { patience: 5 }), wait(7 * 24 * 60)).value).toBe('concerned');
    });

    it('restarts the count after meaningful contact', () => {
      const waited = send(at('concerned', { patience: 4 }), wait(140));
      const listened = send(waited, ev('listen'));
      expect(listened.context.waited).toBe(0);
      expect(send(listened, wait(140)).value).toBe('concerned');
    });

    it('does not move a customer with a plan, or one already put right', () => {
      for (const mood of ['reassured', 'satisfied', 'advocate'] as const) {
        const after = send(at(mood, { patience: 0 }), wait(100_000));
        expect(after.value).toBe(mood);
        expect(after.context.waited).toBe(0);
      }
    });
  });

  it('ranks every mood and has words for it', () => {
    for (const mood of MOODS) {
      expect(MOOD_WORDS[mood]).toMatch(/\S/);
      expect(typeof MOOD_RANK[mood]).toBe('number');
    }
    expect(new Set(Object.values(MOOD_RANK)).size).toBe(MOODS.length);
    expect(MOOD_RANK.lost).toBeLessThan(MOOD_RANK.escalated);
    expect(MOOD_RANK.calm).toBeLessThan(MOOD_RANK.reassured);
    expect(MOOD_RANK.satisfied).toBeLessThan(MOOD_RANK.advocate);
  });

  describe('as a model (every state reachable, every path walkable)', () => {
    const events: MoodEvent[] = [...MOOD_EVENTS.map(ev), wait(30), wait(240)];
    // Guards read only whether there has been a failure, so failures are capped
    // in the key; everything else in the context is finite under these events.
    const key = (value: unknown, context: MoodContext) =>
      JSON.stringify([value, { ...context, failures: Math.min(context.failures, 1) }]);
    const paths = getShortestPaths(customerMoodMachine, {
      events,
      serializeState: (snapshot) => key(snapshot.value, snapshot.context),
    });

    it('reaches every mood from the start', () => {
      const reached = new Set(paths.map((path) => path.state.value));
      expect([...reached].sort()).toEqual([...MOODS].sort());
    });

    // Every state the walk reaches, each met with every event: what holds of
    // every step is the machine's behaviour, whatever its table says in detail.
    const steps = paths.flatMap((path) =>
      events.map((event) => {
        const before = customerMoodMachine.resolveState({
          value: path.state.value,
          context: path.state.context,
        });
        return { before, event, after: send(before, event) };
      }),
    );
    type Step = (typeof steps)[number];
    const rank = (snapshot: Snapshot) => MOOD_RANK[snapshot.value];
    const good = ({ event }: Step) => (GOOD as readonly string[]).includes(event.type);
    const poor = ({ event, before }: Step) =>
      (POOR as readonly string[]).includes(event.type) && before.value !== 'lost';
    /** The steps where `holds` fails, named, so a failure says which. */
    const breaking = (holds: (step: Step) => boolean) =>
      steps
        .filter((step) => !holds(step))
        .map(({ before, event, after }) => ({
          from: before.value,
          event,
          to: after.value,
          before: before.context,
          after: after.context,
        }));

    it('names every mood event as good or poor handling', () => {
      expect([...GOOD, ...POOR].sort()).toEqual([...MOOD_EVENTS].sort());
    });

    it('never makes a customer feel worse for good handling, and always worse for poor handling', () => {
      expect(breaking((step) => !good(step) || rank(step.after) >= rank(step.before))).toEqual([]);
      expect(breaking((step) => !poor(step) || rank(step.after) < rank(step.before))).toEqual([]);
    });

    it('never lifts a customer by waiting', () => {
      expect(
        breaking(
          ({ event, before, after }) => event.type !== 'wait' || rank(after) <= rank(before),
        ),
      ).toEqual([]);
    });

    it('keeps patience between 0 and 6: good handling never uses it up, poor handling always does', () => {
      expect(
        breaking(({ after }) => after.context.patience >= 0 && after.context.patience <= 6),
      ).toEqual([]);
      expect(
        breaking(
          (step) => !good(step) || step.after.context.patience >= step.before.context.patience,
        ),
      ).toEqual([]);
      expect(
        breaking(
          (step) =>
            !poor(step) ||
            step.after.context.patience <= Math.max(0, step.before.context.patience - 1),
        ),
      ).toEqual([]);
    });

    it('counts each failure once, and never forgets a double deviation', () => {
      expect(
        breaking((step) => {
          const failed = poor(step) && ['fail', 'break-promise'].includes(step.event.type);
          return step.after.context.failures === step.before.context.failures + (failed ? 1 : 0);
        }),
      ).toEqual([]);
      expect(
        breaking(
          ({ before, after }) => !before.context.doubleDeviation || after.context.doubleDeviation,
        ),
      ).toEqual([]);
    });

    it('makes an advocate only of a customer who met a failure and no double deviation', () => {
      expect(
        breaking(
          ({ after }) =>
            after.value !== 'advocate' ||
            (after.context.failures > 0 && !after.context.doubleDeviation),
        ),
      ).toEqual([]);
    });

    it('says how an escalated customer escalates, and nothing of escalation otherwise', () => {
      expect(
        breaking(({ after }) =>
          after.value === 'escalated'
            ? after.context.escalation !== null
            : after.value === 'lost' || after.context.escalation === null,
        ),
      ).toEqual([]);
    });

    it("walks each path through the session's people model and meets the model at every step", () => {
      const customer = {
        id: 'c',
        name: 'C',
        role: 'Customer',
        kind: 'customer',
        look: 'okafor',
      } as const;
      // Shortest paths share their beginnings, so each step is walked once and
      // remembered by the events that lead to it: one sendMood per state, not per step.
      const walked = new Map<string, PersonState>([['', initialPerson(customer)]]);
      for (const path of paths) {
        // The first step is the machine's own start.
        const [first, ...steps] = path.steps;
        expect(first?.state.value).toBe('calm');
        let prefix = '';
        let person = walked.get('')!;
        for (const step of steps) {
          prefix += `${JSON.stringify(step.event)};`;
          const known = walked.get(prefix);
          if (known) {
            person = known;
            continue;
          }
          person = sendMood(person, step.event);
          walked.set(prefix, person);
          if (person.kind !== 'customer') throw new Error('a customer stays a customer');
          // Paths are joined at equal keys, so compare keys, not raw failure counts.
          expect(key(person.mood.value, person.mood.context)).toBe(
            key(step.state.value, step.state.context),
          );
        }
        expect(moodOf(person)).toBe(path.state.value);
        expect(feelingWords(person)).toBe(MOOD_WORDS[path.state.value]);
      }
    });

    it('finds short paths to the paradox and to losing the customer', () => {
      const shortest = (mood: Mood) =>
        Math.min(
          ...paths.filter((path) => path.state.value === mood).map((path) => path.steps.length - 1),
        );
      expect(shortest('advocate')).toBe(2);
      expect(shortest('lost')).toBeGreaterThanOrEqual(3);
    });
  });
});
