/**
 * Each scenario page's first screen, drawn at build time by the app's own play view
 * (src/ui/play/first-screen-markup.ts), so the page shows the opening and its options
 * before the app's code has arrived (issue 17, first choice usable).
 *
 * The play view is TypeScript that imports CSS, so it is loaded with Vite's module runner
 * (`runnerImport`, experimental since Vite 6.1 and unchanged in Vite 8): it transforms the
 * module and its imports as the dev server would, without a second bundle. Its CSS imports
 * are resolved to an empty module: markup needs none, and Vite's CSS plugin is not set up in
 * a runner's environment (Vite 8.3 fails on `cssModulesCache.get(config)`). The view runs in
 * this process under a DOM of happy-dom's, installed on `globalThis` only while it draws.
 */
import { pageTitle } from '../ui/shell/screen-title.ts';
import { escapeMarkup } from './markup-text.ts';
import { join } from 'node:path';
import { build, runnerImport, type Plugin, type Rollup } from 'vite';
import { Window } from 'happy-dom';
import type { Scenario } from '../sim/story/scenario.ts';
import type * as Markup from '../ui/play/first-screen-markup.ts';

const NO_STYLES = '\0first-screen:no-styles';
/** Every stylesheet the view imports, as an empty module. */
const noStyles: Plugin = {
  name: 'service-chain:first-screen-no-styles',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? NO_STYLES : null),
  load: (id) => (id === NO_STYLES ? 'export {};' : null),
};

/** What the play view reaches for beyond `document`, made inert: nothing runs after a draw. */
const quiet = {
  requestAnimationFrame: () => 0,
  cancelAnimationFrame: () => undefined,
  setInterval: () => 0,
  clearInterval: () => undefined,
};

/** Run `draw` with a DOM's `document` (and still timers) on globalThis, then put back what was there. */
function withDocument<T>(window: Window, draw: () => T): T {
  const globals: Record<string, unknown> = { ...quiet, window, document: window.document };
  const saved = new Map(
    Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]),
  );
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  try {
    return draw();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}

/** A drawer of first screens: the play view's module, loaded once for a build. */
export async function firstScreenDrawer(
  root: string,
): Promise<(scenario: Scenario) => string | null> {
  const { module } = await runnerImport<typeof Markup>(
    join(root, 'src/ui/play/first-screen-markup.ts'),
    {
      root,
      logLevel: 'silent',
      plugins: [noStyles],
    },
  );
  return (scenario) => {
    const window = new Window();
    try {
      return withDocument(window, () => module.firstScreenMarkup(scenario));
    } finally {
      void window.happyDOM.close();
    }
  };
}

/**
 * The pages' classic script (src/ui/play/first-screen-script.ts), bundled on its own as one
 * minified IIFE: the same `displayOrder`, save key and settings code the app runs, with none
 * of the app. A file, never inline, so the page runs under the strict CSP (README).
 */
export async function firstScreenScript(root: string): Promise<string> {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [noStyles],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(root, 'src/ui/play/first-screen-script.ts'),
        formats: ['iife'],
        name: 'firstScreen',
      },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = results.flatMap((result) => result.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error('the first-screen script is not one file');
  return chunks[0].code;
}

/** A scenario's first screen for its page: the play view's markup and the scenario's title. */
export interface FirstScreen {
  readonly title: string;
  readonly markup: string;
  /** The address of the script that shows it (firstScreenScript). */
  readonly script: string;
}

/** `html` with `pattern`'s one match replaced; a page that lacks it fails the build, not the learner. */
function replaceOnce(html: string, pattern: RegExp, replace: (match: string) => string): string {
  if (!pattern.test(html)) throw new Error(`a scenario page has no ${String(pattern)} to fill in`);
  return html.replace(pattern, replace);
}

/**
 * The page with the scenario's first screen at the start of `<main>` (hidden until the page's
 * script shows it, when it also takes away the "Loading…" line) and its title in the
 * heading and the tab.
 */
export function withFirstScreen(html: string, { title, markup, script }: FirstScreen): string {
  const named = escapeMarkup(title);
  let page = replaceOnce(
    html,
    /<title>[^<]*<\/title>/,
    () => `<title>${escapeMarkup(pageTitle(title))}</title>`,
  );
  page = replaceOnce(
    page,
    /<h1 id="scenario-title">[^<]*<\/h1>/,
    () => `<h1 id="scenario-title">${named}</h1>`,
  );
  page = replaceOnce(page, /<main id="main"[^>]*>/, (main) => `${main}\n        ${markup}`);
  // Parsed after the markup and before the "Loading…" line's end of <main>: it runs before
  // the first paint in practice (it is small and asked for with the stylesheet, which the
  // paint waits for); should it come later, the page shows "Loading…" until it runs.
  return replaceOnce(
    page,
    /<\/main>/,
    (end) => `  <script src="${script}"></script>\n      ${end}`,
  );
}
