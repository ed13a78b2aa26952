/**
 * A scenario page's own script (src/ui/play/first-screen-script.ts), as the build bundles it:
 * the options it shows are in the order the app's `displayOrder` gives for the seed it hands
 * the app, for any options, pins and seed (issue 17, first choice usable).
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstScreenScript } from '../../src/build/first-screen-pages.ts';
import { displayOrder } from '../../src/sim/story/choice-order.ts';
import type { OptionPlace } from '../../src/sim/story/tags.ts';

let script = '';
beforeAll(async () => {
  script = await firstScreenScript(process.cwd());
}, 60_000);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The page's options after its script ran (Ink indices by place, and the numbers shown), and the seed it handed on. */
function runPage(
  options: readonly string[],
  pins: Record<string, OptionPlace>,
  query: string,
  saved = false,
) {
  const window = new Window({ url: `https://school.example/s.html?${query}` });
  const { document } = window;
  if (saved) window.localStorage.setItem('service-chain:save:s', '{}');
  document.body.innerHTML = `<main id="main"><div class="play" data-static-screen data-scenario="s" data-pins='${escape(JSON.stringify(pins))}' hidden><div class="stage-slot"></div><div class="transcript" role="log"><ol class="transcript-lines"></ol></div><div class="choices" role="group" tabindex="-1">${options
    .map(
      (option, index) =>
        `<button type="button" class="choice" data-index="${index}"><span class="key">${index + 1}</span><span>${escape(option)}</span></button>`,
    )
    .join('')}</div></div><p class="loading">Loading…</p></main>`;
  // Run as a classic script with the page's globals (it names no others).
  runInNewContext(script, {
    window,
    document,
    location: window.location,
    HTMLElement: window.HTMLElement,
    AbortController: window.AbortController,
    getComputedStyle: window.getComputedStyle.bind(window),
    URLSearchParams,
  });
  const screen = document.querySelector('[data-static-screen]');
  const buttons = [...document.querySelectorAll('.choices button')];
  const result = {
    shown: screen !== null && !(screen as unknown as HTMLElement).hidden,
    seed: Number(screen?.getAttribute('data-seed')),
    order: buttons.map((button) => Number(button.getAttribute('data-index'))),
    keys: buttons.map((button) => button.querySelector('.key')?.textContent),
    loading: document.querySelector('.loading') !== null,
  };
  void window.happyDOM.close();
  return result;
}

const optionsAndPins = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 9 })
  .chain((options) =>
    fc.tuple(
      fc.constant(options),
      fc.dictionary(fc.constantFrom(...options), fc.constantFrom<OptionPlace>('first', 'last')),
    ),
  );

describe("a scenario page's script", () => {
  it("shows the options in displayOrder's order for the seed it hands the app, numbered by place", () => {
    fc.assert(
      fc.property(
        optionsAndPins,
        fc.integer({ min: 1, max: 999_999_999 }),
        ([options, pins], seed) => {
          const page = runPage(options, pins, `scenario=s&seed=${seed}`);
          expect(page.shown).toBe(true);
          expect(page.loading).toBe(false);
          expect(page.seed).toBe(seed);
          expect(page.order).toEqual(displayOrder(options, seed, 0, pins));
          expect(page.keys).toEqual(options.map((_, place) => String(place + 1)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('draws a seed of its own when the address names none, and orders by it', () => {
    const options = ['a', 'b', 'c', 'd', 'e'];
    const page = runPage(options, {}, 'scenario=s');
    expect(page.seed).toBeGreaterThan(0);
    expect(page.order).toEqual(displayOrder(options, page.seed, 0));
  });

  it('leaves "Loading…" to the app for another scenario, an LMS, a report or a saved attempt', () => {
    for (const [query, saved] of [
      ['scenario=t', false],
      ['', false],
      ['scenario=s&lms=scorm12', false],
      ['scenario=s&attempt=2026-01-01', false],
      ['scenario=s', true],
    ] as const) {
      const page = runPage(['a', 'b'], {}, query, saved);
      expect({ query, saved, shown: page.shown, loading: page.loading }).toEqual({
        query,
        saved,
        shown: false,
        loading: true,
      });
    }
  });
});
