/**
 * Figures written as a small table in a story: consecutive narration lines
 * whose cells are separated by " | " (the first line is the header row).
 *
 *   Day | Calls offered | Answered in 20 s
 *   Monday | 1,240 | 71%
 *   Tuesday | 1,180 | 64%
 *
 * In the story each bar is written "\|": a bare "|" outside braces is an
 * error to Ink's compiler, and the escape prints as a plain "|".
 */

/** The cells of a table line, or null when the line is ordinary text. */
export function tableCells(text: string): string[] | null {
  if (!text.includes(' | ')) return null;
  const cells = text.split(' | ').map((cell) => cell.trim());
  return cells.length >= 2 && cells.every((cell) => cell !== '') ? cells : null;
}

/**
 * Where a stretch of story lines that starts at `from` should start so that
 * no table in it loses its header row: back to the first line of the table
 * `from` falls inside, or `from` itself. Only narration can be a table line.
 */
export function tableStart(
  lines: readonly { readonly kind: string; readonly text: string }[],
  from: number,
): number {
  const inTable = (i: number) =>
    lines[i]?.kind === 'narration' && tableCells(lines[i]?.text ?? '') !== null;
  let start = from;
  while (start > 0 && inTable(start) && inTable(start - 1)) start -= 1;
  return start;
}
