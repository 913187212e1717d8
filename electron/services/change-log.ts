/**
 * The change log: every write records what it changed (entity, field, old and new value) under one step
 * number per API call, so undo/redo can replay steps and history can show who changed what.
 */
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

export function nextStep(db: Db, planId: number): number {
  const r = prep(db, 'SELECT coalesce(max(step), 0) + 1 AS s FROM change_log WHERE plan_id = ? AND undone = 0').get(planId) as { s: number };
  return r.s;
}

export function record(db: Db, planId: number, step: number, changes: Change[]): void {
  // A new change ends the redo history, as in every editor.
  prep(db, 'DELETE FROM change_log WHERE plan_id = ? AND undone = 1').run(planId);
  const stmt = prep(db, 'INSERT INTO change_log (plan_id, step, at, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const at = new Date().toISOString();
  for (const c of changes) stmt.run(planId, step, at, c.entity, c.entityId, c.field, enc(c.old), enc(c.new));
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
