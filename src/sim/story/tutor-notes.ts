/**
 * Tutor notes: what a tutor needs to run a scenario with a class, written by
 * the author in the story itself (docs/authoring.md, "Tutor notes") and shown
 * to the tutor only. Header tags give the learning outcomes, the marking
 * points the scenario evidences, the model path and the common wrong turns;
 * `# ask-before:` and `# ask-after:` above a decision's options give its
 * discussion questions. This module gathers them from the story's source in
 * order and checks that they are complete; it is pure.
 */
import { SYLLABUS_POINTS, type SyllabusId } from '../scoring/syllabus.ts';
import type { Tag } from './tags.ts';

export interface DecisionNotes {
  /** The line of the first `# ask-…:` tag, for messages. */
  readonly line: number;
  /** The options (as the learner reads them) the questions belong to. */
  readonly options: readonly string[];
  readonly before: string;
  readonly after: string;
}

export interface MarkingNote {
  readonly point: SyllabusId;
  readonly label: string;
  readonly how: string;
}

export interface TutorNotes {
  readonly outcomes: readonly string[];
  readonly marking: readonly MarkingNote[];
  readonly model: string;
  readonly wrongTurns: readonly string[];
  readonly decisions: readonly DecisionNotes[];
}

/** One thing in the story's source, in the order it was written. */
export type NoteSourceItem =
  | { readonly line: number; readonly kind: 'tag'; readonly tag: Tag }
  | { readonly line: number; readonly kind: 'choice'; readonly text: string }
  | { readonly line: number; readonly kind: 'knot' };

export interface NoteProblem {
  readonly line: number | null;
  readonly message: string;
}

export type TutorNotesResult = {
  readonly notes: TutorNotes | null;
  readonly problems: readonly NoteProblem[];
};

interface Block {
  line: number;
  before: string | null;
  after: string | null;
  options: string[];
}

const QUESTIONS = 'a "# ask-before:" and an "# ask-after:" question above its options';

/** Questions must stand above options in the same knot or stitch. */
function closeBlock(block: Block | null, problems: NoteProblem[]): null {
  if (block && block.options.length === 0) {
    problems.push({
      line: block.line,
      message: 'these discussion questions have no options under them in this knot or stitch',
    });
  }
  return null;
}

/**
 * Gather the tutor notes from a story's source items. A story without any
 * tutor tag has no notes and no problems; a story with some must have them
 * all: at least one outcome, the model path, and both questions for every
 * decision with more than one option.
 */
export function gatherTutorNotes(
  items: readonly NoteSourceItem[],
  evidenced: ReadonlySet<string>,
): TutorNotesResult {
  const problems: NoteProblem[] = [];
  const outcomes: string[] = [];
  const marking: MarkingNote[] = [];
  const wrongTurns: string[] = [];
  const models: { line: number; text: string }[] = [];
  const blocks: Block[] = [];
  let open: Block | null = null;
  // Options written with no questions above them, grouped per knot or stitch.
  const bare: { line: number; count: number }[] = [];
  let bareHere: { line: number; count: number } | null = null;
  let any = false;

  for (const item of items) {
    if (item.kind === 'knot') {
      open = closeBlock(open, problems);
      bareHere = null;
      continue;
    }
    if (item.kind === 'choice') {
      if (open) open.options.push(item.text);
      else {
        bareHere ??= { line: item.line, count: 0 };
        if (bareHere.count === 0) bare.push(bareHere);
        bareHere.count += 1;
      }
      continue;
    }
    const { tag, line } = item;
    switch (tag.kind) {
      case 'tutor-outcome':
        any = true;
        outcomes.push(tag.text);
        break;
      case 'tutor-wrong-turn':
        any = true;
        wrongTurns.push(tag.text);
        break;
      case 'tutor-model':
        any = true;
        models.push({ line, text: tag.text });
        break;
      case 'tutor-marking': {
        any = true;
        if (marking.some((note) => note.point === tag.point)) {
          problems.push({ line, message: `the marking point "${tag.point}" is listed twice` });
          break;
        }
        if (!evidenced.has(tag.point)) {
          problems.push({
            line,
            message: `no "# evidence: ${tag.point}" in this story backs the marking point "${tag.point}"`,
          });
        }
        const label = SYLLABUS_POINTS.find((point) => point.id === tag.point)?.label ?? tag.point;
        marking.push({ point: tag.point, label, how: tag.how });
        break;
      }
      case 'ask-before':
      case 'ask-after': {
        any = true;
        if (!open || open.options.length > 0) {
          closeBlock(open, problems);
          open = { line, before: null, after: null, options: [] };
          blocks.push(open);
        }
        const field = tag.kind === 'ask-before' ? 'before' : 'after';
        if (open[field] !== null) {
          problems.push({ line, message: `this decision already has a "# ${tag.kind}:" question` });
        } else open[field] = tag.question;
        bareHere = null;
        break;
      }
      default:
        break;
    }
  }
  closeBlock(open, problems);

  if (!any) return { notes: null, problems };
  if (outcomes.length === 0)
    problems.push({ line: null, message: 'tutor notes need at least one "# tutor-outcome:"' });
  if (models.length !== 1)
    problems.push({
      line: models[1]?.line ?? null,
      message: `tutor notes need exactly one "# tutor-model:" (found ${models.length})`,
    });
  for (const block of blocks) {
    if (block.before === null || block.after === null) {
      problems.push({ line: block.line, message: `a decision needs ${QUESTIONS}` });
    }
  }
  for (const group of bare) {
    if (group.count > 1)
      problems.push({
        line: group.line,
        message: `this decision has no discussion questions; give it ${QUESTIONS}`,
      });
  }
  return {
    notes: {
      outcomes,
      marking,
      model: models[0]?.text ?? '',
      wrongTurns,
      decisions: blocks.map((block) => ({
        line: block.line,
        options: block.options,
        before: block.before ?? '',
        after: block.after ?? '',
      })),
    },
    problems,
  };
}

/** The notes for the decision now on screen, found by its options' text. */
export function notesForOptions(
  notes: TutorNotes | null | undefined,
  options: readonly string[],
): DecisionNotes | null {
  if (!notes) return null;
  let best: DecisionNotes | null = null;
  let bestShared = 0;
  for (const decision of notes.decisions) {
    const shared = options.filter((option) => decision.options.includes(option)).length;
    if (shared > bestShared) {
      best = decision;
      bestShared = shared;
    }
  }
  return best;
}
