/**
 * What the record tags do (src/sim/story/tag-parsers-records.ts): the contact log, agreements,
 * promises and SLAs are recorded and settled; and, as the clock moves on, customers wait and
 * promises and SLAs that fall due are broken or breached. Pure: a state in, a new state out.
 * apply-tags.ts hands these tags here and moves the clock with advanceClock.
 */
import { clockLabel, resolveDue } from '../story/clock.ts';
import { deadlineProblem } from '../story/narrated-time.ts';
import { sendMood, sendTrust, type PersonState } from '../people/people.ts';
import type { Agreement, LogEntry, PromiseRecord, SlaRecord } from './records.ts';
import { characterName, type ScenarioMeta } from '../story/scenario.ts';
import type { RecordTag } from '../story/tags.ts';
import {
  addMoment,
  addTranscript,
  problem,
  updatePerson,
  withId,
  type SimState,
} from './sim-state.ts';

const BROKEN_PROMISE_PENALTY = -2;

/** How a promise came to break, in the words of the transcript's event and of its score. */
interface HowBroken {
  readonly event: string;
  readonly why: string;
}
const BY_DEADLINE: HowBroken = {
  event: 'that time has passed',
  why: 'the time passed without it',
};
const BY_THE_STORY: HowBroken = {
  event: 'it cannot now be kept',
  why: 'it was broken before then',
};

/** Move the clock on: customers wait, and promises and SLAs that fall due are settled. */
export function advanceClock(state: SimState, minutes: number, meta: ScenarioMeta): SimState {
  // Every customer waits: one new set of people, not one per customer.
  const wait = { type: 'wait', minutes } as const;
  let people: Record<string, PersonState> | null = null;
  for (const who in state.people) {
    const person = state.people[who]!;
    const waited = person.kind === 'customer' ? sendMood(person, wait) : person;
    if (waited !== person) (people ??= { ...state.people })[who] = waited;
  }
  let next: SimState = { ...state, clock: state.clock + minutes, people: people ?? state.people };
  for (const promise of next.promises) {
    if (promise.status !== 'open' || next.clock <= promise.dueAt) continue;
    next = breakPromise(next, promise, meta, BY_DEADLINE, null);
  }
  for (const sla of next.slas) {
    if (sla.status !== 'running' || next.clock <= sla.dueAt) continue;
    next = {
      ...next,
      slas: next.slas.map((s) => (s.id === sla.id ? { ...s, status: 'breached' as const } : s)),
    };
    next = updatePerson(next, sla.partner, (p) => ({ ...p, status: 'breached' }));
    [, next] = addTranscript(next, {
      kind: 'event',
      speaker: null,
      text: `SLA breached: ${characterName(meta, sla.partner)} — ${sla.what} (due ${clockLabel(sla.dueAt, meta.start)}).`,
    });
  }
  return next;
}

/**
 * A promise is broken, by its deadline passing or at a point the story marks
 * (`# broken:`): the same consequences either way, once, since only an open
 * promise can break. The customer's mood takes "break-promise" (a partner's
 * trust "ignore") and follow-through loses 2; `why`, when the story gives
 * one, is what the learner reads for that score.
 */
function breakPromise(
  state: SimState,
  promise: PromiseRecord,
  meta: ScenarioMeta,
  how: HowBroken,
  why: string | null,
): SimState {
  let next: SimState = {
    ...state,
    promises: state.promises.map((p) =>
      p.id === promise.id ? { ...p, status: 'broken' as const } : p,
    ),
  };
  const to = next.people[promise.to];
  if (to?.kind === 'customer')
    next = updatePerson(next, promise.to, (p) => sendMood(p, { type: 'break-promise' }));
  if (to?.kind === 'partner')
    next = updatePerson(next, promise.to, (p) => sendTrust(p, { type: 'ignore' }));
  const name = characterName(meta, promise.to);
  const due = clockLabel(promise.dueAt, meta.start);
  [, next] = addTranscript(next, {
    kind: 'event',
    speaker: null,
    text: `Promise broken: you told ${name} "${promise.what}" by ${due}, and ${how.event}.`,
  });
  return addMoment(next, {
    dimension: 'follow-through',
    delta: BROKEN_PROMISE_PENALTY,
    why:
      why ??
      `You promised ${name} "${promise.what}" by ${due} and ${how.why}: a broken promise during a recovery is a second failure.`,
  });
}

/** In a dated story, a deadline's words must agree with the deadline its tag sets. */
function checkDeadline(
  state: SimState,
  what: string,
  madeAt: number,
  dueAt: number,
  meta: ScenarioMeta,
): SimState {
  if (!meta.start?.dated) return state;
  const wrong = deadlineProblem(what, madeAt, dueAt, meta.start);
  return wrong ? problem(state, wrong) : state;
}

/** Record, or settle, what a log, agreement, promise or SLA tag says. */
export function applyRecordTag(state: SimState, tag: RecordTag, meta: ScenarioMeta): SimState {
  switch (tag.kind) {
    case 'log': {
      const [id, next] = withId(state);
      const entry: LogEntry = {
        id,
        who: tag.who,
        channel: tag.channel,
        summary: tag.summary,
        at: next.clock,
      };
      return { ...next, log: [...next.log, entry] };
    }
    case 'agree': {
      const [id, next] = withId(state);
      const agreement: Agreement = {
        id,
        who: tag.who,
        written: tag.written,
        what: tag.what,
        at: next.clock,
      };
      // A written confirmation replaces the verbal agreement it confirms, so it is listed once.
      const verbal = tag.confirms
        ? next.agreements.findLastIndex((a) => a.who === tag.who && !a.written)
        : -1;
      const kept = next.agreements.filter((_, index) => index !== verbal);
      return { ...next, agreements: [...kept, agreement] };
    }
    case 'promise': {
      const promise: PromiseRecord = {
        id: tag.id,
        to: tag.to,
        what: tag.what,
        madeAt: state.clock,
        dueAt: resolveDue(tag.due, state.clock, meta.start),
        status: 'open',
      };
      const next = {
        ...state,
        promises: [...state.promises.filter((p) => p.id !== tag.id), promise],
      };
      return checkDeadline(next, tag.what, promise.madeAt, promise.dueAt, meta);
    }
    case 'kept':
      return settlePromise(state, tag.id, 'kept');
    case 'withdrawn':
      return settlePromise(state, tag.id, 'withdrawn');
    case 'broken': {
      const promise = openPromise(state, 'broken', tag.id);
      if (typeof promise === 'string') return problem(state, promise);
      return promise ? breakPromise(state, promise, meta, BY_THE_STORY, tag.why) : state;
    }
    case 'revised': {
      const promise = openPromise(state, 'revised', tag.id);
      if (typeof promise === 'string') return problem(state, promise);
      if (!promise) return state;
      const revised: PromiseRecord = {
        ...promise,
        what: tag.what,
        dueAt: resolveDue(tag.due, state.clock, meta.start),
        // The first words and deadline stay on record, however often it is revised.
        revised: promise.revised ?? { what: promise.what, dueAt: promise.dueAt },
      };
      const next = {
        ...state,
        promises: state.promises.map((p) => (p.id === tag.id ? revised : p)),
      };
      return checkDeadline(next, tag.what, state.clock, revised.dueAt, meta);
    }
    case 'sla': {
      const sla: SlaRecord = {
        id: tag.id,
        partner: tag.partner,
        what: tag.what,
        startedAt: state.clock,
        dueAt: resolveDue(tag.due, state.clock, meta.start),
        status: 'running',
      };
      const next = { ...state, slas: [...state.slas.filter((s) => s.id !== tag.id), sla] };
      return checkDeadline(next, tag.what, sla.startedAt, sla.dueAt, meta);
    }
    case 'sla-met':
    case 'sla-breached': {
      if (!state.slas.some((s) => s.id === tag.id))
        return problem(state, `no SLA "${tag.id}" has been started`);
      const status = tag.kind === 'sla-met' ? 'met' : 'breached';
      return { ...state, slas: state.slas.map((s) => (s.id === tag.id ? { ...s, status } : s)) };
    }
  }
}

/**
 * The open promise a `# kept:`, `# broken:`, `# withdrawn:` or `# revised:`
 * names; null when it is already settled (on this path its deadline came
 * first, say), or a problem when no promise has that id yet.
 */
function openPromise(
  state: SimState,
  tag: 'kept' | 'broken' | 'withdrawn' | 'revised',
  id: string,
): PromiseRecord | null | string {
  const promise = state.promises.find((p) => p.id === id);
  if (!promise) return `"# ${tag}: ${id}" names no promise made so far`;
  return promise.status === 'open' ? promise : null;
}

/** Kept, or withdrawn: either way it is settled with no score of its own (the choice that did it carries one). */
function settlePromise(state: SimState, id: string, status: 'kept' | 'withdrawn'): SimState {
  const promise = openPromise(state, status, id);
  if (typeof promise === 'string') return problem(state, promise);
  if (!promise) return state;
  return { ...state, promises: state.promises.map((p) => (p.id === id ? { ...p, status } : p)) };
}
