/**
 * What makes a phone screen scroll sideways or nest one scroll box in another,
 * in words a failing test can print: the page wider than the screen, an
 * element wider than the screen, a box (or dialog) that scrolls sideways, and
 * a box that scrolls up and down inside a page that scrolls too.
 */
import type { Page } from 'playwright-core';

/** Every such problem on the page now; empty when there is none. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) found.push(`the page (${root.scrollWidth} px in ${width} px)`);
    const pageScrolls = root.scrollHeight > root.clientHeight + 1;
    const wide: Element[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.getClientRects().length === 0) continue;
      // (No named helper functions in here: the test's compiler would wrap them in one the page lacks.)
      const label = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
      const box = element.getBoundingClientRect();
      // Only the outermost of a nest of wide elements is named; one inside a box that clips it
      // (a visually hidden table header) is as wide as that box, which is checked itself.
      let fits = box.width <= width + 1;
      for (let outer = element.parentElement; outer && !fits; outer = outer.parentElement)
        fits = ['hidden', 'clip'].includes(getComputedStyle(outer).overflowX);
      if (!fits && !wide.some((outer) => outer.contains(element))) {
        wide.push(element);
        found.push(`${label} is ${Math.round(box.width)} px wide in ${width} px`);
      }
      const style = getComputedStyle(element);
      const dialog = element.tagName === 'DIALOG';
      if (
        (['auto', 'scroll'].includes(style.overflowX) || dialog) &&
        element.scrollWidth > element.clientWidth + 1
      )
        found.push(
          `${label} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px)`,
        );
      // A dialog is the page while it is open: it may scroll, but nothing inside it may.
      const inside = element.parentElement?.closest('dialog[open]');
      const outerScrolls = inside ? inside.scrollHeight > inside.clientHeight + 1 : pageScrolls;
      // A text box scrolls its own words by nature: that is not a box of the page's content.
      if (
        !dialog &&
        element.tagName !== 'TEXTAREA' &&
        outerScrolls &&
        ['auto', 'scroll'].includes(style.overflowY) &&
        element.scrollHeight > element.clientHeight + 1
      )
        found.push(
          `${label} is a scroll box in a page that scrolls (${element.scrollHeight} px in ${element.clientHeight} px)`,
        );
    }
    return found;
  });
}
