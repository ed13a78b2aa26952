/**
 * `npm run stories:check [files…]`: compiles and explores every story (or the
 * ones named), prints what each can reach, and exits non-zero on any problem.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileStory, type CompiledStory } from './compile-story.ts';
import { storyId } from './vite-plugin-ink.ts';
import {
  coverageMarkdown,
  coverage,
  uncoveredMarkingPoints,
  type CoveredStory,
} from './coverage.ts';

function describe(story: CompiledStory): string {
  const lines = [`${story.file}  (${story.milliseconds.toFixed(0)} ms)`];
  const report = story.report;
  if (report) {
    lines.push(
      `  decision points: ${report.decisions}   states explored: ${report.states}   paths: ${report.paths}`,
    );
    lines.push(`  endings: ${report.endings.size}`);
    for (const ending of report.endings.values()) {
      lines.push(`    ${ending.outcome.padEnd(8)} ${ending.title}  (${ending.paths} paths)`);
    }
    lines.push('  score range per dimension:');
    for (const [dimension, range] of Object.entries(report.ranges)) {
      lines.push(`    ${dimension.padEnd(22)} ${range.min} to ${range.max}`);
    }
  }
  return lines.join('\n');
}

function main(args: readonly string[]): number {
  const root = process.cwd();
  const files =
    args.length > 0
      ? [...args]
      : readdirSync(join(root, 'stories'))
          .filter((name) => name.endsWith('.ink'))
          .sort()
          .map((name) => join('stories', name));
  const started = performance.now();
  let problems = 0;
  let states = 0;
  const covered: CoveredStory[] = [];
  for (const file of files) {
    const story = compileStory(
      readFileSync(file, 'utf8'),
      relative(root, resolve(root, file)),
      storyId(file),
    );
    if (story.scan && story.scenario) {
      covered.push({
        id: story.scenario.id,
        title: story.scenario.meta.title,
        file: story.file,
        scan: story.scan,
      });
    }
    console.log(describe(story));
    for (const error of story.errors) console.error(error);
    problems += story.errors.length;
    states += story.report?.states ?? 0;
    console.log('');
  }
  if (args.length === 0) {
    // The whole library: write the coverage matrix and require every marking point.
    writeFileSync(join(root, 'docs', 'syllabus-coverage.md'), coverageMarkdown(covered));
    const missing = uncoveredMarkingPoints(coverage(covered));
    for (const point of missing)
      console.error(`stories: no decision evidences the marking point "${point}"`);
    problems += missing.length;
    console.log('wrote docs/syllabus-coverage.md');
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${files.length} stories, ${states} states in ${seconds.toFixed(2)} s (${Math.round(states / seconds)} states/s), ${problems} problem(s)`,
  );
  return problems === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
