/**
 * Story files at the edges: a story's file name is its scenario id, so a name
 * that cannot be one is refused with the rule; and the checker's command line
 * answers a wrong argument in one plain line, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { storyArgumentProblem, storyNameProblem } from '../../src/build/story-files.ts';

describe('story file names', () => {
  it('accepts lower-case letters, digits and hyphens', () => {
    expect(storyNameProblem('stories/late-supplier.ink')).toBeNull();
    expect(storyNameProblem('stories/sla-2.ink')).toBeNull();
  });

  it.each([
    ['stories/Late-Supplier.ink', 'late-supplier'],
    ['stories/late supplier.ink', 'late-supplier'],
    ['stories/late_supplier.ink', 'late-supplier'],
  ])('refuses %s with the rule and a name that would do', (file, suggestion) => {
    expect(storyNameProblem(file)).toMatch(
      new RegExp(
        `cannot be a scenario id: a scenario id is up to 64 lower-case letters, digits and hyphens.*rename it to "${suggestion}\\.ink"$`,
      ),
    );
  });
});

describe('the story checker command line', () => {
  const check = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/build/check-stories-cli.ts', ...args], {
      encoding: 'utf8',
    });

  it.each([
    ['a missing file', 'stories/no-such-story.ink', 'no such file: stories/no-such-story.ink'],
    ['a folder', 'stories', 'stories is a folder: name story files'],
    ['a file that is not Ink', 'README.md', 'README.md is not an Ink story'],
  ])('answers %s in one line, without a stack trace', (_, arg, message) => {
    const run = check(arg);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(storyArgumentProblem(arg)).toContain(message);
  });
});
