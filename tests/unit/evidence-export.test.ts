import { describe, expect, it } from 'vitest';
import {
  buildEvidence,
  evidenceExportSchema,
  evidenceFileName,
  groupRefs,
  parseEvidence,
} from '../../src/sim/evidence/evidence.ts';
import { startReflection } from '../../src/sim/scoring/reflection.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import { SYLLABUS_POINTS } from '../../src/sim/scoring/syllabus.ts';
import { played, tinyScenario } from './fixture-story.ts';

const scenario = tinyScenario();
const STARTED = '2025-06-09T09:00:00.000Z';
const FINISHED = '2025-06-09T09:20:00.000Z';

function exported(path: number[], withReflection = true) {
  const { view } = played(scenario, path);
  const reflection = startReflection(view.state, scenario.meta, view.scores, FINISHED);
  return buildEvidence({
    result: resultOf(view, STARTED, FINISHED),
    state: view.state,
    meta: scenario.meta,
    selfRating: { listening: 'strong' },
    reflection: withReflection
      ? { ...reflection, pdca: { ...reflection.pdca, plan: 'Ask partners for their view first.' } }
      : null,
    exportedAt: FINISHED,
  });
}

describe('the evidence export', () => {
  it('validates against its own schema, through JSON and back', () => {
    const evidence = exported([0, 0]);
    const parsed = parseEvidence(JSON.stringify(evidence));
    expect(parsed).toEqual({ ok: true, evidence });
  });

  it('names a syllabus point, with its label, on every piece of evidence', () => {
    const evidence = exported([0, 0]);
    const pieces = [
      ...evidence.decisions,
      ...evidence.communicationLog,
      ...evidence.agreements,
      ...(evidence.reflection ? [evidence.reflection] : []),
    ];
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) {
      expect(piece.evidences.length).toBeGreaterThan(0);
      for (const ref of piece.evidences) {
        expect(SYLLABUS_POINTS.find((p) => p.id === ref.id)?.label).toBe(ref.label);
      }
    }
  });

  it('links a call to a partner to proactive communication, and the reflection to the partnership challenge and PDCA', () => {
    const evidence = exported([0, 0]);
    expect(evidence.communicationLog[0]?.evidences.map((e) => e.id)).toContain(
      'proactive-communication',
    );
    expect(evidence.communicationLog[0]?.who).toBe('Test Supplies');
    expect(evidence.reflection?.evidences.map((e) => e.id)).toEqual([
      'partnership-challenge',
      'pdca',
    ]);
    const point = evidence.markingPoints.find((p) => p.id === 'proactive-communication');
    expect(point?.kind).toBe('marking-point');
    expect(point?.evidencedBy).toContain('communication log 1');
  });

  it('keeps the result, self-rating and scored moments of each decision', () => {
    const evidence = exported([1, 1], false);
    expect(evidence.result.path).toEqual([1, 1]);
    expect(evidence.selfRating).toEqual({ listening: 'strong' });
    expect(evidence.reflection).toBeNull();
    expect(evidence.decisions[0]?.scored).toEqual([
      { dimension: 'listening', delta: -2, why: 'Policy first made her feel unheard.' },
    ]);
    expect(evidenceExportSchema.safeParse(evidence).success).toBe(true);
  });

  it('refuses a file that is not evidence, saying where it is wrong', () => {
    expect(parseEvidence('{')).toEqual({ ok: false, error: 'the file is not JSON' });
    const bad = { ...exported([0, 0]), communicationLog: [{ at: 'Mon 09:30', minutes: 30 }] };
    const parsed = parseEvidence(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^communicationLog\.0\./);
  });

  it('names the file by scenario and date', () => {
    expect(evidenceFileName(exported([0, 0]).result)).toBe('service-chain-tiny-2025-06-09.json');
  });
});

describe('reading which pieces evidence a point', () => {
  it('groups references by kind, in order', () => {
    expect(
      groupRefs(['decision 2', 'decision 9', 'communication log 6', 'agreement 1', 'reflection']),
    ).toBe('Decisions 2, 9 · Communication log 6 · Agreement 1 · Reflection');
  });
});
