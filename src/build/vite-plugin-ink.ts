/**
 * Compiles `stories/*.ink` when the game imports them, so the player's bundle
 * holds compiled stories and never Ink's compiler. A story with a mistake
 * fails the build, and in dev shows `file:line: message` in the terminal and
 * the browser overlay; saving a story recompiles it and reloads the page.
 * `vite build` checks every story before bundling, so a mistake ends the build
 * with its `file:line` lines and nothing else; compiled stories are cached by
 * content hash, so a build where no story changed explores none again.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { CAST_FILE, loadCast } from './cast-file.ts';
import type { Cast } from '../sim/people/cast.ts';
import { compileStory } from './compile-story.ts';
import { scanSource } from './source-scan.ts';
import { keptStory, StoryCache, toolchainHash, type CachedStory } from './story-cache.ts';
import {
  firstScreenDrawer,
  firstScreenScript,
  withFirstScreen,
  type FirstScreen,
} from './first-screen-pages.ts';
import type { Scenario } from '../sim/story/scenario.ts';
import { storyId, storyNameProblem } from './story-files.ts';
import { metaFromGlobalTags } from '../sim/story/scenario.ts';
import { SCENARIO_ID } from '../sim/story/scenario-id.ts';

const CATALOGUE_ID = 'virtual:scenario-catalogue';
/**
 * `story.ink?tutor` is the story's tutor notes alone: only a class's screens read them, so
 * they are a chunk of their own and the scenario's chunk, which the first screen waits for,
 * carries what playing needs (issue 17).
 */
const TUTOR_QUERY = 'tutor';
const RESOLVED_CATALOGUE_ID = `\0${CATALOGUE_ID}`;

/**
 * An error for a story's author: the `file:line` lines are the whole message,
 * so the stack (the build tool's own functions) is left out of what Vite prints.
 */
function authorError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * A classic script that preloads the chunk of the scenario named in `?scenario=`.
 * Only an id that matches the rule and is one of the stories' own names is looked up
 * (`__proto__` would otherwise find Object.prototype and request "/[object Object]").
 */
function preloadScript(chunks: Readonly<Record<string, string>>): string {
  return `(function(){var c=${JSON.stringify(chunks)};var s=new URLSearchParams(location.search).get('scenario');var f=s&&${SCENARIO_ID.toString()}.test(s)&&Object.prototype.hasOwnProperty.call(c,s)?c[s]:null;if(f){var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l);}})();\n`;
}

/** index.html with the script that preloads the scenario in its URL, first in its head. */
function withPreloadScript(html: string, file: string): string {
  if (!html.includes('<head>')) throw new Error('index.html has no <head> for preload-scenario.js');
  return html.replace('<head>', `<head>\n    <script src="${file}" async></script>`);
}

interface ScenarioPage {
  readonly id: string;
  readonly fileName: string;
  readonly html: string;
}

/**
 * Each scenario's own page, `<id>.html` beside index.html: the same page, with its story's
 * chunk named in the HTML (a modulepreload link), so the story downloads beside the app's
 * code instead of a round trip after a script that finds it (issue 17; on Fast 3G gzipped
 * that round trip was most of the gap to a bare inkjs page), and with the scenario's first
 * screen drawn in it (first-screen-pages.ts). Its address still names the scenario
 * (`late-supplier.html?scenario=late-supplier`): the app reads its routes from the query,
 * as on index.html.
 */
function scenarioPages(
  html: string,
  chunks: Readonly<Record<string, string>>,
  firstScreen: (id: string) => FirstScreen | null,
): ScenarioPage[] {
  return Object.entries(chunks).map(([id, chunk]) => {
    const link = `<link rel="modulepreload" crossorigin href="${chunk}">`;
    const page = html.replace('<head>', `<head>\n    ${link}`);
    const screen = firstScreen(id);
    return { id, fileName: `${id}.html`, html: screen ? withFirstScreen(page, screen) : page };
  });
}

/** The built chunk of each story, by scenario id, as the page addresses it. */
function storyChunks(bundle: Rollup.OutputBundle, base: string): Record<string, string> {
  const chunks: Record<string, string> = {};
  for (const chunk of Object.values(bundle)) {
    const source = chunk.type === 'chunk' ? chunk.facadeModuleId : null;
    if (source?.endsWith('.ink')) chunks[storyId(source)] = `${base}${chunk.fileName}`;
  }
  return chunks;
}

const storyProblems = (file: string, story: CachedStory): string =>
  `Story ${file} has ${story.errors.length} problem(s):\n${story.errors.join('\n')}`;

export interface InkStoriesOptions {
  readonly storiesDir?: string;
  /** Keep compiled stories in Vite's cache folder (on unless false; needs the project's src/). */
  readonly cache?: boolean;
  /**
   * Write each scenario's own page, `<id>.html`, beside index.html in a build (needs the
   * project's src/ui, whose play view draws the page's first screen).
   */
  readonly pages?: boolean;
}

export function inkStories(options: InkStoriesOptions = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  let cache: StoryCache | null = null;
  const storiesDir = () => options.storiesDir ?? join(root, 'stories');
  const storyFiles = () =>
    readdirSync(storiesDir())
      .filter((name) => name.endsWith('.ink'))
      .sort()
      .map((name) => join(storiesDir(), name));
  /** This process's results, so the check before bundling and the bundling share one compile. */
  const done = new Map<string, { source: string; story: CachedStory }>();

  const played = new WeakMap<CachedStory, Scenario>();
  /**
   * A story as the game plays it: without its tutor notes, and with where every attempt stands
   * at its first decision (issue 17), kept with the compiled story (story-cache.ts).
   */
  function playable(story: CachedStory): Scenario | null {
    if (!story.scenario) return null;
    const known = played.get(story);
    if (known) return known;
    // Left out of the module (JSON has no undefined): the notes are a chunk of their own.
    const toPlay: Scenario = { ...story.scenario, tutor: undefined };
    const { opening } = story;
    const scenario = opening ? { ...toPlay, opening } : toPlay;
    played.set(story, scenario);
    return scenario;
  }

  const castPath = () => join(storiesDir(), basename(CAST_FILE));
  /** The cast every story names its people from; a clash in it fails the build. */
  function currentCast(): { cast: Cast; text: string } {
    const dir = storiesDir();
    const loaded = loadCast(dirname(dir), join(basename(dir), basename(CAST_FILE)));
    if (!loaded.cast || loaded.errors.length > 0) {
      throw authorError(
        `The cast has ${loaded.errors.length} problem(s):\n${loaded.errors.join('\n')}`,
      );
    }
    return { cast: loaded.cast, text: readFileSync(castPath(), 'utf8') };
  }

  function compileFile(file: string): CachedStory {
    const { cast, text } = currentCast();
    const source = readFileSync(file, 'utf8');
    // A compiled story depends on the cast too: a changed cast compiles every story again.
    const key = `${source}\n// cast\n${text}`;
    const known = done.get(file);
    if (known?.source === key) return known.story;
    const name = relative(root, file);
    let story = cache?.get(name, key) ?? null;
    if (!story) {
      const compiled = compileStory(source, name, storyId(file), cast, {
        onProgress: ({ states, moves, seconds }) =>
          process.stderr.write(
            `${name}: still exploring: ${states.toLocaleString('en-GB')} states, ${moves.toLocaleString('en-GB')} moves, ${seconds.toFixed(0)} s\n`,
          ),
      });
      story = keptStory(compiled);
      cache?.set(name, key, story);
    }
    done.set(file, { source: key, story });
    return story;
  }

  return {
    name: 'service-chain:ink',
    configResolved(config) {
      root = config.root;
      base = config.base;
      const src = join(root, 'src');
      if (options.cache !== false && existsSync(join(src, 'build')))
        cache = new StoryCache(join(config.cacheDir, 'stories'), toolchainHash(root, src));
      if (config.command !== 'build' || config.build.watch) return;
      // Every story is checked before bundling: an error thrown here reaches the
      // terminal as its own text, where one from the bundler comes with its stack.
      const problems = storyFiles().flatMap((file) => {
        const story = compileFile(file);
        for (const warning of story.warnings ?? []) config.logger.warn(`warning: ${warning}`);
        return story.errors.length > 0 ? [storyProblems(relative(root, file), story)] : [];
      });
      if (problems.length > 0) throw authorError(problems.join('\n\n'));
    },
    // A story's notes chunk would share its name with the story's own chunk: it is named apart,
    // so `assets/<id>-*.js` is the scenario the first screen loads, and nothing else.
    outputOptions(output) {
      const named = output.chunkFileNames ?? '[name]-[hash].js';
      return {
        ...output,
        chunkFileNames: (chunk) => {
          const pattern = typeof named === 'function' ? named(chunk) : named;
          return chunk.facadeModuleId?.endsWith(`.ink?${TUTOR_QUERY}`)
            ? pattern.replace('[name]', 'tutor-notes-[name]')
            : pattern;
        },
      };
    },
    // After Vite has written index.html (its own hook has no order, so it runs before this).
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const chunks = storyChunks(bundle, base);
        const index = bundle['index.html'];
        if (Object.keys(chunks).length === 0 || index?.type !== 'asset') return;
        const html = String(index.source);
        if (options.pages) {
          const draw = await firstScreenDrawer(root);
          const script = this.emitFile({
            type: 'asset',
            name: 'scenario-page.js',
            source: await firstScreenScript(root),
          });
          const firstScreen = (id: string): FirstScreen | null => {
            const scenario = playable(compileFile(join(storiesDir(), `${id}.ink`)));
            const markup = scenario ? draw(scenario) : null;
            return markup
              ? {
                  title: scenario!.meta.title,
                  markup,
                  script: `${base}${this.getFileName(script)}`,
                }
              : null;
          };
          for (const page of scenarioPages(html, chunks, firstScreen))
            if (bundle[page.fileName])
              this.warn(
                `${page.fileName} is already in the build: scenario "${page.id}" has no page of its own`,
              );
            else this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
        }
        // index.html alone finds the scenario named in its URL with a script; a page names it.
        const reference = this.emitFile({
          type: 'asset',
          name: 'preload-scenario.js',
          source: preloadScript(chunks),
        });
        index.source = withPreloadScript(html, `${base}${this.getFileName(reference)}`);
      },
    },
    resolveId(id) {
      return id === CATALOGUE_ID ? RESOLVED_CATALOGUE_ID : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOGUE_ID) {
        const { cast } = currentCast();
        this.addWatchFile(castPath());
        const entries = storyFiles()
          .map((file) => {
            this.addWatchFile(file);
            const badName = storyNameProblem(file);
            if (badName) this.error(authorError(`${relative(root, file)}: ${badName}`));
            const meta = metaFromGlobalTags(
              scanSource(readFileSync(file, 'utf8'), cast).headerTags,
              cast,
            );
            return meta.ok ? { id: storyId(file), meta: meta.meta } : null;
          })
          .filter((entry) => entry !== null);
        return `export default ${JSON.stringify(entries)};`;
      }
      const [file = id, query] = id.split('?');
      const tutorNotes = query === TUTOR_QUERY;
      if (!file.endsWith('.ink') || (query !== undefined && !tutorNotes)) return null;
      const story = compileFile(file);
      // In a build, the check before bundling has already shown them (and the notes' module
      // is the same story: its warnings were shown with the scenario's).
      if (this.environment.config.command !== 'build' && !tutorNotes)
        for (const warning of story.warnings ?? []) this.warn(warning);
      if (story.errors.length > 0 || !story.scenario)
        this.error(authorError(storyProblems(relative(root, file), story)));
      if (tutorNotes)
        return {
          code: `export default ${JSON.stringify(story.scenario.tutor ?? null)};`,
          map: null,
        };
      return { code: `export default ${JSON.stringify(playable(story))};`, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (basename(file) === basename(CAST_FILE)) {
        // Every story and the catalogue read the cast: start again from it.
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      if (!file.endsWith('.ink')) return;
      const catalogue = server.moduleGraph.getModuleById(RESOLVED_CATALOGUE_ID);
      if (catalogue) server.moduleGraph.invalidateModule(catalogue);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
