/**
 * A batch of edits across a plan's tables applied as one step: changed cells, new lines, removed rows.
 * Used by paste and by accepting an imported workbook. Everything is validated before anything is written,
 * so a batch is applied whole or not at all, and one undo takes it all back.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { Row } from '../../shared/model/plan';
import type { CellValue } from '../../shared/model/columns';
import { kindDef, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';
import { blockContext, rowContext, validateCell, type RowContext } from './rows';
import { loggedStep, type Step } from './logged-step';

export interface EditBatch {
  changes: { rowId: number; column: string; value: unknown }[];
  /** New lines; `at` is the line's index among its table's lines once the batch is applied (default: last). */
  added: { blockId: number; cells: Record<string, unknown>; at?: number }[];
  removed: number[];
  /** A table's lines in a new order (ids not in the table, or removed, are skipped; unlisted lines follow). */
  order?: { blockId: number; rowIds: number[] }[];
}

const BLOCK = `SELECT b.table_kind, s.plan_id FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.id = ? AND b.kind = 'table'`;

export function applyEdits(db: Db, planId: number, edits: EditBatch): { changed: number; added: number; removed: number } {
  // A row listed twice for removal is removed once.
  const batch = { ...edits, removed: [...new Set(edits.removed)] };
  return db.transaction(() => {
    const rows = new Map<number, RowContext>();
    const row = (id: number) => {
      let r = rows.get(id);
      if (!r) {
        r = rowContext(db, id);
        if (r.plan_id !== planId) throw notFound('row in this plan', id);
        rows.set(id, r);
      }
      return r;
    };
    const checked = batch.changes.map((c, i) => {
      const r = row(c.rowId);
      try {
        return { ...c, value: validateCell(r.table_kind, r.role, c.column, c.value) };
      } catch (e) {
        throw badRequest(`Cell ${i + 1} of ${batch.changes.length}: ${(e as Error).message}. Nothing was changed.`, 'changes');
      }
    });
    const added = batch.added.map((a, i) => {
      const b = prep(db, BLOCK).get(a.blockId) as { table_kind: TableKind; plan_id: number } | undefined;
      if (!b || b.plan_id !== planId) throw notFound('table in this plan', a.blockId);
      // New rows are lines; a table without lines (actions: units, objectives, actions) takes none this way.
      if (!roleDef(b.table_kind, 'line'))
        throw badRequest(`New row ${i + 1}: a ${kindDef(b.table_kind).title} table has no plain lines. Nothing was changed.`, 'added');
      const cells: Record<string, CellValue> = {};
      for (const [k, v] of Object.entries(a.cells)) {
        try {
          const value = validateCell(b.table_kind, 'line', k, v);
          if (value !== null) cells[k] = value;
        } catch (e) {
          throw badRequest(`New row ${i + 1}: ${(e as Error).message}. Nothing was changed.`, 'added');
        }
      }
      return { blockId: a.blockId, cells, at: a.at };
    });
    for (const o of batch.order ?? []) {
      const b = prep(db, BLOCK).get(o.blockId) as { plan_id: number } | undefined;
      if (!b || b.plan_id !== planId) throw notFound('table in this plan', o.blockId);
    }
    for (const id of batch.removed) if (row(id).role !== 'line') throw badRequest('Only lines can be removed; memorandum items and headings stay.', 'removed');

    return loggedStep(db, planId, (step) => {
      // The tables this batch touches lose their printed totals, even where a value turns out unchanged.
      for (const b of new Set(
        [...rows.values()]
          .map((r) => r.block_id)
          .concat(
            added.map((a) => a.blockId),
            (batch.order ?? []).map((o) => o.blockId),
          ),
      ))
        step.edited(b);
      for (const c of checked) step.rows.setCell(rows.get(c.rowId)!, c.column, c.value);
      for (const id of batch.removed) step.rows.remove(rows.get(id)!);
      for (const o of batch.order ?? []) reorderLines(db, step, o.blockId, o.rowIds);
      // Lines in the order they will stand, so each lands at its index among the lines.
      for (const a of [...added].sort((x, y) => (x.at ?? Infinity) - (y.at ?? Infinity)))
        step.rows.insert(a.blockId, linePosition(db, a.blockId, a.at), 'line', a.cells);
      return { changed: checked.length, added: added.length, removed: batch.removed.length };
    });
  })();
}

const linePositions = (db: Db, blockId: number) =>
  prep(db, "SELECT id, position FROM plan_row WHERE block_id = ? AND role = 'line' ORDER BY position").all(blockId) as { id: number; position: number }[];

/** Where a new line at index `at` among the table's lines goes (after the last line when absent or past the end). */
function linePosition(db: Db, blockId: number, at: number | undefined): number {
  const lines = linePositions(db, blockId);
  if (at !== undefined && at < lines.length) return lines[Math.max(0, at)].position;
  return lines.length ? lines[lines.length - 1].position + 1 : firstPosition(db, blockId);
}

/** Where a table's first line goes when it has none: before its memorandum items. */
const firstPosition = (db: Db, blockId: number) =>
  (prep(db, 'SELECT coalesce(min(position), 0) AS p FROM plan_row WHERE block_id = ?').get(blockId) as { p: number }).p;

/**
 * Puts a table's lines in the given order, as single moves the change log records (and undo replays
 * backwards): each line in turn goes to the position the i-th line holds.
 */
function reorderLines(db: Db, step: Step, blockId: number, rowIds: number[]): void {
  const lines = linePositions(db, blockId);
  const ids = new Set(lines.map((l) => l.id));
  const wanted = [...new Set(rowIds.filter((id) => ids.has(id)))];
  const rest = lines.filter((l) => !wanted.includes(l.id)).map((l) => l.id);
  const slots = lines.map((l) => l.position);
  [...wanted, ...rest].forEach((id, i) => step.rows.move(id, slots[i]));
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
  const rows = prep(db, 'SELECT id, role, cells FROM plan_row WHERE block_id = ? ORDER BY position').all(blockId) as {
    id: number;
    role: RowRole;
    cells: string;
  }[];
  return rows.filter((r) => touched.has(r.id) || !before.has(r.id)).map((r) => ({ id: r.id, role: r.role, cells: JSON.parse(r.cells) }));
}
