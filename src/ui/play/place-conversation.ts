/**
 * Where the page stands once a decision is drawn: on a phone the transcript, the options and
 * the scene share one scrolling page, so the latest exchange starts at the top of the screen or
 * the first option is in view, both when they fit (reading-position.ts); on a wide screen the
 * transcript scrolls itself and the options stay beside the scene, so the first option only
 * needs to be brought into view. The play view and a scenario page's own script
 * (first-screen-script.ts) both place the page with it, so the app's takeover moves nothing.
 */
import { readingPosition } from './reading-position.ts';

/** Room kept above the latest exchange and below the first option, so neither touches the edge. */
const READING_MARGIN = 8;

/**
 * Where the latest exchange starts among the transcript's `lines`: the learner's own words at
 * their last choice, or before any choice the latest line.
 */
function latestExchange(lines: Element): Element | null {
  const choices = lines.querySelectorAll('.line-choice');
  return choices[choices.length - 1] ?? lines.lastElementChild;
}

/** Place the page for the transcript `log` (the play view's) and the Choices `group`. */
export function placeConversation(log: HTMLElement, group: Element): void {
  const lines = log.querySelector('.transcript-lines');
  // Part of the page (a phone) rather than a box scrolling by itself.
  const partOfPage = log.isConnected && getComputedStyle(log).overflowY === 'visible';
  if (!partOfPage) lines?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  const first = group.firstElementChild;
  if (!first) return;
  const exchange = lines ? latestExchange(lines) : null;
  if (!partOfPage || !exchange) {
    first.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const top = readingPosition({
    scrolled: window.scrollY,
    viewport: window.innerHeight,
    exchangeTop: exchange.getBoundingClientRect().top + window.scrollY - READING_MARGIN,
    optionBottom: first.getBoundingClientRect().bottom + window.scrollY + READING_MARGIN,
  });
  const reduced = document.documentElement.getAttribute('data-motion') === 'reduced';
  window.scrollTo({ top, behavior: reduced ? 'instant' : 'smooth' });
}
