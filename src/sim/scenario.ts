/**
 * A scenario as the game loads it: the compiled Ink story plus what the build
 * learned about it (metadata from the header tags, and the score range each
 * rubric dimension can reach over all paths).
 */
import type { DimensionId, ScoreRange } from './rubric.ts';
import type { Location } from './locations.ts';
import type { LookId } from './looks.ts';
import type { SyllabusId } from './syllabus.ts';
import type { TutorNotes } from './tutor-notes.ts';
import {
  isHeaderTag,
  parseTag,
  type CharacterKind,
  type Difficulty,
  type HeaderTag,
  type OptionPlace,
} from './tags.ts';

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
  /** Options whose place on screen the author pinned, by their text (see `# pin:`). */
  readonly pins?: Readonly<Record<string, OptionPlace>>;
  /** Notes for a tutor running the scenario with a class, when the author wrote them. */
  readonly tutor?: TutorNotes | null;
}

/** A character's name by id; an unknown id is shown as itself, so a typo is visible, not blank. */
export function characterName(meta: Pick<ScenarioMeta, 'characters'>, id: string): string {
  return meta.characters.find((character) => character.id === id)?.name ?? id;
}

export type MetaResult = { ok: true; meta: ScenarioMeta } | { ok: false; errors: string[] };

/** Build the metadata from a story's global tags, saying exactly what is missing or wrong. */
export function metaFromGlobalTags(rawTags: readonly string[]): MetaResult {
  const errors: string[] = [];
  const tags: HeaderTag[] = [];
  for (const raw of rawTags) {
    const result = parseTag(raw);
    if (!result.ok) errors.push(result.error);
    else if (isHeaderTag(result.tag)) tags.push(result.tag);
  }
  const single = <K extends HeaderTag['kind']>(kind: K) => {
    const found = tags.filter((tag): tag is Extract<HeaderTag, { kind: K }> => tag.kind === kind);
    if (found.length === 0) errors.push(`the story header needs a "# ${kind}:" tag`);
    if (found.length > 1)
      errors.push(`the story header has ${found.length} "# ${kind}:" tags; keep one`);
    return found[0];
  };
  const title = single('title');
  const summary = single('summary');
  const duration = single('duration');
  const difficulty = single('difficulty');
  const location = single('location');
  const partners = new Map(
    tags.flatMap((tag) => (tag.kind === 'partner' ? [[tag.id, tag] as const] : [])),
  );
  const characters: Character[] = [];
  for (const tag of tags) {
    if (tag.kind !== 'character') continue;
    if (characters.some((known) => known.id === tag.id)) {
      errors.push(`character "${tag.id}" is declared twice`);
      continue;
    }
    const partner = partners.get(tag.id);
    characters.push({
      id: tag.id,
      name: tag.name,
      role: tag.role,
      kind: tag.type,
      look: tag.look,
      ...(partner
        ? { relationship: { formal: partner.formal, agreement: partner.agreement } }
        : {}),
    });
  }
  for (const id of partners.keys()) {
    const character = characters.find((known) => known.id === id);
    if (!character) errors.push(`"# partner: ${id}" names no declared character`);
    else if (character.kind === 'customer') errors.push(`"${id}" is a customer, not a partner`);
  }
  if (!characters.some((character) => character.kind === 'customer')) {
    errors.push('the story needs at least one character of kind "customer"');
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
    },
  };
}
