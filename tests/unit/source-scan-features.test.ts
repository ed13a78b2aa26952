/**
 * Ink features the checker cannot judge soundly are refused by the source
 * scanner with their line and a reason; an Ink bug the authoring style can
 * trigger (glue, then a line of tags: inkle/ink#923) is warned about.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInk, compileStory } from '../../src/build/compile-story.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import { fixtureCast } from './casts.ts';

const tiny = readFileSync(fileURLToPath(new URL('../fixtures/tiny.ink', import.meta.url)), 'utf8');

/** tiny.ink with `extra` written in place of its first line of speech. */
const withLines = (extra: string) => tiny.replace('"My order is late."', extra);

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** What Ink shows, line by line, for a story of plain text. */
function played(source: string): string[] {
  const { json } = compileInk(source);
  const story = new Story(json!);
  const lines: string[] = [];
  while (story.canContinue) lines.push((story.Continue() ?? '').trim());
  return lines;
}

describe('glue followed by a line of tags (inkle/ink#923)', () => {
  it('is an Ink bug: every later line joins the first', () => {
    expect(played('A <>\n# speaker: x\nB\nC\nD\n-> END')).toEqual(['A BCD']);
  });

  it.each([
    ['glue at the end of a line, tags on the next', 'A <>\n# clock: +1m\nB'],
    ['glue at the end of a line, a blank line, then tags', 'A <>\n\n# clock: +1m\nB'],
    ['a line of glue carrying tags', 'A\n<> # clock: +1m\nB'],
  ])('is warned about with the glue line: %s', (_, lines) => {
    const source = withLines(lines);
    const story = compileStory(source, 'stories/tiny.ink', 'tiny', fixtureCast());
    const line = lineOf(source, '<>');
    expect(story.warnings).toEqual([
      `stories/tiny.ink:${line}: glue (<>) followed by a line of tags makes Ink join every later line into one (inkle/ink#923): put the tags above the glued line, or end the line without <>`,
    ]);
  });

  it('is not warned about when the tags stand above the glued line', () => {
    expect(scanSource(withLines('# clock: +1m\nA <>\nB'), fixtureCast()).warnings).toEqual([]);
  });
});

describe('Ink features the checker cannot judge', () => {
  it('refuses INCLUDE with its line: a scenario is one file', () => {
    const source = `INCLUDE more.ink\n${tiny}`;
    expect(scanSource(source, fixtureCast()).errors).toContainEqual({
      line: 1,
      message:
        'INCLUDE is not supported: a scenario is one file, whose tags and lines the checker reads; put the included content in this file',
    });
  });

  it('refuses an external function other than mood() and trust()', () => {
    const source = tiny.replace('EXTERNAL trust(who)', 'EXTERNAL trust(who)\nEXTERNAL dice(sides)');
    expect(scanSource(source, fixtureCast()).errors).toContainEqual({
      line: lineOf(source, 'EXTERNAL dice'),
      message:
        'EXTERNAL dice: the game answers only mood() and trust(); another external function would be an input the checker cannot see',
    });
    expect(scanSource(tiny, fixtureCast()).errors).toEqual([]);
  });

  it.each([
    ['RANDOM', '~ temp roll = RANDOM(1, 6)'],
    ['LIST_RANDOM', '{LIST_RANDOM(LIST_ALL(colours))}'],
    ['a shuffle', '{~Hello|Hi|Good morning}'],
    ['a multi-line shuffle', '{ shuffle:'],
  ])('refuses chance (%s) with its line: each attempt has its own seed', (_, text) => {
    const source = withLines(`${text}\n"My order is late."`);
    const found = scanSource(source, fixtureCast()).errors.find(
      (error) => error.line === lineOf(source, text),
    );
    expect(found?.message).toMatch(
      /^chance \(RANDOM, LIST_RANDOM or a shuffle\) is not supported: each attempt plays with its own seed/,
    );
  });

  it('leaves a cycle or a once-only sequence alone: they follow the path', () => {
    expect(scanSource(withLines('{&Hello|Hi}\n{!First|Again}'), fixtureCast()).errors).toEqual([]);
  });
});
