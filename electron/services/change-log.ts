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

/** Ids of rows, sections and blocks the log can put back (undo of a removal, redo of an addition), nested snapshots included. */
const LOGGED_IDS = {
  row: `SELECT entity_id AS id FROM change_log WHERE entity = 'row' AND field IS NULL
    UNION ALL SELECT json_extract(r.value, '$.id') FROM change_log c, json_each(CASE WHEN c.old IS NULL OR c.old = 'null' THEN c.new ELSE c.old END, '$.blocks') b, json_each(b.value, '$.rows') r
    WHERE c.entity = 'section' AND c.field IS NULL`,
  section: `SELECT entity_id AS id FROM change_log WHERE entity = 'section' AND field IS NULL`,
  block: `SELECT json_extract(b.value, '$.id') AS id FROM change_log c, json_each(CASE WHEN c.old IS NULL OR c.old = 'null' THEN c.new ELSE c.old END, '$.blocks') b WHERE c.entity = 'section' AND c.field IS NULL`,
};
const TABLES = { row: 'plan_row', section: 'plan_section', block: 'plan_block' } as const;

/**
 * The first id a new row, section or block may take: above every id in use and every id any plan's log
 * may restore. SQLite alone reuses the highest id once it is deleted, and another plan's undo or redo
 * would then put a row back onto an id that is taken.
 */
export function freshId(db: Db, kind: keyof typeof TABLES): number {
  const sql = `SELECT coalesce(max(id), 0) + 1 AS next FROM (SELECT max(id) AS id FROM ${TABLES[kind]} UNION ALL ${LOGGED_IDS[kind]})`;
  return (prep(db, sql).get() as { next: number }).next;
}
