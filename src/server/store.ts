/**
 * The classroom server's SQLite store: class sessions (with what learners are
 * shown and the tutor's records), learners, votes, and the attempts learners
 * played on their own and sent to their class. Every change is written at
 * once, so a restarted server carries on where it stopped.
 */
import Database from 'better-sqlite3';
import { z } from 'zod';
import { classDecisionSchema } from '../sim/classroom/class-record.ts';
import { consequenceSchema, decisionShownSchema } from './messages.ts';

export const classStateSchema = z.object({
  scenarioId: z.string(),
  seed: z.number().int(),
  /** The decision on screen, as learners see it; null before the first vote. */
  shown: decisionShownSchema.nullable(),
  /** The ballot's decision and whether it is open. */
  ballot: z
    .object({ decision: z.number().int(), optionCount: z.number().int(), open: z.boolean() })
    .nullable(),
  records: z.array(classDecisionSchema),
  consequence: consequenceSchema.nullable(),
  ended: z.boolean(),
});
export type ClassState = z.infer<typeof classStateSchema>;

export interface ClassRow {
  readonly id: string;
  readonly code: string;
  readonly tutorToken: string;
  readonly expiresAt: number;
  readonly state: ClassState;
}

export class ClassStore {
  private readonly db: Database.Database;
  /** Prepared once: a vote is written and a tally counted for every message. */
  private readonly statements = new Map<string, Database.Statement>();

  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS classes (
        id TEXT PRIMARY KEY, code TEXT NOT NULL, tutor_token TEXT NOT NULL,
        expires_at INTEGER NOT NULL, state TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS classes_code ON classes (code);
      CREATE TABLE IF NOT EXISTS learners (
        class_id TEXT NOT NULL, learner_id TEXT NOT NULL, token TEXT NOT NULL, name TEXT,
        PRIMARY KEY (class_id, learner_id));
      CREATE UNIQUE INDEX IF NOT EXISTS learners_token ON learners (class_id, token);
      CREATE TABLE IF NOT EXISTS votes (
        class_id TEXT NOT NULL, decision INTEGER NOT NULL, learner_id TEXT NOT NULL,
        option INTEGER NOT NULL, at INTEGER NOT NULL,
        PRIMARY KEY (class_id, decision, learner_id));
      CREATE TABLE IF NOT EXISTS attempts (
        class_id TEXT NOT NULL, attempt_id TEXT NOT NULL, learner_id TEXT NOT NULL,
        received_at INTEGER NOT NULL, evidence TEXT NOT NULL,
        PRIMARY KEY (class_id, attempt_id));
    `);
  }

  createClass(row: ClassRow): void {
    this.statement(
      'INSERT INTO classes (id, code, tutor_token, expires_at, state) VALUES (?, ?, ?, ?, ?)',
    ).run(row.id, row.code, row.tutorToken, row.expiresAt, JSON.stringify(row.state));
  }

  saveState(id: string, state: ClassState): void {
    this.statement('UPDATE classes SET state = ? WHERE id = ?').run(JSON.stringify(state), id);
  }

  /** Classes whose codes have not expired and that have not ended. */
  liveClasses(now: number): ClassRow[] {
    const rows = this.statement(
      'SELECT id, code, tutor_token, expires_at, state FROM classes WHERE expires_at > ?',
    ).all(now) as {
      id: string;
      code: string;
      tutor_token: string;
      expires_at: number;
      state: string;
    }[];
    return rows.flatMap((row) => {
      const state = classStateSchema.safeParse(JSON.parse(row.state));
      if (!state.success || state.data.ended) return [];
      return [
        {
          id: row.id,
          code: row.code,
          tutorToken: row.tutor_token,
          expiresAt: row.expires_at,
          state: state.data,
        },
      ];
    });
  }

  addLearner(classId: string, learnerId: string, token: string, name: string | null): void {
    this.statement(
      'INSERT INTO learners (class_id, learner_id, token, name) VALUES (?, ?, ?, ?)',
    ).run(classId, learnerId, token, name);
  }

  learnerByToken(
    classId: string,
    token: string,
  ): { learnerId: string; name: string | null } | null {
    const row = this.statement(
      'SELECT learner_id, name FROM learners WHERE class_id = ? AND token = ?',
    ).get(classId, token) as { learner_id: string; name: string | null } | undefined;
    return row ? { learnerId: row.learner_id, name: row.name } : null;
  }

  learnerCount(classId: string): number {
    const row = this.statement('SELECT COUNT(*) AS n FROM learners WHERE class_id = ?').get(
      classId,
    ) as { n: number };
    return row.n;
  }

  saveVote(classId: string, decision: number, learnerId: string, option: number, at: number): void {
    this.statement(
      'INSERT INTO votes (class_id, decision, learner_id, option, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (class_id, decision, learner_id) DO UPDATE SET option = excluded.option, at = excluded.at',
    ).run(classId, decision, learnerId, option, at);
  }

  votes(classId: string, decision: number): Record<string, number> {
    const rows = this.statement(
      'SELECT learner_id, option FROM votes WHERE class_id = ? AND decision = ?',
    ).all(classId, decision) as { learner_id: string; option: number }[];
    return Object.fromEntries(rows.map((row) => [row.learner_id, row.option]));
  }

  /** The class and learner a learner's token belongs to, found by the class's code. */
  learnerInClass(
    code: string,
    token: string,
  ): { classId: string; learnerId: string; expiresAt: number } | null {
    const row = this.statement(
      'SELECT c.id, l.learner_id, c.expires_at FROM classes c JOIN learners l ON l.class_id = c.id WHERE c.code = ? AND l.token = ?',
    ).get(code, token) as { id: string; learner_id: string; expires_at: number } | undefined;
    return row ? { classId: row.id, learnerId: row.learner_id, expiresAt: row.expires_at } : null;
  }

  /** Every class that has had this code, with its tutor token (codes are reused once expired). */
  classesByCode(code: string): { id: string; tutorToken: string; scenarioId: string }[] {
    const rows = this.statement('SELECT id, tutor_token, state FROM classes WHERE code = ?').all(
      code,
    ) as { id: string; tutor_token: string; state: string }[];
    return rows.map((row) => ({
      id: row.id,
      tutorToken: row.tutor_token,
      scenarioId: classStateSchema.safeParse(JSON.parse(row.state)).data?.scenarioId ?? '',
    }));
  }

  /**
   * Keep an attempt once: a second copy (the same attempt id in the same class)
   * changes nothing. Returns when the kept copy was received, and whether it was this one.
   */
  saveAttempt(
    classId: string,
    attemptId: string,
    learnerId: string,
    evidence: string,
    at: number,
  ): { receivedAt: number; duplicate: boolean } {
    const inserted = this.statement(
      'INSERT INTO attempts (class_id, attempt_id, learner_id, received_at, evidence) VALUES (?, ?, ?, ?, ?) ON CONFLICT (class_id, attempt_id) DO NOTHING',
    ).run(classId, attemptId, learnerId, at, evidence);
    if (inserted.changes === 1) return { receivedAt: at, duplicate: false };
    return { receivedAt: this.attemptReceivedAt(classId, attemptId) ?? at, duplicate: true };
  }

  /** Who sent a kept attempt and its evidence as sent, or null if the class has no such attempt. */
  attemptOf(classId: string, attemptId: string): { learnerId: string; evidence: string } | null {
    const row = this.statement(
      'SELECT learner_id, evidence FROM attempts WHERE class_id = ? AND attempt_id = ?',
    ).get(classId, attemptId) as { learner_id: string; evidence: string } | undefined;
    return row ? { learnerId: row.learner_id, evidence: row.evidence } : null;
  }

  /** A kept attempt's evidence replaced (e.g. with the reflection written after it was sent). */
  replaceAttemptEvidence(classId: string, attemptId: string, evidence: string): void {
    this.statement('UPDATE attempts SET evidence = ? WHERE class_id = ? AND attempt_id = ?').run(
      evidence,
      classId,
      attemptId,
    );
  }

  /** When an attempt reached the class, or null if it has not. */
  attemptReceivedAt(classId: string, attemptId: string): number | null {
    const row = this.statement(
      'SELECT received_at FROM attempts WHERE class_id = ? AND attempt_id = ?',
    ).get(classId, attemptId) as { received_at: number } | undefined;
    return row?.received_at ?? null;
  }

  learnerAttemptCount(classId: string, learnerId: string): number {
    const row = this.statement(
      'SELECT COUNT(*) AS n FROM attempts WHERE class_id = ? AND learner_id = ?',
    ).get(classId, learnerId) as { n: number };
    return row.n;
  }

  /** A class's attempts in the order they arrived, each with its evidence as the JSON text sent. */
  attempts(classId: string): { attemptId: string; receivedAt: number; evidence: string }[] {
    const rows = this.statement(
      'SELECT attempt_id, received_at, evidence FROM attempts WHERE class_id = ? ORDER BY received_at, attempt_id',
    ).all(classId) as { attempt_id: string; received_at: number; evidence: string }[];
    return rows.map((row) => ({
      attemptId: row.attempt_id,
      receivedAt: row.received_at,
      evidence: row.evidence,
    }));
  }

  close(): void {
    this.db.close();
  }
}
