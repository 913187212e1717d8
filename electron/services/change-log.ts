/**
 * The change log: every write records what it changed (entity, field, old and new value) under one step
 * number per API call, so undo/redo can replay steps and history can show who changed what.
 */
import os from 'node:os';
import type { Db } from '../db/open';
import { prep } from '../db/statements';

export type Entity = 'plan' | 'section' | 'block' | 'row';

export interface Change {
  entity: Entity;
  entityId: number;
  field: string | null;
  old: unknown;
  new: unknown;
}

const enc = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/**
 * A step number never at or below a named version's, so "since a version" stays right after the steps
 * before it were compacted away (history-versions.ts).
 */
export function nextStep(db: Db, planId: number): number {
  const r = prep(
    db,
    `SELECT max(coalesce((SELECT max(step) FROM change_log WHERE plan_id = ? AND undone = 0), 0),
                coalesce((SELECT max(step) FROM plan_version WHERE plan_id = ?), 0)) + 1 AS s`,
  ).get(planId, planId) as { s: number };
  return r.s;
}

/** The OS user's name, read once: who made a change when the session has not said otherwise. */
let osUser: string | undefined;
export function osUserName(): string {
  if (osUser === undefined) {
    try {
      osUser = os.userInfo().username || process.env.USER || process.env.USERNAME || '';
    } catch {
      osUser = process.env.USER ?? process.env.USERNAME ?? '';
    }
  }
  return osUser;
}

/** Who is editing through a connection: set by the session that opened it (the app, the CLI, a test). */
const whoByDb = new WeakMap<Db, string>();
export function setWho(db: Db, who: string): void {
  whoByDb.set(db, who);
}
export const whoOf = (db: Db): string => whoByDb.get(db) ?? osUserName();

export function record(db: Db, planId: number, step: number, changes: Change[]): void {
  // A new change ends the redo history, as in every editor.
  prep(db, 'DELETE FROM change_log WHERE plan_id = ? AND undone = 1').run(planId);
  const stmt = prep(db, 'INSERT INTO change_log (plan_id, step, at, entity, entity_id, field, old, new, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const at = new Date().toISOString();
  const who = whoOf(db);
  for (const c of changes) stmt.run(planId, step, at, c.entity, c.entityId, c.field, enc(c.old), enc(c.new), who);
  prep(db, 'UPDATE plan SET updated_at = ? WHERE id = ?').run(at, planId);
}

const TABLES = { row: 'plan_row', section: 'plan_section', block: 'plan_block' } as const;

/**
 * The first id a new row, section or block may take. The tables are AUTOINCREMENT (migration 2), so the
 * sequence is above every id ever used, including those any plan's undo or redo may put back; SQLite alone
 * would hand the highest id out again once it is deleted.
 */
export function freshId(db: Db, kind: keyof typeof TABLES): number {
  return (prep(db, 'SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0) + 1 AS next').get(TABLES[kind]) as { next: number }).next;
}
