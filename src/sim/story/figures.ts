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
