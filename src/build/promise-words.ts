/**
 * Promises written into the text but not into the simulation: words that
 * commit the coordinator to a time ("I'll ring you back by 3", "first thing
 * tomorrow", "fixed by Monday") with no `# promise:` tag in the same block,
 * so the promise never appears under Promises in the report and nothing can
 * keep or break it. Two places carry the coordinator's words: an option (the
 * learner's own words) and a narration line that reports what the learner
 * says ("You tell her you'll email the slot by 4 o'clock"). Characters'
 * words are theirs to keep, not the learner's. A warning, since wording can
 * look like a promise without being one: the author then says so with a
 * comment on the line, `// not a promise`.
 */
import { splitTags } from './source-lines.ts';
import type { StoryProblem } from './source-scan.ts';

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)';
const WHEN = `(?:by|before|first thing|this (?:morning|afternoon|evening)|within \\w+ (?:working )?(?:hours?|days?)|on ${DAY}|${DAY})`;

/** First-person commitments tied to a time, and the everyday phrases that promise a time. */
const PROMISE_WORDS: readonly RegExp[] = [
  new RegExp(`\\b(?:I'll|I will|we'll|we will|promise)\\b[^.?!;:]*?\\b${WHEN}\\b`, 'i'),
  // "first thing tomorrow", and "tomorrow morning, first thing": the day on either side.
  new RegExp(
    `\\bfirst thing\\b[^.?!;:]*?\\b${DAY}\\b|\\b${DAY}\\b[^.?!;:]*?\\bfirst thing\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:fixed|sorted|delivered|ready|back to you|with you) by (?:next )?(?:${DAY}|\\d)`,
    'i',
  ),
];
/**
 * The same commitments told in narration, where the learner's "I'll" is
 * reported as "you'll" ("You tell her you'll ring by 4pm", "You promise him
 * the fix by Monday").
 */
const REPORTED_PROMISE_WORDS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:you'll|you will|you'd|we'll|we will|Northway will|promise)\\b[^.?!;:]*?\\b${WHEN}\\b`,
    'i',
  ),
  ...PROMISE_WORDS.slice(1),
];

/** An option: the learner's own words, which are what a learner's promise is made in. */
const OPTION = /^\s*(?:[*+]\s*)+(?:\([\w]+\)\s*)?(?:\{[^}]*\}\s*)*\[/;
/** Narration that reports the learner speaking: "You tell her…", "You promise…". */
const SPOKEN_BY_YOU =
  /^\s*You (?:tell|promise|say|assure|reassure|explain|confirm|offer|reply|agree)\b/;

/** The promise words a line is read for: the learner's own, or their words reported; none for anything else. */
function wordsFor(content: string): readonly RegExp[] | null {
  if (OPTION.test(content)) return PROMISE_WORDS;
  if (SPOKEN_BY_YOU.test(content)) return REPORTED_PROMISE_WORDS;
  return null;
}

/** Where a block starts: an option, a knot or stitch, or a gather. */
const BLOCK = /^\s*(?:[*+]|={1,}|-(?!>))/;
const PROMISE_TAG = /^\s*(?:promise|kept|broken|revised|withdrawn)\s*:/;

export function promiseWordWarnings(source: string): StoryProblem[] {
  const raw = source.split(/\r?\n/);
  const blocks: { start: number; end: number }[] = [];
  raw.forEach((line, index) => {
    if (BLOCK.test(line) || index === 0) {
      const last = blocks.at(-1);
      if (last) last.end = index;
      blocks.push({ start: index, end: raw.length });
    }
  });
  const warnings: StoryProblem[] = [];
  for (const { start, end } of blocks) {
    const lines = raw.slice(start, end);
    const tagged = lines.some((line) => splitTags(line)[1].some((tag) => PROMISE_TAG.test(tag)));
    if (tagged) continue;
    lines.forEach((line, offset) => {
      if (/\/\/\s*not a promise/i.test(line)) return;
      const [content] = splitTags(line.replace(/\/\/.*$/, ''));
      const words = wordsFor(content);
      if (!words?.some((pattern) => pattern.test(content))) return;
      warnings.push({
        line: start + offset + 1,
        message: `this reads as a promise with a time ("${content.trim().slice(0, 60)}…") but its block has no "# promise:" tag, so the report cannot list it; tag it, or add "// not a promise" to the line`,
      });
    });
  }
  return warnings;
}
