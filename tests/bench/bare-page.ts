/**
 * The bare inkjs page the benchmark compares the game with: inkjs and the
 * story, its lines and its options as plain HTML, and a number key choosing
 * an option, with nothing else (no simulation, styles or report).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileInk } from '../../src/build/compile-story.ts';
import { sender } from '../e2e/harness.ts';

const INK_JS = join(import.meta.dirname, '..', '..', 'node_modules', 'inkjs', 'dist', 'ink.js');

export function bareInkGzip(): number {
  return gzipSync(readFileSync(INK_JS), { level: 9 }).length;
}

/**
 * A bare page: inkjs and the story, its lines and its options as plain HTML;
 * gzipped if `compress`, through the sender the app's server uses.
 */
export function barePages(compress = false): { url: Promise<string>; close: () => void } {
  const send = sender(compress);
  const ink = readFileSync(INK_JS);
  const stories = new Map<string, string>();
  const storyOf = (id: string): string => {
    let json = stories.get(id);
    if (!json) {
      json = compileInk(readFileSync(join('stories', `${id}.ink`), 'utf8')).json ?? '';
      stories.set(id, json);
    }
    return json;
  };
  const page = (
    id: string,
  ) => `<!doctype html><html lang="en"><body><main><ol id="log" role="log"></ol><div role="group" aria-label="Choices" id="choices"></div></main>
<script src="/ink.js"></script><script src="/story-${id}.js"></script><script>
const story = new inkjs.Story(STORY);
story.BindExternalFunction('mood', () => 'calm', false);
story.BindExternalFunction('trust', () => 60, false);
function show() {
  while (story.canContinue) { const li = document.createElement('li'); li.textContent = story.Continue(); document.getElementById('log').append(li); }
  document.getElementById('choices').replaceChildren(...story.currentChoices.map((c, i) => { const b = document.createElement('button'); b.textContent = c.text; b.dataset.index = i; return b; }));
}
document.addEventListener('keydown', (event) => { const n = Number(event.key) - 1; if (n >= 0 && n < story.currentChoices.length) { story.ChooseChoiceIndex(n); show(); } });
show();
</script></body></html>`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const story = /^\/story-(.+)\.js$/.exec(url.pathname)?.[1];
    const script = url.pathname === '/ink.js' || story;
    response.setHeader('content-type', script ? 'text/javascript' : 'text/html; charset=utf-8');
    if (url.pathname === '/ink.js') send(request, response, 'ink', () => ink);
    else if (story)
      send(request, response, url.pathname, () =>
        Buffer.from(`const STORY = ${JSON.stringify(storyOf(story))};`),
      );
    else
      send(request, response, url.href, () =>
        Buffer.from(page(url.searchParams.get('scenario') ?? '')),
      );
  });
  const url = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    }),
  );
  return { url, close: () => server.close() };
}
