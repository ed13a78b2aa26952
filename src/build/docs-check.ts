/**
 * Fails when the committed generated docs no longer match what the tests
 * make (run by `npm test` after the browser tests, which write their copies
 * to the ignored test-results/; `npm run docs` refreshes the committed ones).
 * It only reads, so a test run leaves git status clean.
 *
 * - docs/syllabus-coverage.md is compared byte for byte by `npm run
 *   stories:check`, which makes it afresh from the stories.
 * - docs/examples/late-supplier-evidence.json cannot be compared byte for
 *   byte: every export carries its own times, seed and attempt id. It must be
 *   a file of the current format with the same top-level fields as the one
 *   the browser test just downloaded (what lies deeper depends on the path and
 *   ratings the test happened to play, so it is not compared).
 * - docs/examples/late-supplier-report.pdf and docs/screenshots: pixels and
 *   PDF bytes vary from machine to machine, so only that each is there, is a
 *   PDF or PNG, and (screenshots) is as wide as the one the tests just took.
 *   Folders under docs/screenshots (issue-12/: before/after screenshots for
 *   an issue's closing note) are records of a moment, not generated: left alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG's header, or null when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || Buffer.from(bytes.subarray(0, 8)).toString('hex') !== PNG_SIGNATURE)
    return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every field path in a JSON value ("result.ending.title", "decisions[].scored[].why"), sorted. */
export function fieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value))
    return [...new Set(value.flatMap((item) => fieldPaths(item, `${prefix}[]`)))].sort();
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .flatMap(([key, item]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...fieldPaths(item, path)];
      })
      .sort();
  return [];
}

/** What is stale or missing in `docs` against what the tests made in `made`, in words. */
export function docsProblems(docs: string, made: string): string[] {
  const problems: string[] = [];
  const evidence = 'examples/late-supplier-evidence.json';
  if (!existsSync(join(made, evidence))) {
    problems.push(`${join(made, evidence)} is missing: run the browser tests first`);
  } else if (!existsSync(join(docs, evidence))) {
    problems.push(`${join(docs, evidence)} is missing`);
  } else {
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, evidence), 'utf8')) as unknown;
    const [committed, fresh] = [read(docs), read(made)];
    const version = (file: unknown) => (file as { version?: unknown }).version;
    if (version(committed) !== version(fresh))
      problems.push(
        `${join(docs, evidence)} is version ${String(version(committed))}, the app now exports version ${String(version(fresh))}`,
      );
    const fields = (file: unknown) => fieldPaths(file).filter((path) => !/[.[]/.test(path));
    const [had, has] = [fields(committed), fields(fresh)];
    const gone = had.filter((path) => !has.includes(path));
    const added = has.filter((path) => !had.includes(path));
    if (gone.length > 0 || added.length > 0)
      problems.push(
        `${join(docs, evidence)} has other fields than a fresh export (${[...added.map((p) => `new: ${p}`), ...gone.map((p) => `gone: ${p}`)].slice(0, 8).join('; ')})`,
      );
  }
  const pdf = join(docs, 'examples/late-supplier-report.pdf');
  if (!existsSync(pdf) || !readFileSync(pdf).subarray(0, 5).toString().startsWith('%PDF-'))
    problems.push(`${pdf} is missing or not a PDF`);
  const shots = join(docs, 'screenshots');
  // Only the files the tests make: a folder in it (issue-12/) holds screenshots kept as a record.
  const files = existsSync(shots)
    ? readdirSync(shots, { withFileTypes: true }).filter((entry) => entry.isFile())
    : [];
  for (const { name } of files) {
    const size = pngSize(readFileSync(join(shots, name)));
    if (!size) {
      problems.push(`${join(shots, name)} is not a PNG`);
      continue;
    }
    const fresh = join(made, 'screenshots', name);
    const now = existsSync(fresh) ? pngSize(readFileSync(fresh)) : null;
    if (now && now.width !== size.width)
      problems.push(
        `${join(shots, name)} is ${size.width} px wide, the tests now take ${now.width}`,
      );
  }
  return problems;
}

function main(): number {
  const problems = docsProblems('docs', 'test-results');
  for (const problem of problems) console.error(`docs: ${problem}`);
  if (problems.length > 0) console.error('docs: the generated docs are stale: run "npm run docs"');
  else console.log('docs: the committed generated docs match what the tests make');
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
