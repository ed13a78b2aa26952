/**
 * What one line's tags do to the simulation's state: moods and trust move, the
 * clock runs (customers wait, promises and SLAs fall due), scores, evidence,
 * logs, agreements, promises, SLAs, KPIs, the chain task and the ending are
 * recorded. Pure: a state and the tags in, a new state out.
 */
import { clockLabel, resolveDue, resolveWhen } from '../story/clock.ts';
import { deadlineProblem } from '../story/narrated-time.ts';
import { sendMood, sendTrust, type PersonState } from '../people/people.ts';
import type {
  Agreement,
  ChainTraceStep,
  Decision,
  KpiReading,
  LogEntry,
  PromiseRecord,
  SlaRecord,
} from './records.ts';
import { characterName, type ScenarioMeta } from '../story/scenario.ts';
import type { MisconceptionId } from '../scoring/syllabus.ts';
import { isDecisionNoteTag, isHeaderTag, type LineTag } from '../story/tags.ts';
import { parseTag, type TagResult } from '../story/tag-parser.ts';
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
function advanceClock(state: SimState, minutes: number, meta: ScenarioMeta): SimState {
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

function applyTag(state: SimState, tag: LineTag, meta: ScenarioMeta): SimState {
  switch (tag.kind) {
    case 'speaker':
      return state;
    case 'scene':
      return { ...state, scene: tag.location };
    case 'clock':
      return advanceClock(state, tag.minutes, meta);
    case 'time': {
      // A jump to a stated time: forwards only, so the clock never runs backwards.
      const at = resolveWhen(tag.when, state.clock, meta.start);
      if (at < state.clock)
        return problem(
          state,
          `"# time:" jumps backwards, from ${clockLabel(state.clock, meta.start)} to ${clockLabel(at, meta.start)}`,
        );
      return at === state.clock ? state : advanceClock(state, at - state.clock, meta);
    }
    case 'mood': {
      if (state.people[tag.who]?.kind !== 'customer') {
        return problem(state, `"# mood: ${tag.who}" names no customer; moods belong to customers`);
      }
      return updatePerson(state, tag.who, (p) => sendMood(p, { type: tag.event }));
    }
    case 'trust': {
      if (state.people[tag.who]?.kind !== 'partner') {
        return problem(state, `"# trust: ${tag.who}" names no partner or department`);
      }
      return updatePerson(state, tag.who, (p) => sendTrust(p, { type: tag.event }));
    }
    case 'score':
      return addMoment(state, { dimension: tag.dimension, delta: tag.delta, why: tag.why });
    case 'evidence':
      return { ...state, pendingEvidence: [...state.pendingEvidence, tag.point] };
    case 'timer':
      return { ...state, pendingTimer: tag.seconds };
    case 'pin':
      // Read at build time to place the option; nothing happens when it is played.
      return state;
    case 'chain-task':
      return { ...state, pendingChainTask: tag.question };
    case 'chain-link': {
      const decision = state.decisions.at(-1);
      if (!decision?.chainTask) {
        return problem(state, `"# chain-link: ${tag.who}" follows no "# chain-task:" decision`);
      }
      const step: ChainTraceStep = {
        decision: decision.index,
        question: decision.chainTask,
        who: tag.who,
      };
      return { ...state, chainTrace: [...state.chainTrace, step] };
    }
    case 'kpi': {
      const reading: KpiReading = {
        who: tag.who,
        label: tag.label,
        value: tag.value,
        target: tag.target,
        unit: tag.unit,
        better: tag.better,
        at: state.clock,
      };
      const others = state.kpis.filter((k) => !(k.who === tag.who && k.label === tag.label));
      return { ...state, kpis: [...others, reading] };
    }
    case 'misconception':
      return addMisconception(state, tag.id);
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
    case 'status':
      return updatePerson(state, tag.who, (p) => ({ ...p, status: tag.status }));
    case 'ending':
      return { ...state, ending: { outcome: tag.outcome, title: tag.title, meaning: tag.meaning } };
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

function addMisconception(state: SimState, id: MisconceptionId): SimState {
  const last = state.decisions.at(-1);
  if (!last || state.lastChoice?.decision !== last.index) {
    return problem(state, `"# misconception: ${id}" must follow a choice`);
  }
  const updated: Decision = { ...last, misconceptions: [...last.misconceptions, id] };
  return { ...state, decisions: [...state.decisions.slice(0, -1), updated] };
}

/**
 * A story says the same few hundred tags again on every play of a line, and
 * the checker plays each line thousands of times: each raw tag is parsed once
 * (tags are read-only values). Bounded, like every cache in the player.
 */
const parsedTags = new Map<string, TagResult>();

function parsedTag(raw: string): TagResult {
  let parsed = parsedTags.get(raw);
  if (!parsed) {
    if (parsedTags.size >= 5_000) parsedTags.clear();
    parsed = parseTag(raw);
    parsedTags.set(raw, parsed);
  }
  return parsed;
}

/**
 * A line the checker replays from memory hands over the same array of tags
 * each time: its parsed tags are kept with it, so a replay looks up no text.
 */
const parsedLines = new WeakMap<readonly string[], readonly TagResult[]>();

function parsedLine(tags: readonly string[]): readonly TagResult[] {
  let parsed = parsedLines.get(tags);
  if (!parsed) {
    parsed = tags.map(parsedTag);
    parsedLines.set(tags, parsed);
  }
  return parsed;
}

/** Apply a line's tags in order; returns the speaker they name, if any. */
export function applyTags(
  state: SimState,
  tags: readonly string[],
  meta: ScenarioMeta,
): { state: SimState; speaker: string | null } {
  let next = state;
  let speaker: string | null = null;
  if (tags.length === 0) return { state, speaker };
  for (const parsed of parsedLine(tags)) {
    if (!parsed.ok) {
      next = problem(next, parsed.error);
      continue;
    }
    if (isHeaderTag(parsed.tag) || isDecisionNoteTag(parsed.tag)) continue;
    if (parsed.tag.kind === 'speaker') speaker = parsed.tag.who;
    next = applyTag(next, parsed.tag, meta);
  }
  return { state: next, speaker };
}
