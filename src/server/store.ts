/**
 * The classroom server's SQLite store: class sessions (with what learners are
 * shown and the tutor's records), learners, and votes. Every change is
 * written at once, so a restarted server carries on where it stopped.
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

  close(): void {
    this.db.close();
  }
}
