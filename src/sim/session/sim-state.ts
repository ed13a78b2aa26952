/**
 * The simulation's state between two decisions and the small edits every step
 * makes to it (a line of text, a choice, a problem, a snapshot for the curves).
 * What a line's tags do to it is apply-tags.ts (and apply-record-tags.ts for
 * logs, agreements, promises and SLAs). Everything here is immutable data: a
 * state can be kept, compared, and explored from.
 */
import { MOOD_RANK } from '../people/customer-mood.ts';
import { datelineProblem } from '../story/narrated-time.ts';
import type { Location } from '../story/locations.ts';
import { initialPerson, moodOf, personKey, stanceOf, type PersonState } from '../people/people.ts';
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
import type { ScenarioMeta } from '../story/scenario.ts';
import type { SyllabusId } from '../scoring/syllabus.ts';

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

export const withId = (state: SimState): [number, SimState] => [
  state.nextId,
  { ...state, nextId: state.nextId + 1 },
];

export function problem(state: SimState, message: string): SimState {
  return { ...state, problems: [...state.problems, message] };
}

export function addTranscript(
  state: SimState,
  entry: Omit<TranscriptEntry, 'id' | 'at'>,
): [TranscriptEntry, SimState] {
  const [id, next] = withId(state);
  // Written out: see addMoment.
  const full: TranscriptEntry = {
    kind: entry.kind,
    speaker: entry.speaker,
    text: entry.text,
    id,
    at: next.clock,
  };
  return [full, { ...next, transcript: [...next.transcript, full] }];
}

export function addMoment(
  state: SimState,
  moment: Omit<ScoredMoment, 'id' | 'at' | 'choice'>,
): SimState {
  const id = state.nextId;
  // The same object as `{ ...moment, id, at, choice }`, written out: Node 20's V8 takes a slow
  // path for a spread that adds keys (about 4 µs a moment against 0.05 µs), and the checker
  // adds one for every score it replays (issue 17: a sixth of its tag work).
  const added: ScoredMoment = {
    dimension: moment.dimension,
    delta: moment.delta,
    why: moment.why,
    id,
    at: state.clock,
    choice: state.lastChoice,
  };
  return { ...state, nextId: id + 1, moments: [...state.moments, added] };
}

export function updatePerson(
  state: SimState,
  who: string,
  change: (person: PersonState) => PersonState,
): SimState {
  const person = state.people[who];
  if (!person) return problem(state, `no character "${who}" in this scenario`);
  const changed = change(person);
  return changed === person ? state : { ...state, people: { ...state.people, [who]: changed } };
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
