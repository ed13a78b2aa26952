/**
 * A class's result files as learners export them: each from a real play of
 * the built scenario in Node (a seeded learner picking options), turned into
 * the evidence JSON the report's "Download result file" writes, and sealed.
 * Used by the class results browser test and by `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEvidence, type EvidenceExport } from '../../src/sim/evidence/evidence.ts';
import { seal } from '../../src/sim/evidence/integrity.ts';
import { resultOf } from '../../src/sim/evidence/result.ts';
import type { Scenario } from '../../src/sim/story/scenario.ts';
import type { SelfRating } from '../../src/sim/scoring/self-rating.ts';
import { Session } from '../../src/sim/session/session.ts';
import { loadInk } from '../../src/sim/story/load-ink.ts';

// Stories are made from here on (Node waits for inkjs once; the game loads it later).
await loadInk();

/** A learner's play: an option at every decision from a seeded generator, to an ending. */
function play(scenario: Scenario, seed: number): Session {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const session = Session.start(scenario, seed);
  for (let step = 0; step < 200 && !session.view.finished; step += 1)
    session.choose(Math.floor(next() * session.options.length));
  return session;
}

const RATINGS: readonly SelfRating[] = [
  { listening: 'strong', ownership: 'secure' },
  { listening: 'developing', ownership: 'strong', remedy: 'secure' },
  {},
];

/** The file a learner exports after `session`'s attempt, started `minute` minutes into the lesson. */
async function exportOf(
  session: Session,
  learner: string,
  minute: number,
  selfRating: SelfRating = RATINGS[minute % RATINGS.length] ?? {},
): Promise<EvidenceExport & { sha256: string }> {
  const { view } = session;
  const started = new Date(Date.UTC(2026, 2, 3, 9, minute)).toISOString();
  const finished = new Date(Date.UTC(2026, 2, 3, 9, minute + 15)).toISOString();
  return seal(
    buildEvidence({
      result: resultOf(view, started, finished),
      state: view.state,
      meta: view.scenario.meta,
      selfRating,
      reflection: null,
      exportedAt: finished,
      learnerName: learner,
    }),
  );
}

export interface ClassFolder {
  /** Every exported file's content, in the order written. */
  readonly exported: readonly EvidenceExport[];
  readonly learners: number;
}

/**
 * Write `learners` learners' files into `folder`: every fifth learner played
 * twice. `plays` caps the distinct plays (learners beyond it re-export one of
 * the earlier plays as their own attempt, started at another time), so a
 * large class can be made without playing every attempt.
 */
export async function writeClassFolder(
  scenario: Scenario,
  folder: string,
  learners: number,
  plays = Infinity,
): Promise<ClassFolder> {
  const exported: EvidenceExport[] = [];
  const sessions: Session[] = [];
  let attempt = 0;
  for (let i = 0; i < learners; i += 1) {
    const learner = `Learner ${String(i + 1).padStart(String(learners).length, '0')}`;
    const attempts = i % 5 === 0 ? 2 : 1;
    for (let a = 0; a < attempts; a += 1) {
      const session =
        sessions.length < plays
          ? play(scenario, 1000 + i * 7 + a)
          : (sessions[attempt % sessions.length] as Session);
      if (sessions.length < plays) sessions.push(session);
      attempt += 1;
      const evidence = await exportOf(session, learner, attempt * 17);
      exported.push(evidence);
      writeFileSync(
        join(folder, `learner-${i + 1}-${a + 1}.json`),
        JSON.stringify(evidence, null, 2),
      );
    }
  }
  return { exported, learners };
}
