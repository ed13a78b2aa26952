/**
 * What one line's tags do to the simulation's state: moods and trust move, the
 * clock runs, scores, evidence, misconceptions, KPIs, the chain task, a link's
 * status and the ending are recorded. The record tags (log, agreements,
 * promises, SLAs) and the clock's deadlines are apply-record-tags.ts. Pure: a
 * state and the tags in, a new state out.
 */
import { clockLabel, resolveWhen } from '../story/clock.ts';
import { sendMood, sendTrust } from '../people/people.ts';
import type { ChainTraceStep, Decision, KpiReading } from './records.ts';
import type { ScenarioMeta } from '../story/scenario.ts';
import type { MisconceptionId } from '../scoring/syllabus.ts';
import { isDecisionNoteTag, isHeaderTag, type LineTag } from '../story/tags.ts';
import { parseTag, type TagResult } from '../story/tag-parser.ts';
import { addMoment, problem, updatePerson, type SimState } from './sim-state.ts';
import { advanceClock, applyRecordTag } from './apply-record-tags.ts';

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
    case 'log':
    case 'agree':
    case 'promise':
    case 'kept':
    case 'withdrawn':
    case 'broken':
    case 'revised':
    case 'sla':
    case 'sla-met':
    case 'sla-breached':
      return applyRecordTag(state, tag, meta);
    case 'status':
      return updatePerson(state, tag.who, (p) => ({ ...p, status: tag.status }));
    case 'ending':
      return { ...state, ending: { outcome: tag.outcome, title: tag.title, meaning: tag.meaning } };
  }
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
