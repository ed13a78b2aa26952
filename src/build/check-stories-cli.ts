/**
 * `npm run stories:check [files…]`: compiles and explores every story (or the
 * ones named), prints what each can reach, and exits non-zero on any problem.
 * With `--reference` (`npm run stories:reference`) each story is explored
 * again in the slow reference mode, and any difference is a problem.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadCast } from './cast-file.ts';
import { compileInk, compileStory, type CompiledStory } from './compile-story.ts';
import { InkCache } from './story-cache.ts';
import { storyArgumentProblem, storyId } from './story-files.ts';
import { referenceDisagreements } from './reference-check.ts';
import type { DecisionOptions } from '../sim/checker/explore-report.ts';
import { tellReport, type TellReport } from '../sim/checker/tells.ts';
import { lengthTell, wordTells } from '../sim/checker/option-tells.ts';
import { percent, tellProblems, TELL_LIMITS } from '../sim/checker/tell-limits.ts';
import {
  coverageMarkdown,
  coverage,
  uncoveredMarkingPoints,
  type CoveredStory,
} from './coverage.ts';

function describeTells(report: TellReport): string[] {
  const { length } = report;
  const lines = [
    `  tells (limits: longest option best ≤ ${percent(TELL_LIMITS.longestBest)}; no cue word in ≥ ${TELL_LIMITS.wordOptions} options; policy plays: no strong ending, Strong on ≤ ${TELL_LIMITS.policyStrongBands} dimensions):`,
    `    longest option is the best in ${length.longestBest} of ${length.decisions} decisions (${percent(length.share)})`,
    `    cue words: ${report.words.length === 0 ? 'none' : report.words.map((w) => `"${w.word}" (${w.kind}, ${w.side} in all ${w.options})`).join(', ')}`,
  ];
  for (const play of report.policies) {
    const name = `always ${play.policy}`.padEnd(16);
    lines.push(
      play.order === 'ink'
        ? `    ${name} in Ink's order:   ${play.outcome ?? 'no'} ending "${play.endingTitle ?? '-'}", Strong on ${play.strongBands}`
        : `    ${name} on screen (${play.plays} seeds): strong ending in ${play.strongEndings}, best "${play.endingTitle ?? '-'}", Strong on ${play.strongBands} (median)`,
    );
  }
  return lines;
}

/** CPU milliseconds (user + system, every thread of this process) since `since`. */
function cpuMilliseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function describe(story: CompiledStory, cpu: number): string {
  const lines = [
    `${story.file}  (compiled and explored in ${story.milliseconds.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU)`,
  ];
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

const COVERAGE = join('docs', 'syllabus-coverage.md');

function main(args: readonly string[]): number {
  const root = process.cwd();
  const writeDocs = args.includes('--write-docs');
  const reference = args.includes('--reference');
  const flags = ['--write-docs', '--reference', '--no-cache'];
  const named = args.filter((arg) => !flags.includes(arg));
  // Ink's compiler output is kept (by source and inkjs) unless --no-cache: the rest runs every time.
  const inkCache = args.includes('--no-cache')
    ? null
    : new InkCache(root, join(root, 'node_modules', '.cache', 'service-chain', 'ink'));
  const files =
    named.length > 0
      ? named
      : readdirSync(join(root, 'stories'))
          .filter((name) => name.endsWith('.ink'))
          .sort()
          .map((name) => join('stories', name));
  const refused = named.flatMap((file) => {
    const problem = storyArgumentProblem(file);
    return problem ? [`stories:check: ${problem}`] : [];
  });
  if (refused.length > 0) {
    for (const line of refused) console.error(line);
    return 2;
  }
  const started = performance.now();
  // The cast first: every story names its people from it, and a clash in it fails the check.
  const { cast, errors: castErrors } = loadCast(root);
  for (const error of castErrors) console.error(error);
  if (!cast) return 1;
  let problems = castErrors.length;
  let states = 0;
  const covered: CoveredStory[] = [];
  const referenceTotals = { fast: 0, reference: 0 };
  const libraryOptions: DecisionOptions[] = [];
  for (const file of files) {
    const name = relative(root, resolve(root, file));
    const cpuBefore = process.cpuUsage();
    const story = compileStory(readFileSync(file, 'utf8'), name, storyId(file), cast, {
      ...(inkCache ? { compileInk: (source: string) => inkCache.compile(source, compileInk) } : {}),
      // Only on long runs (after three seconds), and on stderr, so the report stays clean.
      onProgress: ({ states, moves, seconds }) =>
        process.stderr.write(
          `${name}: still exploring: ${states.toLocaleString('en-GB')} states, ${moves.toLocaleString('en-GB')} moves, ${seconds.toFixed(0)} s\n`,
        ),
    });
    if (story.scan && story.scenario) {
      covered.push({
        id: story.scenario.id,
        title: story.scenario.meta.title,
        file: story.file,
        scan: story.scan,
      });
    }
    const storyCpu = cpuMilliseconds(cpuBefore);
    console.log(describe(story, storyCpu));
    if (reference && story.scenario && story.scan && story.report) {
      const begun = performance.now();
      const referenceCpuBefore = process.cpuUsage();
      const differences = referenceDisagreements(
        story.scenario,
        [...story.scan.knots.keys()],
        story.report,
      );
      // CPU beside wall: on the shared machine wall time mostly measures the load.
      const referenceCpu = cpuMilliseconds(referenceCpuBefore);
      referenceTotals.reference += referenceCpu;
      referenceTotals.fast += storyCpu;
      console.log(
        `  reference mode: ${differences.length === 0 ? 'agrees' : 'DISAGREES'} (${((performance.now() - begun) / 1000).toFixed(1)} s wall, ${(referenceCpu / 1000).toFixed(1)} s CPU: ${(referenceCpu / storyCpu).toFixed(1)}× the fast route's compile and explore)`,
      );
      for (const difference of differences)
        console.error(`${story.file}: reference: ${difference}`);
      problems += differences.length;
    }
    for (const warning of story.warnings) console.error(`warning: ${warning}`);
    for (const error of story.errors) console.error(error);
    problems += story.errors.length;
    states += story.report?.states ?? 0;
    if (story.scenario && story.report) {
      const tells = tellReport(
        story.scenario,
        story.report.options,
        undefined,
        story.report.player,
      );
      console.log(describeTells(tells).join('\n'));
      for (const problem of tellProblems(tells)) console.error(`${story.file}: tell: ${problem}`);
      problems += tellProblems(tells).length;
      libraryOptions.push(...story.report.options);
    }
    console.log('');
  }
  if (libraryOptions.length > 0 && files.length > 1) {
    const length = lengthTell(libraryOptions);
    const words = wordTells(libraryOptions);
    console.log(
      `library: longest option is the best in ${length.longestBest} of ${length.decisions} decisions (${percent(length.share)}); cue words across stories: ${words.length === 0 ? 'none' : words.map((w) => `"${w.word}" (${w.kind}, ${w.side} in all ${w.options})`).join(', ')}`,
    );
    const libraryTells = tellProblems({ length, words, policies: [] });
    for (const problem of libraryTells)
      console.error(`stories: tell across the library: ${problem}`);
    problems += libraryTells.length;
  }
  if (named.length === 0) {
    // The whole library: require every marking point, and keep the coverage matrix true.
    const markdown = coverageMarkdown(covered);
    if (writeDocs) {
      writeFileSync(join(root, COVERAGE), markdown);
      console.log(`wrote ${COVERAGE}`);
    } else if (
      !existsSync(join(root, COVERAGE)) ||
      readFileSync(join(root, COVERAGE), 'utf8') !== markdown
    ) {
      console.error(`${COVERAGE} is stale: it no longer matches the stories; run "npm run docs"`);
      problems += 1;
    }
    const missing = uncoveredMarkingPoints(coverage(covered));
    for (const point of missing)
      console.error(`stories: no decision evidences the marking point "${point}"`);
    problems += missing.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const ink = inkCache
    ? `Ink's compiler ran for ${inkCache.counts.compiled}, its kept output used for ${inkCache.counts.cached}`
    : "Ink's compiler ran for every story (--no-cache)";
  // CPU of this whole process since it started (tsx's start-up included), every thread.
  const cpu = cpuMilliseconds({ user: 0, system: 0 }) / 1000;
  if (reference)
    console.log(
      `reference mode (public inkjs API only): ${(referenceTotals.reference / 1000).toFixed(1)} s CPU against ${(referenceTotals.fast / 1000).toFixed(1)} s for the fast route's compile and explore, ${(referenceTotals.reference / referenceTotals.fast).toFixed(1)}×`,
    );
  console.log(
    `${files.length} stories, ${states} states in ${seconds.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU for the process (${ink}), ${problems} problem(s)`,
  );
  return problems === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A fault in the checker itself: one line, not a stack, and a distinct exit code.
  console.error(`stories:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
