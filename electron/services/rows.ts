/** Table rows and cells: edit a cell, insert, delete and move rows. Each call is one logged step (logged-step.ts). */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { columnDef, kindDef, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';
import { canType, valueSchema } from '../../shared/model/cell-values';
import { loggedStep } from './logged-step';

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
  const ctx = rowContext(db, rowId);
  const stored = validateCell(ctx.table_kind, ctx.role, column, value);
  // An unchanged value logs nothing, so there is nothing to save or undo.
  return loggedStep(db, ctx.plan_id, (step) => {
    step.rows.setCell(ctx, column, stored);
    return { id: rowId, role: ctx.role, cells: step.rows.cellsOf(ctx) };
  });
}

/** The table a row goes into, with its kind and plan. */
export function blockContext(db: Db, blockId: number): { table_kind: TableKind; plan_id: number } {
  const b = prep(db, `SELECT b.table_kind, s.plan_id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.id = ? AND b.kind = 'table'`).get(
    blockId,
  ) as { table_kind: TableKind; plan_id: number } | undefined;
  if (!b) throw notFound('table', blockId);
  return b;
}

/** Inserts a row at `position` (0 = first; past the end appends). */
export function insertRow(db: Db, blockId: number, position: number, role: RowRole, cells: Record<string, unknown> = {}): Row {
  const block = blockContext(db, blockId);
  if (!roleDef(block.table_kind, role)) throw badRequest(`A ${kindDef(block.table_kind).title} table has no ${role} rows.`, 'role');
  const stored: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(cells)) {
    const value = validateCell(block.table_kind, role, k, v);
    if (value !== null) stored[k] = value;
  }
  return loggedStep(db, block.plan_id, (step) => {
    const count = (prep(db, 'SELECT count(*) AS n FROM plan_row WHERE block_id = ?').get(blockId) as { n: number }).n;
    const { id } = step.rows.insert(blockId, Math.max(0, Math.min(position, count)), role, stored);
    return { id, role, cells: stored };
  });
}

export function deleteRow(db: Db, rowId: number): void {
  const ctx = rowContext(db, rowId);
  loggedStep(db, ctx.plan_id, (step) => step.rows.remove(ctx));
}

/** Moves a row to `position` within its table. */
export function moveRow(db: Db, rowId: number, position: number): void {
  const ctx = rowContext(db, rowId);
  const count = (prep(db, 'SELECT count(*) AS n FROM plan_row WHERE block_id = ?').get(ctx.block_id) as { n: number }).n;
  loggedStep(db, ctx.plan_id, (step) => step.rows.move(rowId, Math.max(0, Math.min(position, count - 1))));
}
