/**
 * Tag protocol v1, its words: every tag an author may write, as the typed simulation event it
 * becomes, and the closed lists of words its arguments take. Reading a tag's text is
 * tag-parser.ts (its table) and tag-parsers-*.ts (the parsers, by family); authors' documentation
 * is docs/authoring.md.
 */
import type { DimensionId } from '../scoring/rubric.ts';
import type { Due, When } from './clock.ts';
import type { Location } from './locations.ts';
import type { MisconceptionId, SyllabusId } from '../scoring/syllabus.ts';

export const MOOD_EVENTS = [
  'listen',
  'apologise',
  'reassure',
  'resolve',
  'exceed',
  'dismiss',
  'blame-partner',
  'fail',
  'keep-promise',
  'break-promise',
] as const;
export type MoodEventName = (typeof MOOD_EVENTS)[number];

export const TRUST_EVENTS = [
  'consult',
  'share',
  'agree-written',
  'agree-verbal',
  'support',
  'thank',
  'pressure',
  'blame',
  'bypass',
  'ignore',
] as const;
export type TrustEventName = (typeof TRUST_EVENTS)[number];

export const CHARACTER_KINDS = ['customer', 'partner', 'department', 'colleague'] as const;
export type CharacterKind = (typeof CHARACTER_KINDS)[number];

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const CHANNELS = ['phone', 'email', 'in-person', 'chat', 'meeting', 'system'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LINK_STATUSES = ['on-track', 'at-risk', 'breached'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const OUTCOMES = ['strong', 'partial', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where an author pins an option whose place carries meaning (e.g. "Something else…" last). */
export const OPTION_PLACES = ['first', 'last'] as const;
export type OptionPlace = (typeof OPTION_PLACES)[number];

export type HeaderTag =
  | { kind: 'title'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'duration'; min: number; max: number }
  | { kind: 'difficulty'; difficulty: Difficulty }
  | { kind: 'location'; location: Location }
  | { kind: 'syllabus'; point: SyllabusId }
  /** A story's part for a person in the cast (`stories/cast.json`): story id and cast id. */
  | { kind: 'character'; id: string; person: string }
  /** Makes a character a link in the chain; the agreement comes from the cast (a named one, or the organisation's own). */
  | { kind: 'partner'; id: string; agreement: string | null }
  | { kind: 'start'; at: number }
  // Tutor notes (shown to a tutor only; see src/sim/story/tutor-notes.ts).
  | { kind: 'tutor-outcome'; text: string }
  | { kind: 'tutor-marking'; point: SyllabusId; how: string }
  | { kind: 'tutor-model'; text: string }
  | { kind: 'tutor-wrong-turn'; text: string };

/**
 * Tutor notes written above a decision's options: the discussion question to
 * ask before the class votes, and the one to ask once the consequence is on
 * screen. The simulation ignores them; the build gathers them per decision.
 */
export type DecisionNoteTag =
  { kind: 'ask-before'; question: string } | { kind: 'ask-after'; question: string };

/**
 * Line tags that keep a record (src/sim/session/records.ts): the contact log,
 * agreements, promises and SLAs, and how each promise or SLA ends.
 */
export type RecordTag =
  | { kind: 'log'; who: string; channel: Channel; summary: string }
  /** `confirmed`: written, and it replaces the latest verbal agreement with the same person. */
  | { kind: 'agree'; who: string; written: boolean; confirms: boolean; what: string }
  | { kind: 'promise'; id: string; to: string; due: Due; what: string }
  | { kind: 'kept'; id: string }
  /** Broken at this point of the story, before its deadline; `why` is what the learner is told. */
  | { kind: 'broken'; id: string; why: string | null }
  /** Taken back before it fell due, and the person told: it can no longer be kept or broken. */
  | { kind: 'withdrawn'; id: string }
  /** Changed before it fell due, and the person told: a new deadline and new words. */
  | { kind: 'revised'; id: string; due: Due; what: string }
  | { kind: 'sla'; id: string; partner: string; due: Due; what: string }
  | { kind: 'sla-met'; id: string }
  | { kind: 'sla-breached'; id: string };

export type LineTag =
  | RecordTag
  | { kind: 'speaker'; who: string }
  | { kind: 'scene'; location: Location }
  | { kind: 'clock'; minutes: number }
  | { kind: 'time'; when: When }
  | { kind: 'mood'; who: string; event: MoodEventName }
  | { kind: 'trust'; who: string; event: TrustEventName }
  | { kind: 'score'; dimension: DimensionId; delta: number; why: string }
  | { kind: 'evidence'; point: SyllabusId }
  | { kind: 'misconception'; id: MisconceptionId }
  | { kind: 'status'; who: string; status: LinkStatus }
  | { kind: 'ending'; outcome: Outcome; title: string; meaning: string }
  | { kind: 'timer'; seconds: number }
  | { kind: 'pin'; place: OptionPlace }
  | { kind: 'chain-task'; question: string }
  | { kind: 'chain-link'; who: string }
  | {
      kind: 'kpi';
      who: string;
      label: string;
      value: number;
      target: number;
      unit: string;
      better: 'higher' | 'lower';
    };

export type Tag = HeaderTag | LineTag | DecisionNoteTag;
export type TagKind = Tag['kind'];

export const HEADER_TAG_KINDS: readonly HeaderTag['kind'][] = [
  'title',
  'summary',
  'duration',
  'difficulty',
  'location',
  'syllabus',
  'character',
  'partner',
  'start',
  'tutor-outcome',
  'tutor-marking',
  'tutor-model',
  'tutor-wrong-turn',
];

const DECISION_NOTE_TAG_KINDS: readonly DecisionNoteTag['kind'][] = ['ask-before', 'ask-after'];

export const isHeaderTag = (tag: Tag): tag is HeaderTag =>
  (HEADER_TAG_KINDS as readonly string[]).includes(tag.kind);

export const isDecisionNoteTag = (tag: Tag): tag is DecisionNoteTag =>
  (DECISION_NOTE_TAG_KINDS as readonly string[]).includes(tag.kind);
