/**
 * The simulation's state between two decisions, and the pure functions that
 * apply one line of story (its tags and text) to it. Everything here is
 * immutable data: a state can be kept, compared, and explored from.
 */
import { MOOD_RANK } from '../people/customer-mood.ts';
import { clockLabel, resolveDue, resolveWhen } from '../story/clock.ts';
import { datelineProblem, deadlineProblem } from '../story/narrated-time.ts';
import type { Location } from '../story/locations.ts';
import {
  initialPerson,
  moodOf,
  personKey,
  sendMood,
  sendTrust,
  stanceOf,
  type PersonState,
} from '../people/people.ts';
import type {
  Agreement,
  ChoiceRef,
  ChainTraceStep,
  Decision,
  Ending,
  HistoryPoint,
  LogEntry,
  PromiseRecord,
  ScoredMoment,
  SlaRecord,
  KpiReading,
  TranscriptEntry,
} from './records.ts';
import { characterName, type ScenarioMeta } from '../story/scenario.ts';
import type { MisconceptionId, SyllabusId } from '../scoring/syllabus.ts';
import { isDecisionNoteTag, isHeaderTag, type LineTag } from '../story/tags.ts';
import { parseTag } from '../story/tag-parser.ts';

export interface SimState {
  readonly clock: number;
  readonly scene: Location;
  readonly people: Readonly<Record<string, PersonState>>;
  readonly transcript: readonly TranscriptEntry[];
  readonly moments: readonly ScoredMoment[];
  readonly decisions: readonly Decision[];
  readonly log: readonly LogEntry[];
  readonly agreements: readonly Agreement[];
  readonly promises: readonly PromiseRecord[];
  readonly slas: readonly SlaRecord[];
  /** The latest reading of each partner KPI, for the dashboard. */
  readonly kpis: readonly KpiReading[];
  readonly history: readonly HistoryPoint[];
  readonly ending: Ending | null;
  readonly problems: readonly string[];
  readonly lastChoice: ChoiceRef | null;
  /** Syllabus points tagged for the decision the learner is about to make. */
  readonly pendingEvidence: readonly SyllabusId[];
  /** Seconds of real time the story suggests for the coming decision (a pressure cue, never scored). */
  readonly pendingTimer: number | null;
  /** The question of the chain-mapping task the coming decision belongs to, if it is one. */
  readonly pendingChainTask: string | null;
  /** The links the learner has traced in chain-mapping tasks, in order. */
  readonly chainTrace: readonly ChainTraceStep[];
  readonly nextId: number;
}

const BROKEN_PROMISE_PENALTY = -2;

export function initialState(meta: ScenarioMeta): SimState {
  const people = Object.fromEntries(
    meta.characters.map((character) => [character.id, initialPerson(character)]),
  );
  const state: SimState = {
    clock: 0,
    scene: meta.location,
    people,
    transcript: [],
    moments: [],
    decisions: [],
    log: [],
    agreements: [],
    promises: [],
    slas: [],
    kpis: [],
    history: [],
    ending: null,
    problems: [],
    lastChoice: null,
    pendingEvidence: [],
    pendingTimer: null,
    pendingChainTask: null,
    chainTrace: [],
    nextId: 1,
  };
  return recordHistory(state, 0);
}

const withId = (state: SimState): [number, SimState] => [
  state.nextId,
  { ...state, nextId: state.nextId + 1 },
];

function problem(state: SimState, message: string): SimState {
  return { ...state, problems: [...state.problems, message] };
}

function addTranscript(
  state: SimState,
  entry: Omit<TranscriptEntry, 'id' | 'at'>,
): [TranscriptEntry, SimState] {
  const [id, next] = withId(state);
  const full: TranscriptEntry = { ...entry, id, at: next.clock };
  return [full, { ...next, transcript: [...next.transcript, full] }];
}

function addMoment(state: SimState, moment: Omit<ScoredMoment, 'id' | 'at' | 'choice'>): SimState {
  const [id, next] = withId(state);
  return {
    ...next,
    moments: [...next.moments, { ...moment, id, at: next.clock, choice: next.lastChoice }],
  };
}

function updatePerson(
  state: SimState,
  who: string,
  change: (person: PersonState) => PersonState,
): SimState {
  const person = state.people[who];
  if (!person) return problem(state, `no character "${who}" in this scenario`);
  return { ...state, people: { ...state.people, [who]: change(person) } };
}

/** Move the clock on: customers wait, and promises and SLAs that fall due are settled. */
function advanceClock(state: SimState, minutes: number, meta: ScenarioMeta): SimState {
  let next: SimState = { ...state, clock: state.clock + minutes };
  for (const [who, person] of Object.entries(next.people)) {
    if (person.kind === 'customer')
      next = updatePerson(next, who, (p) => sendMood(p, { type: 'wait', minutes }));
  }
  for (const promise of next.promises) {
    if (promise.status !== 'open' || next.clock <= promise.dueAt) continue;
    next = {
      ...next,
      promises: next.promises.map((p) =>
        p.id === promise.id ? { ...p, status: 'broken' as const } : p,
      ),
    };
    const to = next.people[promise.to];
    if (to?.kind === 'customer')
      next = updatePerson(next, promise.to, (p) => sendMood(p, { type: 'break-promise' }));
    if (to?.kind === 'partner')
      next = updatePerson(next, promise.to, (p) => sendTrust(p, { type: 'ignore' }));
    const name = characterName(meta, promise.to);
    [, next] = addTranscript(next, {
      kind: 'event',
      speaker: null,
      text: `Promise broken: you told ${name} "${promise.what}" by ${clockLabel(promise.dueAt, meta.start)}, and that time has passed.`,
    });
    next = addMoment(next, {
      dimension: 'follow-through',
      delta: BROKEN_PROMISE_PENALTY,
      why: `You promised ${name} "${promise.what}" by ${clockLabel(promise.dueAt, meta.start)} and the time passed without it: a broken promise during a recovery is a second failure.`,
    });
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
      return settlePromise(state, tag.id);
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

function settlePromise(state: SimState, id: string): SimState {
  const promise = state.promises.find((p) => p.id === id);
  if (!promise) return problem(state, `"# kept: ${id}" names no promise made so far`);
  if (promise.status !== 'open') return state;
  return {
    ...state,
    promises: state.promises.map((p) => (p.id === id ? { ...p, status: 'kept' as const } : p)),
  };
}

function addMisconception(state: SimState, id: MisconceptionId): SimState {
  const last = state.decisions.at(-1);
  if (!last || state.lastChoice?.decision !== last.index) {
    return problem(state, `"# misconception: ${id}" must follow a choice`);
  }
  const updated: Decision = { ...last, misconceptions: [...last.misconceptions, id] };
  return { ...state, decisions: [...state.decisions.slice(0, -1), updated] };
}

/** Apply a line's tags in order; returns the speaker they name, if any. */
export function applyTags(
  state: SimState,
  tags: readonly string[],
  meta: ScenarioMeta,
): { state: SimState; speaker: string | null } {
  let next = state;
  let speaker: string | null = null;
  for (const raw of tags) {
    const parsed = parseTag(raw);
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

/**
 * A dated story's narration line that opens with a day, date or time must agree
 * with the clock (see narrated-time.ts); a disagreement is a problem for the checker.
 */
export function checkDateline(
  state: SimState,
  text: string,
  speaker: string | null,
  meta: ScenarioMeta,
): SimState {
  if (speaker || !meta.start?.dated) return state;
  const wrong = datelineProblem(text, state.clock, meta.start);
  return wrong ? problem(state, wrong) : state;
}

/** Add a line of story text to the transcript, as speech or narration. */
export function addLine(state: SimState, text: string, speaker: string | null): SimState {
  if (text === '') return state;
  let next = state;
  if (speaker && !next.people[speaker]) next = problem(next, `no character "${speaker}" to speak`);
  return addTranscript(next, { kind: speaker ? 'speech' : 'narration', speaker, text })[1];
}

/** Record the learner's choice: the decision, their turn in the transcript. */
export function applyChoice(state: SimState, options: readonly string[], chosen: number): SimState {
  const text = options[chosen] ?? '';
  const [entry, next] = addTranscript(state, { kind: 'choice', speaker: 'you', text });
  const decision: Decision = {
    index: next.decisions.length,
    options,
    chosen,
    evidence: next.pendingEvidence,
    transcriptId: entry.id,
    misconceptions: [],
    at: next.clock,
    ...(next.pendingChainTask ? { chainTask: next.pendingChainTask } : {}),
  };
  return {
    ...next,
    decisions: [...next.decisions, decision],
    pendingEvidence: [],
    pendingTimer: null,
    pendingChainTask: null,
    lastChoice: { decision: decision.index, text, transcriptId: entry.id },
  };
}

/** Snapshot everyone's state for the mood and trust curves. */
export function recordHistory(state: SimState, decision: number): SimState {
  const people: Record<string, { state: string; level: number }> = {};
  for (const [who, person] of Object.entries(state.people)) {
    const mood = moodOf(person);
    const stance = stanceOf(person);
    if (mood) people[who] = { state: mood, level: MOOD_RANK[mood] };
    else if (stance && person.kind === 'partner') {
      people[who] = { state: stance, level: person.relationship.context.trust };
    }
  }
  const point: HistoryPoint = { decision, at: state.clock, people };
  const history = state.history.filter((p) => p.decision !== decision);
  return { ...state, history: [...history, point] };
}

/**
 * A value equal for two states exactly when the story's future from them is the
 * same, leaving out what only records the past (transcript, scores, logs) or is
 * only shown (scene, link status, the clock itself). `asked` names the people
 * the story can observe through mood() or trust(); the others change nothing
 * that follows. Deadlines count as minutes left, kept exactly: any band would
 * merge two promises that a later clock step breaks for one only. SLAs never
 * score or reach the story, so only which exist matters (for "# sla-met"),
 * and when one runs out only if its partner is unknown (a reported problem).
 */
export function futureKey(state: SimState, asked: 'all' | ReadonlySet<string> = 'all'): string {
  const people = Object.entries(state.people).filter(([who]) => asked === 'all' || asked.has(who));
  return JSON.stringify([
    people.map(([who, person]) => [who, personKey(person)]),
    state.promises.map((p) => (p.status === 'open' ? [p.id, p.to, p.dueAt - state.clock] : [p.id])),
    state.slas.map((s) =>
      s.status === 'running' && !state.people[s.partner] ? [s.id, s.dueAt - state.clock] : [s.id],
    ),
    state.ending,
  ]);
}
