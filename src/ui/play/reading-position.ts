/**
 * Where the page should stand after a choice when the transcript is part of
 * the page (a phone): the learner reads the latest exchange from its start,
 * and the first option is on screen too whenever the exchange leaves room
 * for it. When the exchange is longer than the screen its start wins: the
 * learner reads down to the options, which follow it directly. The page moves
 * no further than it must, so a short exchange keeps the scene in view.
 */
export interface ReadingPlace {
  /** The page's scroll position now. */
  readonly scrolled: number;
  /** The height of the screen. */
  readonly viewport: number;
  /** Where the latest exchange starts, in page pixels (from the top of the document). */
  readonly exchangeTop: number;
  /** Where the first option ends, in page pixels. */
  readonly optionBottom: number;
}

/** The scroll position, in page pixels, that shows the latest exchange and its first option. */
export function readingPosition(place: ReadingPlace): number {
  // The least scroll that shows the whole first option, and the most that keeps the exchange's start.
  const least = place.optionBottom - place.viewport;
  const most = place.exchangeTop;
  if (least > most) return Math.max(0, most);
  return Math.max(0, Math.min(most, Math.max(least, place.scrolled)));
}
