/**
 * Reads an Ink source for what the compiled story forgets: the line each tag,
 * knot and choice was written on. The tag checks run here, so every author
 * mistake is reported as `file:line: message`.
 */
import type { Cast } from '../sim/people/cast.ts';
import { metaFromHeader, type LinedHeaderTag } from '../sim/story/scenario.ts';
import { HEADER_TAG_KINDS, isHeaderTag, type OptionPlace, type Tag } from '../sim/story/tags.ts';
import { parseTag } from '../sim/story/tag-parser.ts';
import { checkFeatures } from './ink-features.ts';
import { splitTags, stripComments } from './source-lines.ts';

export interface SourceTag {
  readonly line: number;
  readonly raw: string;
  readonly tag: Tag | null;
}

export interface SourceChoice {
  readonly line: number;
  readonly text: string;
  /** Set by a `# pin:` among the tag lines right under the choice. */
  pin?: OptionPlace;
}

export interface SourceScan {
  readonly tags: readonly SourceTag[];
  readonly knots: ReadonlyMap<string, number>;
  readonly choices: readonly SourceChoice[];
  readonly headerTags: readonly string[];
  /** The header tags, parsed, with their lines. */
  readonly header: readonly LinedHeaderTag[];
  readonly errors: readonly StoryProblem[];
  /** Not wrong, but likely to show differently from how it reads (see `checkFeatures`). */
  readonly warnings: readonly StoryProblem[];
}

export interface StoryProblem {
  readonly line: number | null;
  readonly message: string;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)/;
const CHOICE = /^\s*(?:[*+]\s*)+(?:\([\w]+\)\s*)?(?:\{[^}]*\}\s*)*\[([^\]]*)\]/;
const DECLARATION = /^\s*(EXTERNAL|VAR|CONST|INCLUDE|LIST)\b/;

export function scanSource(source: string, cast: Cast): SourceScan {
  const lines = stripComments(source);
  const tags: SourceTag[] = [];
  const knots = new Map<string, number>();
  const choices: SourceChoice[] = [];
  const errors: StoryProblem[] = [];
  const headerTags: string[] = [];
  const header: LinedHeaderTag[] = [];
  let inHeader = true;
  let knot = '';
  /** The choice whose tag lines are being read (tags on lines with no text, right under it). */
  let underChoice: SourceChoice | null = null;

  lines.forEach((text, index) => {
    const line = index + 1;
    const [content, lineTags] = splitTags(text);
    const trimmed = content.trim();
    const knotMatch = KNOT.exec(content);
    const stitchMatch = knotMatch ? null : STITCH.exec(content);
    if (knotMatch?.[1]) {
      knot = knotMatch[1];
      knots.set(knot, line);
    } else if (stitchMatch?.[1] && !trimmed.startsWith('==')) {
      knots.set(`${knot}.${stitchMatch[1]}`, line);
    }
    const choice = CHOICE.exec(content);
    if (choice?.[1] !== undefined) {
      underChoice = { line, text: choice[1].trim() };
      choices.push(underChoice);
    } else if (trimmed !== '') underChoice = null;
    if (trimmed !== '' && !DECLARATION.test(trimmed)) inHeader = false;

    for (const raw of lineTags) {
      const parsed = parseTag(raw);
      if (!parsed.ok) {
        errors.push({ line, message: parsed.error });
        tags.push({ line, raw, tag: null });
        continue;
      }
      if (isHeaderTag(parsed.tag) && !inHeader) {
        errors.push({
          line,
          message: `"# ${parsed.tag.kind}:" belongs in the header at the top of the story (header tags: ${HEADER_TAG_KINDS.join(', ')})`,
        });
      }
      if (!isHeaderTag(parsed.tag) && inHeader && trimmed === '') {
        errors.push({
          line,
          message: `"# ${parsed.tag.kind}:" cannot stand in the header; put it on a line of the story`,
        });
      }
      if (choice && trimmed !== '') {
        errors.push({
          line,
          message: "put a choice's tags on the lines under it, not on the choice line",
        });
      }
      if (parsed.tag.kind === 'pin') {
        if (!underChoice || choice) {
          errors.push({
            line,
            message: `"# pin:" goes on a tag line right under the choice it places`,
          });
        } else underChoice.pin = parsed.tag.place;
      }
      if (isHeaderTag(parsed.tag)) {
        headerTags.push(raw);
        header.push({ line, tag: parsed.tag });
      }
      tags.push({ line, raw, tag: parsed.tag });
    }
  });

  errors.push(...checkReferences(tags, header, cast));
  const features = checkFeatures(lines);
  errors.push(...features.errors);
  return { tags, knots, choices, headerTags, header, errors, warnings: features.warnings };
}

/** Tags that name a character, promise or SLA must name one the story declares. */
function checkReferences(
  tags: readonly SourceTag[],
  header: readonly LinedHeaderTag[],
  cast: Cast,
): StoryProblem[] {
  const meta = metaFromHeader(header, cast);
  if (!meta.ok) return [...meta.errors];
  const kinds = new Map(meta.meta.characters.map((c) => [c.id, c.kind]));
  const promises = new Set<string>();
  const slas = new Set<string>();
  for (const { tag } of tags) {
    if (tag?.kind === 'promise') promises.add(tag.id);
    if (tag?.kind === 'sla') slas.add(tag.id);
  }
  const problems: StoryProblem[] = [];
  const need = (line: number, who: string, what: string, allowed?: readonly string[]) => {
    const kind = kinds.get(who);
    if (!kind) problems.push({ line, message: `${what} "${who}" is not a declared character` });
    else if (allowed && !allowed.includes(kind)) {
      problems.push({
        line,
        message: `${what} "${who}" is a ${kind}; expected ${allowed.join(' or ')}`,
      });
    }
  };
  for (const { line, tag } of tags) {
    if (!tag) continue;
    switch (tag.kind) {
      case 'speaker':
      case 'log':
      case 'agree':
      case 'status':
        need(line, tag.who, 'character');
        break;
      case 'mood':
        need(line, tag.who, 'mood target', ['customer']);
        break;
      case 'trust':
        need(line, tag.who, 'trust target', ['partner', 'department']);
        break;
      case 'kpi':
        need(line, tag.who, 'KPI owner', ['partner', 'department']);
        break;
      case 'chain-link':
        if (tag.who !== 'you') need(line, tag.who, 'chain link');
        break;
      case 'promise':
        need(line, tag.to, 'promise target');
        break;
      case 'sla':
        need(line, tag.partner, 'SLA partner', ['partner', 'department']);
        break;
      case 'kept':
      case 'broken':
      case 'withdrawn':
      case 'revised':
        if (!promises.has(tag.id))
          problems.push({
            line,
            message: `"# ${tag.kind}: ${tag.id}" names no promise in this story`,
          });
        break;
      case 'sla-met':
      case 'sla-breached':
        if (!slas.has(tag.id))
          problems.push({ line, message: `"# ${tag.kind}: ${tag.id}" names no SLA in this story` });
        break;
      default:
        break;
    }
  }
  return problems;
}
