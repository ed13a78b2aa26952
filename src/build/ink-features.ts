/**
 * Ink features the checker cannot judge soundly, refused with their line
 * (docs/checker.md: assumptions), and one Ink bug the authoring style can
 * trigger, warned about.
 */
import { splitTags } from './source-lines.ts';
import type { StoryProblem } from './source-scan.ts';

/** The external functions the game binds; docs/checker.md says why no other can be. */
const BOUND_EXTERNALS = new Set(['mood', 'trust']);

const EXTERNAL = /^\s*EXTERNAL\s+([A-Za-z_]\w*)/;
const INCLUDE = /^\s*INCLUDE\b/;
const ENDS_IN_GLUE = /<>\s*$/;
/** RANDOM, LIST_RANDOM and shuffles (`{~a|b}`, or a multi-line `{shuffle:` block). */
const CHANCE = /\b(?:LIST_)?RANDOM\s*\(|\{\s*~|\{\s*shuffle\b/;

/**
 * Ink features the checker cannot judge soundly are refused with their line,
 * never explored wrongly; one Ink bug the authoring style can trigger is
 * warned about.
 */
export function checkFeatures(lines: readonly string[]): {
  errors: StoryProblem[];
  warnings: StoryProblem[];
} {
  const errors: StoryProblem[] = [];
  const warnings: StoryProblem[] = [];
  const parts = lines.map((text) => {
    const [content, tags] = splitTags(text);
    return { content: content.trim(), tags };
  });
  parts.forEach(({ content }, index) => {
    const line = index + 1;
    if (INCLUDE.test(content)) {
      errors.push({
        line,
        message:
          'INCLUDE is not supported: a scenario is one file, whose tags and lines the checker reads; put the included content in this file',
      });
    }
    if (CHANCE.test(content)) {
      errors.push({
        line,
        message:
          'chance (RANDOM, LIST_RANDOM or a shuffle) is not supported: each attempt plays with its own seed and the checker explores one, so it could not vouch for the others; write the alternatives as options, or vary them by the path',
      });
    }
    const external = EXTERNAL.exec(content)?.[1];
    if (external && !BOUND_EXTERNALS.has(external)) {
      errors.push({
        line,
        message: `EXTERNAL ${external}: the game answers only mood() and trust(); another external function would be an input the checker cannot see`,
      });
    }
    // Ink bug inkle/ink#923: glue, then a line holding only tags, joins every later line into one.
    if (!ENDS_IN_GLUE.test(content)) return;
    let next = index + 1;
    while (next < parts.length && parts[next]!.content === '' && parts[next]!.tags.length === 0)
      next++;
    const following = parts[next];
    const tagOnly = following && following.content === '' && following.tags.length > 0;
    const glueWithTags = content === '<>' && parts[index]!.tags.length > 0;
    if (tagOnly || glueWithTags) {
      warnings.push({
        line,
        message:
          'glue (<>) followed by a line of tags makes Ink join every later line into one (inkle/ink#923): put the tags above the glued line, or end the line without <>',
      });
    }
  });
  return { errors, warnings };
}
