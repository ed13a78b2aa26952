/**
 * Compiles one Ink story for the game: Ink's own compiler, then the tag
 * protocol checks, then an exploration of every path. Every problem comes
 * back as `file:line: message` (or `file: message` where no line applies).
 */
import { createHash } from 'node:crypto';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { exploreScenario } from '../sim/checker/explore.ts';
import type { ExploreProgress, ExploreReport } from '../sim/checker/explore-report.ts';
import type { Cast } from '../sim/people/cast.ts';
import { metaFromHeader, type Scenario } from '../sim/story/scenario.ts';
import { NO_ENDING_PROBLEM, Session } from '../sim/session/session.ts';
import {
  gatherTutorNotes,
  type NoteSourceItem,
  type TutorNotesResult,
} from '../sim/story/tutor-notes.ts';
import { promiseWordWarnings } from './promise-words.ts';
import { scanSource, type SourceScan, type StoryProblem } from './source-scan.ts';
import { storyNameProblem } from './story-files.ts';
import { loadInk } from '../sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

export interface CompiledStory {
  readonly file: string;
  readonly scenario: Scenario | null;
  readonly report: ExploreReport | null;
  readonly scan: SourceScan | null;
  /** Formatted `file:line: message`; empty when the story is good. */
  readonly errors: readonly string[];
  /** Formatted like errors; they do not fail the build. */
  readonly warnings: readonly string[];
  readonly milliseconds: number;
}

export function formatProblem(file: string, problem: StoryProblem): string {
  return problem.line === null
    ? `${file}: ${problem.message}`
    : `${file}:${problem.line}: ${problem.message}`;
}

/** Ink's compiler reports "ERROR: line 12: message"; turn that into file:line form. */
function inkProblem(message: string): StoryProblem {
  const match = /^(?:ERROR|WARNING|TODO)?:?\s*(?:'[^']*'\s*)?line (\d+):\s*(.*)$/s.exec(
    message.trim(),
  );
  return match ? { line: Number(match[1]), message: match[2]!.trim() } : { line: null, message };
}

export function compileInk(source: string): { json: string | null; problems: StoryProblem[] } {
  const problems: StoryProblem[] = [];
  // Count visits to every knot, so the checker can tell which content no path reaches.
  const options = new CompilerOptions(null, [], true, (message: string, type: number) => {
    // Ink's warnings (type 1) are advice, not failures.
    if (type !== 1) problems.push(inkProblem(message));
  });
  const compiler = new Compiler(source, options);
  try {
    const story = compiler.Compile();
    if (problems.length > 0) return { json: null, problems };
    return { json: story.ToJson() ?? null, problems };
  } catch (error) {
    if (problems.length === 0)
      problems.push({
        line: null,
        message: error instanceof Error ? error.message : String(error),
      });
    return { json: null, problems };
  }
}

function sourceLineOfChoice(scan: SourceScan, text: string): number | null {
  return scan.choices.find((choice) => choice.text === text)?.line ?? null;
}

/**
 * Fix: problems found along a path (a path with no ending, a runtime error)
 * came out as `file: message` with no line. Point them at the option last
 * chosen on that path, found by replaying it.
 */
function lineOfLastChoice(
  scan: SourceScan,
  scenario: Scenario,
  path: readonly number[],
): number | null {
  if (path.length === 0) return null;
  const last = Session.replay(scenario, path).session.simState.decisions.at(-1);
  const text = last?.options[last.chosen];
  return text === undefined ? null : sourceLineOfChoice(scan, text);
}

/** A dateline or a deadline that disagrees with the clock quotes its words: the source line that says them. */
function lineOfNarration(source: string, message: string): number | null {
  const quoted = /^the (?:narration says|deadline) "(.+?)…?" (?:but|falls due)/.exec(message)?.[1];
  if (!quoted) return null;
  const at = source.split('\n').findIndex((line) => line.includes(quoted));
  return at === -1 ? null : at + 1;
}

/** Turn what the exploration found into author-facing problems with lines. */
function explorationProblems(
  scan: SourceScan,
  report: ExploreReport,
  scenario: Scenario,
  source: string,
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const pathText = (path: readonly number[]) => {
    const choices = path.map((i) => i + 1);
    if (choices.length === 0) return 'at the start';
    if (choices.length <= 12) return `after choices ${choices.join(', ')}`;
    return `after ${choices.length} choices: ${choices.slice(0, 6).join(', ')}, … ${choices.slice(-3).join(', ')}`;
  };
  for (const problem of report.problems) {
    // The session's own note for a path with no ending repeats the explorer's "no-ending" problem.
    if (problem.kind === 'runtime' && problem.message === NO_ENDING_PROBLEM) continue;
    // A loop or a budget names the knot it went round; its path may never end, so is not replayed.
    const line = problem.choice
      ? sourceLineOfChoice(scan, problem.choice)
      : problem.knot !== undefined
        ? (scan.knots.get(problem.knot) ?? null)
        : problem.kind === 'budget'
          ? null
          : (lineOfNarration(source, problem.message) ??
            lineOfLastChoice(scan, scenario, problem.path));
    problems.push({ line, message: `${problem.message} (${pathText(problem.path)})` });
  }
  // A stopped exploration has not seen everything, so nothing can be called unreachable.
  if (!report.complete) return problems;
  for (const [knot, line] of scan.knots) {
    if (!report.visited.has(knot))
      problems.push({ line, message: `unreachable: no path visits "${knot}"` });
  }
  for (const choice of scan.choices) {
    if (!report.offered.has(choice.text))
      problems.push({
        line: choice.line,
        message: `unreachable: no path offers the option "${choice.text}"`,
      });
  }
  const reachedEndings = new Set([...report.endings.values()].map((ending) => ending.title));
  for (const { line, tag } of scan.tags) {
    if (tag?.kind === 'ending' && !reachedEndings.has(tag.title)) {
      problems.push({ line, message: `unreachable: no path reaches the ending "${tag.title}"` });
    }
    if (tag?.kind === 'score' && !report.scored.has(tag.dimension)) {
      problems.push({ line, message: `no path can score the dimension "${tag.dimension}"` });
    }
  }
  for (const [dimension, range] of Object.entries(report.ranges)) {
    if (range.min === range.max) {
      problems.push({
        line: null,
        message: `"${dimension}" always scores ${range.min}: give it a stronger and a weaker option`,
      });
    }
  }
  const outcomes = new Set([...report.endings.values()].map((ending) => ending.outcome));
  for (const outcome of ['strong', 'partial', 'failed'] as const) {
    if (!outcomes.has(outcome))
      problems.push({ line: null, message: `no path reaches a "${outcome}" ending` });
  }
  return problems;
}

/** The story's knots, tags and options in the order they were written, for the tutor notes. */
function tutorNotesOf(scan: SourceScan): TutorNotesResult {
  const rank = { knot: 0, tag: 1, choice: 2 } as const;
  const items: NoteSourceItem[] = [
    ...[...scan.knots.values()].map((line) => ({ line, kind: 'knot' as const })),
    ...scan.tags.flatMap(({ line, tag }) => (tag ? [{ line, kind: 'tag' as const, tag }] : [])),
    ...scan.choices.map(({ line, text }) => ({ line, kind: 'choice' as const, text })),
  ].sort((a, b) => a.line - b.line || rank[a.kind] - rank[b.kind]);
  const evidenced = new Set(
    scan.tags.flatMap(({ tag }) => (tag?.kind === 'evidence' ? [tag.point] : [])),
  );
  return gatherTutorNotes(items, evidenced);
}

export interface CompileOptions {
  /** Called about every two seconds while a story takes more than three to explore. */
  readonly onProgress?: (progress: ExploreProgress) => void;
  /** Runs Ink's compiler; `stories:check` passes one that keeps its output (story-cache.ts). */
  readonly compileInk?: (source: string) => {
    readonly json: string | null;
    readonly problems: readonly StoryProblem[];
  };
}

/** Compile one story; the people its header names come from the library's `cast`. */
export function compileStory(
  source: string,
  file: string,
  id: string,
  cast: Cast,
  options: CompileOptions = {},
): CompiledStory {
  const started = performance.now();
  const finish = (
    partial: Omit<CompiledStory, 'milliseconds' | 'file' | 'warnings'>,
  ): CompiledStory => ({
    ...partial,
    file,
    warnings: [...(partial.scan?.warnings ?? []), ...promiseWordWarnings(source)].map((p) =>
      formatProblem(file, p),
    ),
    milliseconds: performance.now() - started,
  });
  const scan = scanSource(source, cast);
  const badName = storyNameProblem(file);
  if (badName)
    return finish({ scenario: null, report: null, scan, errors: [`${file}: ${badName}`] });
  const compiled = (options.compileInk ?? compileInk)(source);
  const early = [...compiled.problems, ...scan.errors];
  if (early.length > 0 || !compiled.json) {
    return finish({
      scenario: null,
      report: null,
      scan,
      errors: early.map((p) => formatProblem(file, p)),
    });
  }
  const meta = metaFromHeader(scan.header, cast);
  if (!meta.ok) {
    return finish({
      scenario: null,
      report: null,
      scan,
      errors: meta.errors.map((p) => formatProblem(file, p)),
    });
  }
  const tutor = tutorNotesOf(scan);
  if (tutor.problems.length > 0) {
    return finish({
      scenario: null,
      report: null,
      scan,
      errors: tutor.problems.map((p) => formatProblem(file, p)),
    });
  }
  const version = createHash('sha256').update(compiled.json).digest('hex').slice(0, 12);
  const pins = Object.fromEntries(
    scan.choices.flatMap((choice) => (choice.pin ? [[choice.text, choice.pin] as const] : [])),
  );
  const draft: Scenario = {
    id,
    version,
    meta: meta.meta,
    story: compiled.json,
    ranges: {},
    ...(scan.tags.some(({ tag }) => tag?.kind === 'chain-task') ? { chainTasks: true } : {}),
    ...(Object.keys(pins).length > 0 ? { pins } : {}),
    ...(tutor.notes ? { tutor: tutor.notes } : {}),
  };
  const report = exploreScenario(draft, {
    knots: [...scan.knots.keys()],
    onProgress: options.onProgress,
  });
  const chances = report.complete ? report.chances : {};
  const scenario: Scenario = {
    ...draft,
    ranges: report.ranges,
    ...(Object.keys(chances).length > 0 ? { chances } : {}),
  };
  const errors = explorationProblems(scan, report, scenario, source).map((p) =>
    formatProblem(file, p),
  );
  return finish({ scenario, report, scan, errors });
}
