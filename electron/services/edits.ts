/**
 * A batch of edits across a plan's tables applied as one step: changed cells, new lines, removed rows.
 * Used by paste and by accepting an imported workbook. Everything is validated before anything is written,
 * so a batch is applied whole or not at all, and one undo takes it all back.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { CellValue } from '../../shared/model/columns';
import { kindDef, roleDef, type RowRole, type TableKind } from '../../shared/model/table-kinds';
import { rowContext, rowUuid, validateCell, type RowContext } from './rows';
import { freshId, nextStep, record, type Change } from './change-log';
import { dropPrintedTotals } from './printed-totals';

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
      if (!roleDef(b.table_kind, 'line')) throw badRequest(`New row ${i + 1}: a ${kindDef(b.table_kind).title} table has no plain lines. Nothing was changed.`, 'added');
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

    const step = nextStep(db, planId);
    const log: Change[] = [];
    const cellsOf = new Map<number, Record<string, CellValue>>();
    for (const c of checked) {
      const cells = cellsOf.get(c.rowId) ?? (JSON.parse(rows.get(c.rowId)!.cells) as Record<string, CellValue>);
      cellsOf.set(c.rowId, cells);
      const old = cells[c.column] ?? null;
      if (JSON.stringify(old) === JSON.stringify(c.value)) continue;
      if (c.value === null) delete cells[c.column];
      else cells[c.column] = c.value;
      log.push({ entity: 'row', entityId: c.rowId, field: c.column, old, new: c.value });
    }
    for (const [id, cells] of cellsOf) prep(db, 'UPDATE plan_row SET cells = ? WHERE id = ?').run(JSON.stringify(cells), id);
    for (const id of batch.removed) {
      const r = prep(db, 'SELECT block_id, position, role, cells, uuid FROM plan_row WHERE id = ?').get(id) as { block_id: number; position: number; role: RowRole; cells: string; uuid: string };
      prep(db, 'DELETE FROM plan_row WHERE id = ?').run(id);
      prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ?').run(r.block_id, r.position);
      log.push({ entity: 'row', entityId: id, field: null, old: { blockId: r.block_id, position: r.position, role: r.role, cells: JSON.parse(r.cells), uuid: r.uuid }, new: null });
    }
    for (const o of batch.order ?? []) log.push(...reorderLines(db, o.blockId, o.rowIds));
    // Lines in the order they will stand, so each lands at its index among the lines.
    for (const a of [...added].sort((x, y) => (x.at ?? Infinity) - (y.at ?? Infinity))) log.push(insertLine(db, a.blockId, a.cells, a.at));
    if (log.length) {
      const blocks = new Set([...rows.values()].map((r) => r.block_id).concat(added.map((a) => a.blockId), (batch.order ?? []).map((o) => o.blockId)));
      for (const b of blocks) {
        const dropped = dropPrintedTotals(db, b);
        if (dropped) log.push(dropped);
      }
      record(db, planId, step, log);
    }
    return { changed: checked.length, added: added.length, removed: batch.removed.length };
  })();
}

const linePositions = (db: Db, blockId: number) =>
  prep(db, "SELECT id, position FROM plan_row WHERE block_id = ? AND role = 'line' ORDER BY position").all(blockId) as { id: number; position: number }[];

/** A new line at index `at` among the table's lines (after the last line when absent or past the end). */
function insertLine(db: Db, blockId: number, cells: Record<string, CellValue>, at: number | undefined): Change {
  const lines = linePositions(db, blockId);
  const pos = at !== undefined && at < lines.length ? lines[Math.max(0, at)].position : lines.length ? lines[lines.length - 1].position + 1 : firstPosition(db, blockId);
  prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ?').run(blockId, pos);
  const id = freshId(db, 'row');
  prep(db, 'INSERT INTO plan_row (id, block_id, position, role, cells) VALUES (?, ?, ?, ?, ?)').run(id, blockId, pos, 'line', JSON.stringify(cells));
  return { entity: 'row', entityId: id, field: null, old: null, new: { blockId, position: pos, role: 'line', cells, uuid: rowUuid(db, id) } };
}

/** Where a table's first line goes when it has none: before its memorandum items. */
const firstPosition = (db: Db, blockId: number) => (prep(db, "SELECT coalesce(min(position), 0) AS p FROM plan_row WHERE block_id = ?").get(blockId) as { p: number }).p;

/**
 * Puts a table's lines in the given order, as single moves the change log records (and undo replays
 * backwards): each line in turn goes to the position the i-th line holds.
 */
function reorderLines(db: Db, blockId: number, rowIds: number[]): Change[] {
  const lines = linePositions(db, blockId);
  const ids = new Set(lines.map((l) => l.id));
  const wanted = [...new Set(rowIds.filter((id) => ids.has(id)))];
  const rest = lines.filter((l) => !wanted.includes(l.id)).map((l) => l.id);
  const slots = lines.map((l) => l.position);
  const log: Change[] = [];
  [...wanted, ...rest].forEach((id, i) => {
    const from = (prep(db, 'SELECT position FROM plan_row WHERE id = ?').get(id) as { position: number }).position;
    const to = slots[i];
    if (from === to) return;
    if (to > from) prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ? AND position <= ?').run(blockId, from, to);
    else prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ? AND position < ?').run(blockId, to, from);
    prep(db, 'UPDATE plan_row SET position = ? WHERE id = ?').run(to, id);
    log.push({ entity: 'row', entityId: id, field: 'position', old: from, new: to });
  });
  return log;
}
