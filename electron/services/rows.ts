/** Table rows and cells: edit a cell, insert, delete and move rows. Each call is one transaction and one logged step. */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { columnDef, kindDef, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';
import { canType, valueSchema } from '../../shared/model/cell-values';
import { freshId, nextStep, record } from './change-log';
import { applyEdits } from './edits';
import { dropPrintedTotals } from './printed-totals';

export interface RowContext {
  id: number;
  uuid: string;
  block_id: number;
  position: number;
  role: RowRole;
  cells: string;
  table_kind: TableKind;
  plan_id: number;
}

const ROW_CONTEXT = `SELECT r.id, r.uuid, r.block_id, r.position, r.role, r.cells, b.table_kind, s.plan_id FROM plan_row r
  JOIN plan_block b ON b.id = r.block_id JOIN plan_section s ON s.id = b.section_id WHERE r.id = ?`;

export function rowContext(db: Db, rowId: number): RowContext {
  const r = prep(db, ROW_CONTEXT).get(rowId) as RowContext | undefined;
  if (!r) throw notFound('row', rowId);
  return r;
}

/** Checks a value against its column's type for the row's role; returns the value as it will be stored. */
export function validateCell(kind: TableKind, role: RowRole, column: string, value: unknown): CellValue {
  const col = columnDef(kind, column);
  if (!col) throw badRequest(`A ${kindDef(kind).title} table has no column "${column}".`, 'column');
  if (!canType(kind, role, col)) {
    throw badRequest(`"${col.heading}" is ${col.computed ? 'computed' : 'not used'} on this row and cannot be typed.`, 'column');
  }
  const parsed = valueSchema(col).safeParse(value);
  if (!parsed.success) throw badRequest(`${col.heading}: ${parsed.error.issues[0].message}`, 'value');
  return parsed.data as CellValue;
}

export function updateCell(db: Db, rowId: number, column: string, value: unknown): Row {
  return db.transaction(() => {
    const ctx = rowContext(db, rowId);
    const stored = validateCell(ctx.table_kind, ctx.role, column, value);
    const cells = JSON.parse(ctx.cells) as Record<string, CellValue>;
    const old = cells[column] ?? null;
    if (JSON.stringify(old) === JSON.stringify(stored)) return { id: rowId, role: ctx.role, cells }; // nothing to save or undo
    if (stored === null) delete cells[column];
    else cells[column] = stored;
    prep(db, 'UPDATE plan_row SET cells = ? WHERE id = ?').run(JSON.stringify(cells), rowId);
    const dropped = dropPrintedTotals(db, ctx.block_id);
    record(db, ctx.plan_id, nextStep(db, ctx.plan_id), [{ entity: 'row', entityId: rowId, field: column, old, new: stored }, ...(dropped ? [dropped] : [])]);
    return { id: rowId, role: ctx.role, cells };
  })();
}

/** A row's stable id, logged with inserts and deletes so undo and redo put the same one back. */
export const rowUuid = (db: Db, id: number): string => (prep(db, 'SELECT uuid FROM plan_row WHERE id = ?').get(id) as { uuid: string }).uuid;

function blockContext(db: Db, blockId: number): { table_kind: TableKind; plan_id: number } {
  const b = db
    .prepare(`SELECT b.table_kind, s.plan_id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.id = ? AND b.kind = 'table'`)
    .get(blockId) as { table_kind: TableKind; plan_id: number } | undefined;
  if (!b) throw notFound('table', blockId);
  return b;
}

/** Inserts a row at `position` (0 = first; past the end appends). */
export function insertRow(db: Db, blockId: number, position: number, role: RowRole, cells: Record<string, unknown> = {}): Row {
  return db.transaction(() => {
    const block = blockContext(db, blockId);
    if (!roleDef(block.table_kind, role)) throw badRequest(`A ${kindDef(block.table_kind).title} table has no ${role} rows.`, 'role');
    const stored: Record<string, CellValue> = {};
    for (const [k, v] of Object.entries(cells)) {
      const value = validateCell(block.table_kind, role, k, v);
      if (value !== null) stored[k] = value;
    }
    const count = (prep(db, 'SELECT count(*) AS n FROM plan_row WHERE block_id = ?').get(blockId) as { n: number }).n;
    const at = Math.max(0, Math.min(position, count));
    prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ?').run(blockId, at);
    const id = freshId(db, 'row');
    prep(db, 'INSERT INTO plan_row (id, block_id, position, role, cells) VALUES (?, ?, ?, ?, ?)').run(id, blockId, at, role, JSON.stringify(stored));
    const dropped = dropPrintedTotals(db, blockId);
    const uuid = rowUuid(db, id);
    record(db, block.plan_id, nextStep(db, block.plan_id), [{ entity: 'row', entityId: id, field: null, old: null, new: { blockId, position: at, role, cells: stored, uuid } }, ...(dropped ? [dropped] : [])]);
    return { id, role, cells: stored };
  })();
}

export function deleteRow(db: Db, rowId: number): void {
  db.transaction(() => {
    const ctx = rowContext(db, rowId);
    prep(db, 'DELETE FROM plan_row WHERE id = ?').run(rowId);
    prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ?').run(ctx.block_id, ctx.position);
    const old = { blockId: ctx.block_id, position: ctx.position, role: ctx.role, cells: JSON.parse(ctx.cells), uuid: ctx.uuid };
    const dropped = dropPrintedTotals(db, ctx.block_id);
    record(db, ctx.plan_id, nextStep(db, ctx.plan_id), [{ entity: 'row', entityId: rowId, field: null, old, new: null }, ...(dropped ? [dropped] : [])]);
  })();
}

/** Moves a row to `position` within its table. */
export function moveRow(db: Db, rowId: number, position: number): void {
  db.transaction(() => {
    const ctx = rowContext(db, rowId);
    const count = (prep(db, 'SELECT count(*) AS n FROM plan_row WHERE block_id = ?').get(ctx.block_id) as { n: number }).n;
    const to = Math.max(0, Math.min(position, count - 1));
    if (to === ctx.position) return;
    if (to > ctx.position) prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ? AND position <= ?').run(ctx.block_id, ctx.position, to);
    else prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ? AND position < ?').run(ctx.block_id, to, ctx.position);
    prep(db, 'UPDATE plan_row SET position = ? WHERE id = ?').run(to, rowId);
    record(db, ctx.plan_id, nextStep(db, ctx.plan_id), [{ entity: 'row', entityId: rowId, field: 'position', old: ctx.position, new: to }]);
  })();
}

export interface CellChange {
  rowId: number;
  column: string;
  value: unknown;
}

/** Many cells of one table at once (a paste), with new lines appended: one step, all or nothing. */
export function updateCells(db: Db, blockId: number, changes: CellChange[], append: Record<string, unknown>[] = []): Row[] {
  const block = blockContext(db, blockId);
  for (const c of changes) if (rowContext(db, c.rowId).block_id !== blockId) throw badRequest(`Row ${c.rowId} is not in this table.`, 'changes');
  const before = new Set((prep(db, 'SELECT id FROM plan_row WHERE block_id = ?').all(blockId) as { id: number }[]).map((r) => r.id));
  applyEdits(db, block.plan_id, { changes, added: append.map((cells) => ({ blockId, cells })), removed: [] });
  const touched = new Set(changes.map((c) => c.rowId));
  const rows = prep(db, 'SELECT id, role, cells FROM plan_row WHERE block_id = ? ORDER BY position').all(blockId) as { id: number; role: RowRole; cells: string }[];
  return rows.filter((r) => touched.has(r.id) || !before.has(r.id)).map((r) => ({ id: r.id, role: r.role, cells: JSON.parse(r.cells) }));
}
