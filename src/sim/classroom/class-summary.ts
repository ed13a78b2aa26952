/**
 * A class's results for one scenario, summed up for the tutor: how the class
 * is spread over the bands of each rubric dimension, which option each
 * decision drew and where most went wrong, which misconceptions keep coming
 * back and through which options, how well learners rated themselves, how
 * each learner's attempts compare, and who has evidence for each marking
 * point. Pure: it reads kept results (already analysed, see class-analysis.ts)
 * and the option outcomes of each decision point. The decisions are summed up
 * in class-decisions.ts, learners named in class-learners.ts, and the CSV
 * written in class-csv.ts.
 */
import type { PointOutcomes } from './class-analysis.ts';
import { decisionSummaries } from './class-decisions.ts';
import { learnerLabels } from './class-learners.ts';
import type { KeptResult } from './class-store.ts';
import type { EvidenceExport } from '../evidence/evidence.ts';
import { bestResult, type Result } from '../evidence/result.ts';
import { DIMENSION_IDS, type Band, type DimensionId } from '../scoring/rubric.ts';
import { RUBRIC } from '../scoring/rubric-texts.ts';
import { calibrate } from '../scoring/self-rating.ts';
import { MISCONCEPTIONS } from '../scoring/syllabus.ts';
import type { TutorNotes } from '../story/tutor-notes.ts';

export interface DimensionSummary {
  readonly id: DimensionId;
  readonly name: string;
  readonly principle: string;
  /** Attempts in each band; `none` when the attempt's path gave no evidence on it. */
  readonly bands: Readonly<Record<Band | 'none', number>>;
}

export interface OptionSummary {
  readonly text: string;
  /** Times it was taken at this decision. */
  readonly count: number;
  /** Scores best on its own move of all the options here (several when tied). */
  readonly stronger: boolean;
  /** Taking it scored nothing negative and hit no misconception; null if never analysed. */
  readonly sound: boolean | null;
}

export interface DecisionSummary {
  /** The decision's place in the story, for reading: 1 is the first decision learners meet. */
  readonly number: number;
  readonly point: string;
  /** Times the decision was reached (an attempt that loops back counts each time). */
  readonly reached: number;
  /** Times the option taken was not sound. */
  readonly wentWrong: number;
  readonly options: readonly OptionSummary[];
  /** Why the stronger option is stronger, in the story's own words. */
  readonly reason: string | null;
  readonly question: { readonly before: string; readonly after: string } | null;
}

export interface MisconceptionSummary {
  readonly id: string;
  readonly label: string;
  /** Attempts that hit it at least once. */
  readonly attempts: number;
  /** The options that led to it, most taken first. */
  readonly options: readonly { readonly text: string; readonly count: number }[];
}

export interface CalibrationSummary {
  /** Attempts with a self-rating. */
  readonly rated: number;
  readonly dimensions: readonly {
    readonly id: DimensionId;
    readonly name: string;
    readonly over: number;
    readonly under: number;
    readonly matched: number;
  }[];
}

export interface AttemptLine {
  readonly attemptId: string;
  readonly finishedAt: string;
  readonly outcome: 'strong' | 'partial' | 'failed' | null;
  readonly ending: string;
  /** Dimensions at Secure or Strong, of those evidenced. */
  readonly secure: number;
  readonly evidenced: number;
}

export interface LearnerSummary {
  readonly learner: string;
  readonly attempts: number;
  readonly first: AttemptLine;
  readonly best: AttemptLine;
  readonly latest: AttemptLine;
}

export interface PointSummary {
  readonly id: string;
  readonly label: string;
  readonly kind: 'marking-point' | 'topic';
  /** Learners with at least one attempt evidencing it. */
  readonly evidenced: readonly string[];
  /** Learners who had the chance but whose attempts do not evidence it yet. */
  readonly notYet: readonly string[];
}

export interface ClassSummary {
  readonly attempts: number;
  readonly learners: number;
  readonly dimensions: readonly DimensionSummary[];
  /** Most gone wrong first. */
  readonly decisions: readonly DecisionSummary[];
  readonly misconceptions: readonly MisconceptionSummary[];
  readonly calibration: CalibrationSummary | null;
  readonly learnerAttempts: readonly LearnerSummary[];
  readonly markingPoints: readonly PointSummary[];
}

const misconceptionLabel = (id: string) => MISCONCEPTIONS.find((m) => m.id === id)?.label ?? id;

function dimensionSummaries(results: readonly KeptResult[]): DimensionSummary[] {
  return DIMENSION_IDS.flatMap((id) => {
    const bands = { 'not-yet': 0, developing: 0, secure: 0, strong: 0, none: 0 };
    for (const { evidence } of results) {
      const band = evidence.result.scores.find((s) => s.dimension === id)?.band ?? null;
      bands[band ?? 'none'] += 1;
    }
    if (bands.none === results.length) return [];
    const { name, principle } = RUBRIC[id];
    return [{ id, name, principle, bands }];
  });
}

function misconceptionSummaries(results: readonly KeptResult[]): MisconceptionSummary[] {
  const found = new Map<string, { attempts: Set<string>; options: Map<string, number> }>();
  for (const result of results) {
    for (const step of result.steps ?? []) {
      for (const id of step.misconceptions) {
        const entry = found.get(id) ?? { attempts: new Set(), options: new Map() };
        entry.attempts.add(result.attemptId);
        const text = step.options[step.chosen] ?? '';
        entry.options.set(text, (entry.options.get(text) ?? 0) + 1);
        found.set(id, entry);
      }
    }
  }
  return [...found]
    .map(([id, entry]) => ({
      id,
      label: misconceptionLabel(id),
      attempts: entry.attempts.size,
      options: [...entry.options]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count),
    }))
    .sort((a, b) => b.attempts - a.attempts || a.label.localeCompare(b.label));
}

function calibrationSummary(results: readonly KeptResult[]): CalibrationSummary | null {
  const rated = results.filter((r) => Object.keys(r.evidence.selfRating ?? {}).length > 0);
  if (rated.length === 0) return null;
  const dimensions = DIMENSION_IDS.flatMap((id) => {
    const counts = { over: 0, under: 0, matched: 0 };
    for (const { evidence } of rated) {
      const actual = evidence.result.scores.find((s) => s.dimension === id)?.band ?? null;
      const kind = calibrate(evidence.selfRating?.[id], actual).kind;
      if (kind === 'over' || kind === 'under' || kind === 'matched') counts[kind] += 1;
    }
    if (counts.over + counts.under + counts.matched === 0) return [];
    return [{ id, name: RUBRIC[id].name, ...counts }];
  });
  return { rated: rated.length, dimensions };
}

function lineOf(evidence: EvidenceExport): AttemptLine {
  const { result } = evidence;
  const evidenced = result.scores.filter((s) => s.band !== null);
  return {
    attemptId: evidence.attemptId ?? '',
    finishedAt: result.finishedAt,
    outcome: result.ending?.outcome ?? null,
    ending: result.ending?.title ?? 'No ending',
    secure: evidenced.filter((s) => s.band === 'secure' || s.band === 'strong').length,
    evidenced: evidenced.length,
  };
}

function byLearner(results: readonly KeptResult[]): Map<string, EvidenceExport[]> {
  const learnerOf = learnerLabels(results);
  const groups = new Map<string, EvidenceExport[]>();
  for (const { evidence } of results) {
    const who = learnerOf(evidence);
    groups.set(who, [...(groups.get(who) ?? []), evidence]);
  }
  for (const list of groups.values())
    list.sort((a, b) => a.result.finishedAt.localeCompare(b.result.finishedAt));
  return groups;
}

function learnerSummaries(groups: Map<string, EvidenceExport[]>): LearnerSummary[] {
  return [...groups]
    .map(([learner, list]) => {
      const best = bestResult(list.map((e) => e.result)) as Result;
      const first = list[0] as EvidenceExport;
      const latest = list.at(-1) as EvidenceExport;
      return {
        learner,
        attempts: list.length,
        first: lineOf(first),
        best: lineOf(list.find((e) => e.result === best) ?? first),
        latest: lineOf(latest),
      };
    })
    .sort((a, b) => a.learner.localeCompare(b.learner, 'en', { numeric: true }));
}

function pointSummaries(groups: Map<string, EvidenceExport[]>): PointSummary[] {
  const points = new Map<
    string,
    { label: string; kind: 'marking-point' | 'topic'; evidenced: Set<string>; chance: Set<string> }
  >();
  const entry = (p: { id: string; label: string; kind: 'marking-point' | 'topic' }) => {
    const found = points.get(p.id) ?? {
      label: p.label,
      kind: p.kind,
      evidenced: new Set(),
      chance: new Set(),
    };
    points.set(p.id, found);
    return found;
  };
  for (const [learner, list] of groups) {
    for (const evidence of list) {
      for (const p of evidence.markingPoints) entry(p).evidenced.add(learner);
      for (const p of evidence.notYetEvidenced) entry(p).chance.add(learner);
    }
  }
  return [...points]
    .map(([id, p]) => ({
      id,
      label: p.label,
      kind: p.kind,
      evidenced: [...p.evidenced].sort(),
      notYet: [...p.chance].filter((who) => !p.evidenced.has(who)).sort(),
    }))
    .sort((a, b) =>
      a.kind === b.kind ? a.label.localeCompare(b.label) : a.kind === 'marking-point' ? -1 : 1,
    );
}

export function summariseClass(
  results: readonly KeptResult[],
  outcomes: PointOutcomes,
  notes?: TutorNotes | null,
): ClassSummary {
  const groups = byLearner(results);
  return {
    attempts: results.length,
    learners: groups.size,
    dimensions: dimensionSummaries(results),
    decisions: decisionSummaries(results, outcomes, notes),
    misconceptions: misconceptionSummaries(results),
    calibration: calibrationSummary(results),
    learnerAttempts: learnerSummaries(groups),
    markingPoints: pointSummaries(groups),
  };
}
