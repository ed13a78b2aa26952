/**
 * Tells in the options' text alone: the longest option being the best one,
 * and a word or an opening found only in the best options, or only in the
 * worst. Read from the decisions the explorer collected; nothing is played.
 */
import type { DecisionOptions } from './explore-report.ts';
import { TELL_LIMITS } from './tell-limits.ts';

export interface WordTell {
  readonly word: string;
  /** `opening` when it is the first word of the options it appears in. */
  readonly kind: 'word' | 'opening';
  readonly side: 'best' | 'worst';
  readonly options: number;
}

export interface LengthTell {
  /** Decisions whose options score differently (the others have no best). */
  readonly decisions: number;
  readonly longestBest: number;
  readonly share: number;
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if so to of in on at by for with from as is are was be been it its ' +
    "this that these those you your we our us i me my he she they them his her their it's " +
    "i'll we'll you'll don't can't won't not no do does did have has had will would can could " +
    'should may might must what when where who why how which than then there here up out about ' +
    'into over after before all any each both more most some such only own same just also very ' +
    'too now one two'
  ).split(/\s+/),
);

/** The words of an option that could be learned as a cue: lower case, no stop words. */
export function cueWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [])
    .map((word) => word.replace(/[’]/g, "'").replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

function opening(text: string): string | null {
  return text.toLowerCase().match(/[a-z][a-z'’-]*/)?.[0] ?? null;
}

interface Classified {
  readonly text: string;
  readonly side: 'best' | 'worst' | 'middle';
}

/** Each option of a decision as best, worst or in between; decisions where all score alike are left out. */
function classify(decisions: readonly DecisionOptions[]): Classified[] {
  return decisions.flatMap(({ texts, values }) => {
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max === min) return [];
    return texts.map((text, i) => ({
      text,
      side: values[i] === max ? 'best' : values[i] === min ? 'worst' : 'middle',
    }));
  });
}

export function lengthTell(decisions: readonly DecisionOptions[]): LengthTell {
  let counted = 0;
  let longestBest = 0;
  for (const { texts, values } of decisions) {
    const max = Math.max(...values);
    if (max === Math.min(...values)) continue;
    counted += 1;
    const longest = Math.max(...texts.map((t) => t.length));
    // Ties for longest count against the story: any longest option that is best is a cue.
    if (texts.some((t, i) => t.length === longest && values[i] === max)) longestBest += 1;
  }
  return { decisions: counted, longestBest, share: counted === 0 ? 0 : longestBest / counted };
}

export function wordTells(
  decisions: readonly DecisionOptions[],
  minimum: number = TELL_LIMITS.wordOptions,
): WordTell[] {
  const options = classify(decisions);
  const tally = new Map<string, { best: number; worst: number; all: number }>();
  const count = (key: string, side: Classified['side']) => {
    const entry = tally.get(key) ?? { best: 0, worst: 0, all: 0 };
    entry.all += 1;
    if (side === 'best') entry.best += 1;
    if (side === 'worst') entry.worst += 1;
    tally.set(key, entry);
  };
  for (const { text, side } of options) {
    for (const word of new Set(cueWords(text))) count(`word:${word}`, side);
    const first = opening(text);
    if (first) count(`opening:${first}`, side);
  }
  const tells: WordTell[] = [];
  for (const [key, { best, worst, all }] of tally) {
    if (all < minimum || (best !== all && worst !== all)) continue;
    const [kind, word] = key.split(':') as ['word' | 'opening', string];
    tells.push({ word, kind, side: best === all ? 'best' : 'worst', options: all });
  }
  return tells.sort((a, b) => b.options - a.options || a.word.localeCompare(b.word));
}
