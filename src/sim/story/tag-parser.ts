/**
 * Tag protocol v1: the one place where Ink tags become typed simulation events (the tags
 * themselves are listed in tags.ts). The table below names each family's parsers
 * (tag-parsers-header.ts, -scene.ts, -records.ts, -play.ts), which read arguments with
 * tag-fields.ts. Every function is pure; a bad tag gives a message that says what is wrong and
 * what was expected.
 */
import type { Tag, TagKind } from './tags.ts';
import { TagError, type TagParsers } from './tag-fields.ts';
import { HEADER_PARSERS } from './tag-parsers-header.ts';
import { SCENE_PARSERS } from './tag-parsers-scene.ts';
import { RECORD_PARSERS } from './tag-parsers-records.ts';
import { PLAY_PARSERS } from './tag-parsers-play.ts';

export type TagResult = { ok: true; tag: Tag } | { ok: false; error: string };

/**
 * Every tag's parser, by family. The type makes it whole: a tag in tags.ts without a parser here
 * does not compile. The order is the order the "unknown tag" message lists them in.
 */
const PARSERS: Required<TagParsers> = {
  ...HEADER_PARSERS,
  ...SCENE_PARSERS,
  ...RECORD_PARSERS,
  ...PLAY_PARSERS,
};

export const TAG_KINDS = Object.keys(PARSERS) as TagKind[];

/** Parse one tag's text, e.g. `score: listening +2; Let her finish.` */
export function parseTag(raw: string): TagResult {
  const source = raw.trim();
  const colon = source.indexOf(':');
  const name = (colon === -1 ? source : source.slice(0, colon)).trim();
  const args = colon === -1 ? '' : source.slice(colon + 1);
  if (!Object.hasOwn(PARSERS, name)) {
    return { ok: false, error: `unknown tag "${name}"; known tags: ${TAG_KINDS.join(', ')}` };
  }
  if (colon === -1) return { ok: false, error: `tag "${name}" needs ":" and its arguments` };
  try {
    return { ok: true, tag: PARSERS[name as TagKind](args) };
  } catch (error) {
    if (error instanceof TagError) return { ok: false, error: `tag "${name}": ${error.message}` };
    throw error;
  }
}
