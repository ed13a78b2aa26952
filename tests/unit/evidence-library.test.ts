/**
 * Evidence across the real library: a learner credits a marking point only
 * where the choice was sound on it, and sees the rest as "not yet evidenced".
 * Each story is played twice, taking at every decision the option that scores
 * best on its own move (a strong learner) and the one that scores worst.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-story.ts';
import { scanSource } from '../../src/build/source-scan.ts';
import { buildEvidence } from '../../src/sim/evidence/evidence.ts';
import { soundDecision } from '../../src/sim/evidence/evidence-credit.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import { metaFromGlobalTags, type Scenario } from '../../src/sim/story/scenario.ts';
import { Session } from '../../src/sim/session/session.ts';
import { libraryCast } from './casts.ts';

const STORIES = readdirSync('stories').filter((name) => name.endsWith('.ink'));

/** The story as the game plays it, without the exploration the bands need. */
function scenarioOf(file: string): Scenario {
  const source = readFileSync(`stories/${file}`, 'utf8');
  const { json } = compileInk(source);
  const cast = libraryCast();
  const meta = metaFromGlobalTags(scanSource(source, cast).headerTags, cast);
  if (!json || !meta.ok) throw new Error(`${file} does not compile`);
  return {
    id: file.replace('.ink', ''),
    version: 'test',
    meta: meta.meta,
    story: json,
    ranges: {},
  };
}

const ownScore = (session: Session, index: number): number => {
  const child = session.fork();
  const before = child.simState.moments.length;
  child.choose(index);
  return child.simState.moments.slice(before).reduce((sum, m) => sum + m.delta, 0);
};

function playGreedy(scenario: Scenario, best: boolean): Session {
  const session = Session.start(scenario);
  for (let step = 0; step < 200 && !session.view.finished; step += 1) {
    const scores = session.options.map((_, i) => ownScore(session, i));
    const target = best ? Math.max(...scores) : Math.min(...scores);
    session.choose(scores.indexOf(target));
  }
  return session;
}

function evidenceOf(session: Session) {
  const { view } = session;
  return buildEvidence({
    result: resultOf(view, '2026-01-05T09:00:00.000Z', '2026-01-05T09:20:00.000Z'),
    state: view.state,
    meta: view.scenario.meta,
    selfRating: null,
    reflection: null,
    exportedAt: '2026-01-05T09:20:00.000Z',
  });
}

// Playing greedily forks the session at every option: a few seconds per story.
describe.each(STORIES)('evidence from %s', { timeout: 30_000 }, (file) => {
  const scenario = scenarioOf(file);
  const plays = new Map<boolean, Session>();
  const playGreedyOnce = (best: boolean): Session => {
    const known = plays.get(best) ?? playGreedy(scenario, best);
    plays.set(best, known);
    return known;
  };

  it('credits no point tagged on an unsound decision, and lists it as not yet evidenced', () => {
    const session = playGreedyOnce(false);
    const evidence = evidenceOf(session);
    const state = session.simState;
    const unsound = state.decisions.filter((d) => !soundDecision(state, d));
    expect(unsound.length).toBeGreaterThan(0);
    const credited = new Set(evidence.markingPoints.map((p) => p.id));
    for (const decision of unsound) {
      const entry = evidence.decisions.find((d) => d.number === decision.index + 1);
      for (const point of decision.evidence) {
        expect(entry?.evidences.map((e) => e.id) ?? []).not.toContain(point);
        if (!credited.has(point)) {
          const listed = evidence.notYetEvidenced.find((p) => p.id === point);
          expect(listed?.missed.map((m) => m.ref)).toContain(`decision ${decision.index + 1}`);
          expect(listed?.missed.every((m) => m.why.length > 0)).toBe(true);
        }
      }
    }
    expect(evidence.notYetEvidenced.length).toBeGreaterThan(0);
  });

  it('credits a strong learner with more marking points than a weak one', () => {
    const strong = evidenceOf(playGreedyOnce(true));
    const weak = evidenceOf(playGreedyOnce(false));
    expect(strong.markingPoints.length).toBeGreaterThan(weak.markingPoints.length);
    expect(strong.notYetEvidenced.length).toBeLessThan(weak.notYetEvidenced.length);
  });

  it('credits every point tagged on a sound decision on the strong path', () => {
    const session = playGreedyOnce(true);
    const evidence = evidenceOf(session);
    const state = session.simState;
    const credited = new Set(evidence.markingPoints.map((p) => p.id));
    for (const decision of state.decisions.filter((d) => soundDecision(state, d)))
      for (const point of decision.evidence) expect(credited).toContain(point);
  });

  it('credits nothing to a record made after an unsound decision', () => {
    const session = playGreedyOnce(false);
    const evidence = evidenceOf(session);
    const state = session.simState;
    state.log.forEach((entry, i) => {
      const before = state.decisions.findLast((d) => d.transcriptId < entry.id);
      if (before && !soundDecision(state, before))
        expect(evidence.communicationLog[i]?.evidences).toEqual([]);
    });
  });
});
