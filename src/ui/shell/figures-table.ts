/**
 * Figures a story writes as "a | b" narration lines (src/sim/story/figures.ts),
 * drawn as a real table wherever story lines are shown: the transcript, the
 * projector in class mode and a learner's phone. The first line gives the
 * column headers and the first cell of each later line names its row, so a
 * screen reader reads every figure with its column and row.
 */
import { tableCells } from '../../sim/story/figures.ts';
import { h, tableHead } from './dom.ts';

/** A table whose column headers are the header line's cells, its body empty for the rows. */
export function figuresTable(header: readonly string[]): HTMLTableElement {
  return h('table', { className: 'figures' }, tableHead(...header), h('tbody', {}));
}

/** Add a line's cells as a row of `table`, its first cell the row's header. */
export function addFiguresRow(table: HTMLTableElement, cells: readonly string[]): void {
  table.tBodies[0]?.append(
    h(
      'tr',
      {},
      ...cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
    ),
  );
}

/** A story line as the views receive it: narration is the only kind that can be a table line. */
interface StoryLine {
  readonly kind: string;
  readonly text: string;
}

/**
 * Story lines in order, each drawn by `draw`, except that each run of table
 * lines becomes one table.
 */
export function linesWithFigures<Line extends StoryLine>(
  lines: readonly Line[],
  draw: (line: Line) => HTMLElement,
): HTMLElement[] {
  const drawn: HTMLElement[] = [];
  let table: HTMLTableElement | null = null;
  for (const line of lines) {
    const cells = line.kind === 'narration' ? tableCells(line.text) : null;
    if (!cells) {
      table = null;
      drawn.push(draw(line));
    } else if (table) {
      addFiguresRow(table, cells);
    } else {
      table = figuresTable(cells);
      drawn.push(table);
    }
  }
  return drawn;
}
