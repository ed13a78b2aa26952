/**
 * What the SCORM and cmi5 packages share (scorm-package.ts, cmi5-package.ts): the scenarios
 * they offer, and the zip of a build with its descriptor, written the same for the same build.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { loadCast } from './cast-file.ts';
import { scanSource } from './source-scan.ts';
import { metaFromGlobalTags } from '../sim/story/scenario.ts';

export interface PackageItem {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** Every scenario in stories/, by id, with its title. */
export function scenarioItems(storiesDir: string): PackageItem[] {
  const { cast, errors } = loadCast(dirname(storiesDir), join(basename(storiesDir), 'cast.json'));
  if (!cast) throw new Error(errors.join('\n'));
  return readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink'))
    .sort()
    .flatMap((name) => {
      const meta = metaFromGlobalTags(
        scanSource(readFileSync(join(storiesDir, name), 'utf8'), cast).headerTags,
        cast,
      );
      return meta.ok
        ? [
            {
              id: name.slice(0, -'.ink'.length),
              title: meta.meta.title,
              summary: meta.meta.summary,
            },
          ]
        : [];
    });
}

/** Every file under a folder, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

/**
 * The zip an LMS imports: the package's descriptor (`name`, written by `describe` from the
 * build's files, relative and with /), then every file of the build at `built`. Same build,
 * same bytes (a fixed date). Returns its size.
 */
export function writePackageZip(
  built: string,
  name: string,
  describe: (files: readonly string[]) => string,
  zipFile: string,
): number {
  const paths = filesUnder(built);
  const files = paths.map((path) => relative(built, path).split(sep).join('/'));
  const entries: Record<string, Uint8Array> = {
    [name]: new TextEncoder().encode(describe(files)),
  };
  for (const [at, path] of paths.entries()) entries[files[at] ?? path] = readFileSync(path);
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(zipFile, zip);
  return zip.length;
}

/** As a script after `npm run build:<kind>`: the zip of dist-<kind>/package, beside it. */
export function writePackageOfBuild(
  kind: string,
  zipName: string,
  write: (built: string, storiesDir: string, zipFile: string) => number,
): void {
  const root = join(import.meta.dirname, '..', '..');
  const out = join(root, `dist-${kind}`);
  const bytes = write(join(out, 'package'), join(root, 'stories'), join(out, zipName));
  console.log(`dist-${kind}/${zipName}: ${(bytes / 1024).toFixed(0)} KiB`);
}
