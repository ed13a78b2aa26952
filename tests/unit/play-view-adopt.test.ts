/**
 * The play view over a scenario page's first screen, drawn by the build with the same view
 * (first-screen-markup.ts): it adopts those elements rather than drawing them again, so the
 * app's takeover lays nothing out afresh and keeps the page's own transcript (issue 17).
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyOpening } from '../../src/build/story-opening.ts';
import { Session } from '../../src/sim/session/session.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import type { OptionPlace } from '../../src/sim/story/tags.ts';
import { firstScreenMarkup } from '../../src/ui/play/first-screen-markup.ts';
import { putInOrder } from '../../src/ui/play/first-screen-order.ts';
import { PlayView } from '../../src/ui/play/play-view.ts';
import { libraryScenario } from './casts.ts';

const top = libraryScenario('late-supplier.ink');
if (!top) throw new Error('late-supplier.ink does not compile');
const scenario: Scenario = { ...top, opening: storyOpening(top)! };
const SEED = 5;

// A DOM of happy-dom's for the views, as the build draws the first screens under one
// (src/build/first-screen-pages.ts); the story is read and compiled before it is there.
const window = new Window();
beforeAll(() => {
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await window.happyDOM.close();
});

/** The first screen as the page's script shows it for SEED: its options in the attempt's order. */
function shownScreen(): HTMLElement {
  const document = window.document as unknown as Document;
  document.body.innerHTML = `<main id="main">${firstScreenMarkup(scenario) ?? ''}</main>`;
  const screen = document.querySelector<HTMLElement>('[data-static-screen]')!;
  // Ordered by the page's own code, with the seed it hands the app.
  const pins = JSON.parse(screen.getAttribute('data-pins') ?? '{}') as Record<string, OptionPlace>;
  putInOrder(screen.querySelector('.choices')!, SEED, pins);
  screen.hidden = false;
  return screen;
}

/** What the page's script shows at a press of the option with Ink's `index`: the learner's line. */
function echo(screen: HTMLElement, index: number): Element {
  const template = screen.querySelector<HTMLTemplateElement>(`template[data-echo="${index}"]`)!;
  const line = template.content.firstElementChild!.cloneNode(true) as Element;
  screen.querySelector('.transcript-lines')!.append(line);
  return line;
}

function adopting(screen: HTMLElement) {
  const chosen: [number, number][] = [];
  const view = new PlayView(
    scenario.meta,
    { choose: (index, decision) => chosen.push([index, decision]) },
    { firstOnPage: true, over: screen },
  );
  return { view, chosen };
}

describe('a play view over the first screen the build drew', () => {
  let session: Session;
  beforeEach(() => {
    session = Session.start(scenario, SEED);
  });

  it('adopts every element as it is: nothing is drawn again or moved', () => {
    const screen = shownScreen();
    const drawnOrder = [...screen.querySelectorAll<HTMLElement>('.choices button')].map((button) =>
      Number(button.dataset['index']),
    );
    expect(drawnOrder).toEqual(session.view.order);
    const before = [...screen.querySelectorAll('*')];
    const html = screen.outerHTML;
    const { view } = adopting(screen);
    view.render(session.view);
    expect(view.adopted).toBe(true);
    expect(view.element).toBe(screen);
    const after = [...screen.querySelectorAll('*')];
    expect(after.length).toBe(before.length);
    expect(after.every((element, at) => element === before[at])).toBe(true);
    expect(screen.outerHTML).toBe(html);
  });

  it("answers a click or a number key on the drawn options with Ink's index, in the attempt's order", () => {
    const screen = shownScreen();
    const { view, chosen } = adopting(screen);
    view.render(session.view);
    screen.querySelectorAll<HTMLButtonElement>('.choices button')[1]!.click();
    expect(view.keyChoice(2, false)).toBe(true);
    expect(chosen).toEqual([
      [session.view.order[1], 0],
      [session.view.order[2], 0],
    ]);
  });

  it("keeps the page's echo of an early press as that choice's line, said once, with the reply after it", () => {
    const screen = shownScreen();
    const index = session.view.order[0]!;
    const line = echo(screen, index);
    const { view } = adopting(screen);
    view.render(session.view);
    expect(session.choose(index)).toEqual({ ok: true });
    view.render(session.view);
    const lines = [...screen.querySelectorAll('.transcript-lines > li')];
    expect(lines.filter((each) => each.classList.contains('line-choice'))).toEqual([line]);
    expect(lines.indexOf(line)).toBeLessThan(lines.length - 1);
    // The same lines as a view drawn afresh shows.
    const fresh = new PlayView(scenario.meta, { choose: () => undefined });
    fresh.render(session.view);
    const text = (root: ParentNode) =>
      [...root.querySelectorAll('.transcript-lines > li')].map((each) => each.outerHTML);
    expect(text(screen)).toEqual(text(fresh.element));
    expect(screen.querySelectorAll('.choices button[data-decision="1"]').length).toBe(
      session.view.choices.length,
    );
  });

  it("shows another choice's own line, not the page's echo of an early press the app did not make", () => {
    const screen = shownScreen();
    const echoed = echo(screen, session.view.order[0]!);
    const { view } = adopting(screen);
    view.render(session.view);
    // Its line has the id the next choice's line takes: that choice is a different one.
    expect(session.choose(session.view.order[1]!)).toEqual({ ok: true });
    view.render(session.view);
    const fresh = new PlayView(scenario.meta, { choose: () => undefined });
    fresh.render(session.view);
    const text = (root: ParentNode) =>
      [...root.querySelectorAll('.transcript-lines > li')].map((each) => each.textContent);
    expect(text(screen)).toEqual(text(fresh.element));
    expect(echoed.isConnected).toBe(false);
  });

  it('takes the echo away when the early press is not made', () => {
    const screen = shownScreen();
    const echoed = echo(screen, session.view.order[0]!);
    const { view } = adopting(screen);
    view.render(session.view);
    view.pressNotMade();
    expect(echoed.isConnected).toBe(false);
    expect(screen.querySelectorAll('.transcript-lines > li.line-choice').length).toBe(0);
  });

  it('draws its own screen when a part of the drawn one is missing', () => {
    const screen = shownScreen();
    screen.querySelector('.people')!.remove();
    const { view } = adopting(screen);
    view.render(session.view);
    expect(view.adopted).toBe(false);
    expect(view.element).not.toBe(screen);
    expect(view.element.querySelectorAll('.choices button').length).toBe(
      session.view.choices.length,
    );
  });

  it('draws the options afresh when the drawn ones are in another order', () => {
    const screen = shownScreen();
    const group = screen.querySelector('.choices')!;
    const drawn = [...group.children];
    group.replaceChildren(...drawn.reverse());
    const { view } = adopting(screen);
    view.render(session.view);
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((button) => Number(button.dataset['index']))).toEqual(session.view.order);
    expect(buttons.some((button) => drawn.includes(button))).toBe(false);
  });
});
