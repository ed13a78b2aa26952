/**
 * What an assessor's one- or two-page summary of an attempt holds: for each
 * rubric principle its band and the one moment that best shows it, and each
 * marking point the scenario covers as evidenced or not yet. The full report
 * stays the place for every moment; this is what an assessor signs against.
 */
import type { DimensionScore } from '../scoring/scoring.ts';
import type { Band, DimensionId } from '../scoring/rubric.ts';
import { RUBRIC } from '../scoring/rubric-texts.ts';
import { SYLLABUS_POINTS, type SyllabusId } from '../scoring/syllabus.ts';
import { groupRefs, type EvidenceExport } from './evidence.ts';

export interface QuotedMoment {
  /** The decision's number as the learner saw it (from 1). */
  readonly decision: number;
  readonly chose: string;
  readonly why: string;
  readonly kind: 'gained' | 'lost' | 'missed';
}

export interface PrincipleLine {
  readonly dimension: DimensionId;
  readonly name: string;
  /** Null when this path did not test the principle. */
  readonly band: Band | null;
  readonly moment: QuotedMoment | null;
}

export interface MarkingLine {
  readonly id: SyllabusId;
  readonly label: string;
  readonly evidenced: boolean;
  /** Which pieces evidence it, or where it was missed and why; empty when the path never offered it. */
  readonly where: string;
}

/**
 * The moment that shows the band: the biggest gain for a secure or strong
 * band, the biggest loss (else a chance passed by) for a weaker one.
 */
function showingMoment(score: DimensionScore): QuotedMoment | null {
  const chosen = score.moments.filter((m) => m.choice !== null);
  const weak = score.band === 'not-yet' || score.band === 'developing';
  const sorted = chosen.toSorted((a, b) => (weak ? a.delta - b.delta : b.delta - a.delta));
  const best = sorted.find((m) => (weak ? m.delta < 0 : m.delta > 0));
  if (best?.choice) {
    const kind = best.delta > 0 ? 'gained' : 'lost';
    return { decision: best.choice.decision + 1, chose: best.choice.text, why: best.why, kind };
  }
  const missed = score.missed[0];
  if (missed) {
    return {
      decision: missed.decision + 1,
      chose: missed.chose,
      why: `Another option here earned marks on ${RUBRIC[score.dimension].name.toLowerCase()}; this one passed the chance by.`,
      kind: 'missed',
    };
  }
  const any = sorted[0];
  if (!any?.choice) return null;
  const kind = any.delta > 0 ? 'gained' : 'lost';
  return { decision: any.choice.decision + 1, chose: any.choice.text, why: any.why, kind };
}

export function principleLines(scores: readonly DimensionScore[]): PrincipleLine[] {
  return scores.map((score) => ({
    dimension: score.dimension,
    name: RUBRIC[score.dimension].name,
    band: score.band,
    moment: score.band === null ? null : showingMoment(score),
  }));
}

/**
 * Every marking point the scenario covers or the attempt touched: evidenced
 * (by which pieces), or not yet (where it was missed and why, or nowhere when
 * this path never offered it). Topics are left to the full evidence table.
 */
export function markingLines(
  evidence: EvidenceExport,
  covered: readonly SyllabusId[],
): MarkingLine[] {
  const evidenced = new Map(evidence.markingPoints.map((p) => [p.id, p.evidencedBy]));
  const notYet = new Map(evidence.notYetEvidenced.map((p) => [p.id, p.missed]));
  const wanted = new Set<SyllabusId>([...covered, ...evidenced.keys(), ...notYet.keys()]);
  return SYLLABUS_POINTS.filter((p) => p.kind === 'marking-point' && wanted.has(p.id)).map(
    (point) => {
      const by = evidenced.get(point.id);
      const missed = notYet.get(point.id) ?? [];
      const where = by
        ? groupRefs(by)
        : missed.map((m) => `${groupRefs([m.ref])}: ${m.why}`).join(' ');
      return { id: point.id, label: point.label, evidenced: by !== undefined, where };
    },
  );
}
