/**
 * A scenario as the game loads it: the compiled Ink story plus what the build
 * learned about it (metadata from the header tags, and the score range each
 * rubric dimension can reach over all paths).
 */
import type { ClockStart } from './clock.ts';
import type { DimensionId, ScoreRange } from '../scoring/rubric.ts';
import type { Location } from './locations.ts';
import type { LookId } from '../people/looks.ts';
import type { SyllabusId } from '../scoring/syllabus.ts';
import type { TutorNotes } from './tutor-notes.ts';
import type { Chances } from '../scoring/chances.ts';
import type { StoryOpening } from '../session/opening.ts';
import {
  agreementFor,
  castPerson,
  similarIds,
  type Cast,
  type CastPerson,
} from '../people/cast.ts';
import {
  isHeaderTag,
  type CharacterKind,
  type Difficulty,
  type HeaderTag,
  type OptionPlace,
} from './tags.ts';
import { parseTag } from './tag-parser.ts';

export interface Character {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly kind: CharacterKind;
  readonly look: LookId;
  /** Set for partners and departments that are links in the chain. */
  readonly relationship?: { readonly formal: boolean; readonly agreement: string };
}

export interface ScenarioMeta {
  readonly title: string;
  readonly summary: string;
  readonly duration: { readonly min: number; readonly max: number };
  readonly difficulty: Difficulty;
  readonly location: Location;
  readonly syllabus: readonly SyllabusId[];
  readonly characters: readonly Character[];
  /** When the scenario's clock starts (`# start:`); absent: an undated Monday, 09:00. */
  readonly start?: ClockStart;
}

export interface Scenario {
  readonly id: string;
  /** Content hash of the compiled story: a save records it to notice a changed story. */
  readonly version: string;
  readonly meta: ScenarioMeta;
  /** The compiled Ink story (inkjs JSON). */
  readonly story: string;
  /** Lowest and highest reachable total per dimension, measured by exploring every path. */
  readonly ranges: Partial<Record<DimensionId, ScoreRange>>;
  /** The dimensions each decision offers marks on, measured the same way (missed chances). */
  readonly chances?: Chances;
  /**
   * Set when a decision is a chain-mapping task (`# chain-task:`): only then
   * is the task's code loaded ahead of need while the scenario is played.
   */
  readonly chainTasks?: true;
  /** Options whose place on screen the author pinned, by their text (see `# pin:`). */
  readonly pins?: Readonly<Record<string, OptionPlace>>;
  /** Notes for a tutor running the scenario with a class, when the author wrote them. */
  readonly tutor?: TutorNotes | null;
  /** Where every attempt stands at its first decision, worked out by the build (opening.ts). */
  readonly opening?: StoryOpening;
}

/** The scenario's character with this id, if there is one. */
export function characterOf(
  meta: Pick<ScenarioMeta, 'characters'>,
  id: string | null | undefined,
): Character | undefined {
  return meta.characters.find((character) => character.id === id);
}

/** A character's name by id; an unknown id is shown as itself, so a typo is visible, not blank. */
export function characterName(meta: Pick<ScenarioMeta, 'characters'>, id: string): string {
  return characterOf(meta, id)?.name ?? id;
}

export interface HeaderProblem {
  /** The story line the problem is on, when the caller knows it. */
  readonly line: number | null;
  readonly message: string;
}

export type MetaResult =
  { ok: true; meta: ScenarioMeta } | { ok: false; errors: readonly HeaderProblem[] };

/** A header tag and the line it was written on (null when the caller has no lines). */
export interface LinedHeaderTag {
  readonly line: number | null;
  readonly tag: HeaderTag;
}

/** Build the metadata from a story's global tags, saying exactly what is missing or wrong. */
export function metaFromGlobalTags(rawTags: readonly string[], cast: Cast): MetaResult {
  const errors: HeaderProblem[] = [];
  const tags: LinedHeaderTag[] = [];
  for (const raw of rawTags) {
    const result = parseTag(raw);
    if (!result.ok) errors.push({ line: null, message: result.error });
    else if (isHeaderTag(result.tag)) tags.push({ line: null, tag: result.tag });
  }
  const meta = metaFromHeader(tags, cast);
  if (errors.length === 0) return meta;
  return { ok: false, errors: [...errors, ...(meta.ok ? [] : meta.errors)] };
}

/**
 * The metadata from parsed header tags: people come from the cast by id (`# character:
 * <story id>; <cast id>`), and a link's agreement from the person's organisation there.
 */
export function metaFromHeader(lined: readonly LinedHeaderTag[], cast: Cast): MetaResult {
  const errors: HeaderProblem[] = [];
  const problem = (line: number | null, message: string) => errors.push({ line, message });
  const tags = lined.map((entry) => entry.tag);
  const single = <K extends HeaderTag['kind']>(kind: K) => {
    const found = tags.filter((tag): tag is Extract<HeaderTag, { kind: K }> => tag.kind === kind);
    if (found.length === 0) problem(null, `the story header needs a "# ${kind}:" tag`);
    if (found.length > 1)
      problem(null, `the story header has ${found.length} "# ${kind}:" tags; keep one`);
    return found[0];
  };
  const title = single('title');
  const summary = single('summary');
  const duration = single('duration');
  const difficulty = single('difficulty');
  const location = single('location');
  const starts = tags.filter((tag) => tag.kind === 'start');
  if (starts.length > 1)
    problem(null, `the story header has ${starts.length} "# start:" tags; keep one`);
  const characters: Character[] = [];
  const people = new Map<string, { id: string; line: number | null }>();
  const personOf = new Map<string, CastPerson>();
  for (const { line, tag } of lined) {
    if (tag.kind !== 'character') continue;
    if (characters.some((known) => known.id === tag.id)) {
      problem(line, `character "${tag.id}" is declared twice`);
      continue;
    }
    const person = castPerson(cast, tag.person);
    if (!person) {
      const like = similarIds(cast, tag.person);
      problem(
        line,
        `"${tag.person}" is not in the cast: add the person to stories/cast.json (id, name, role, kind, look) and refer to them by that id${like.length > 0 ? ` (did you mean ${like.map((id) => `"${id}"`).join(' or ')}?)` : ''}`,
      );
      continue;
    }
    const already = people.get(person.id);
    if (already) {
      problem(
        line,
        `${person.name} ("${person.id}") is already in this story as "${already.id}"${already.line === null ? '' : ` (line ${already.line})`}: one person, one part`,
      );
      continue;
    }
    people.set(person.id, { id: tag.id, line });
    personOf.set(tag.id, person);
    characters.push({
      id: tag.id,
      name: person.name,
      role: person.role,
      kind: person.kind,
      look: person.look,
    });
  }
  const linked = new Set<string>();
  for (const { line, tag } of lined) {
    if (tag.kind !== 'partner') continue;
    const index = characters.findIndex((known) => known.id === tag.id);
    const character = characters[index];
    if (!character) {
      problem(line, `"# partner: ${tag.id}" names no declared character`);
      continue;
    }
    if (linked.has(tag.id)) {
      problem(line, `"# partner: ${tag.id}" is written twice; keep one`);
      continue;
    }
    linked.add(tag.id);
    if (character.kind === 'customer' || character.kind === 'colleague') {
      problem(line, `"${tag.id}" is a ${character.kind}, not a partner or department`);
      continue;
    }
    const found = agreementFor(cast, personOf.get(tag.id)!, tag.agreement);
    if (!found.ok) {
      problem(line, found.error);
      continue;
    }
    const { form, text } = found.agreement;
    characters[index] = {
      ...character,
      relationship: { formal: form === 'formal', agreement: text },
    };
  }
  if (!characters.some((character) => character.kind === 'customer')) {
    problem(null, 'the story needs at least one character of kind "customer"');
  }
  if (errors.length > 0 || !title || !summary || !duration || !difficulty || !location) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    meta: {
      title: title.text,
      summary: summary.text,
      duration: { min: duration.min, max: duration.max },
      difficulty: difficulty.difficulty,
      location: location.location,
      syllabus: tags.flatMap((tag) => (tag.kind === 'syllabus' ? [tag.point] : [])),
      characters,
      ...(starts[0]?.kind === 'start' ? { start: { at: starts[0].at, dated: true } } : {}),
    },
  };
}
