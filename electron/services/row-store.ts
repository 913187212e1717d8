/**
 * Where table rows live: the one place that writes plan_row positions and cells. The plain functions put a
 * row in, take it out, move it and write its cells, keeping every other row of its table in order; undo and
 * redo (history.ts) and merging (apply-merge.ts) replay logged changes with them, and a section put back
 * whole (sections.ts) writes its rows with `insertRow`. `rowWriter` does the same for a service's step and
 * logs each change as it goes (logged-step.ts records them).
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { CellValue } from '../../shared/model/columns';
import { freshId, type Change } from './change-log';
import { deleteAt, makeRoom } from './positions';

/** A row as the change log keeps it when it is added or removed, so undo and redo put it back in place. */
export interface LoggedRow {
  blockId: number;
  position: number;
  role: string;
  cells: object;
  /** Absent in rows logged before stable ids existed: the insert trigger then makes a fresh one. */
  uuid?: string;
}

/** Puts a row with this id at its position, moving the rows at and after it down one. */
export function putRow(db: Db, id: number, r: LoggedRow): void {
  makeRoom(db, 'plan_row', r.blockId, r.position);
  insertRow(db, { id, block_id: r.blockId, position: r.position, role: r.role, cells: JSON.stringify(r.cells), uuid: r.uuid ?? null });
}

/** Writes a row as it is: at the end of its table, or where room was made for it (putRow). */
export function insertRow(db: Db, r: Omit<StoredRow, 'uuid'> & { uuid: string | null }): void {
  prep(db, 'INSERT INTO plan_row (id, block_id, position, role, cells, uuid) VALUES (@id, @block_id, @position, @role, @cells, @uuid)').run(r);
}

/** Removes a row and closes the gap it leaves. */
export function takeRow(db: Db, id: number, blockId: number, position: number): void {
  deleteAt(db, 'plan_row', id, blockId, position);
}

/** Moves a row from one position of its table to another; the rows between shift by one. */
export function moveRowTo(db: Db, id: number, blockId: number, from: number, to: number): void {
  if (to > from) prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ? AND position <= ?').run(blockId, from, to);
  else prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ? AND position < ?').run(blockId, to, from);
  prep(db, 'UPDATE plan_row SET position = ? WHERE id = ?').run(to, id);
}

export function writeCells(db: Db, id: number, cells: object): void {
  prep(db, 'UPDATE plan_row SET cells = ? WHERE id = ?').run(JSON.stringify(cells), id);
}

export const rowPosition = (db: Db, id: number) =>
  prep(db, 'SELECT block_id, position FROM plan_row WHERE id = ?').get(id) as { block_id: number; position: number };

/** A row as a service read it: enough to change its cells or remove it and log what it was. */
export interface StoredRow {
  id: number;
  uuid: string;
  block_id: number;
  position: number;
  role: string;
  cells: string;
}

/** Rows written within one step; each change is logged as it is made, in the order undo takes them back (reversed). */
export interface RowWriter {
  /** A new row at `position` with a fresh id; returns its id and stable id. */
  insert(blockId: number, position: number, role: string, cells: Record<string, CellValue>): { id: number; uuid: string };
  remove(row: StoredRow): void;
  move(rowId: number, to: number): void;
  /**
   * Sets one cell (null clears it); false when it already held that value (nothing logged). The first
   * change to a row in a step takes its cells from `row`; they are written when the step ends.
   */
  setCell(row: Pick<StoredRow, 'id' | 'block_id' | 'cells'>, column: string, value: CellValue | null): boolean;
  /** A row's cells as they stand in this step (after its changes so far). */
  cellsOf(row: Pick<StoredRow, 'id' | 'cells'>): Record<string, CellValue>;
  /** Writes the cells changed so far; the step calls it before it ends. */
  flush(): void;
}

export function rowWriter(db: Db, log: (c: Change) => void, edited: (blockId: number) => void): RowWriter {
  const pending = new Map<number, Record<string, CellValue>>();
  const dirty = new Set<number>();
  const cellsOf = (row: Pick<StoredRow, 'id' | 'cells'>) => {
    let cells = pending.get(row.id);
    if (!cells) pending.set(row.id, (cells = JSON.parse(row.cells) as Record<string, CellValue>));
    return cells;
  };
  return {
    insert(blockId, position, role, cells) {
      const id = freshId(db, 'row');
      putRow(db, id, { blockId, position, role, cells });
      const uuid = (prep(db, 'SELECT uuid FROM plan_row WHERE id = ?').get(id) as { uuid: string }).uuid;
      log({ entity: 'row', entityId: id, field: null, old: null, new: { blockId, position, role, cells, uuid } });
      edited(blockId);
      return { id, uuid };
    },
    remove(row) {
      takeRow(db, row.id, row.block_id, row.position);
      // Logged with any cells this step changed first, as they stood when it went.
      const cells = pending.get(row.id) ?? JSON.parse(row.cells);
      pending.delete(row.id);
      dirty.delete(row.id);
      log({
        entity: 'row',
        entityId: row.id,
        field: null,
        old: { blockId: row.block_id, position: row.position, role: row.role, cells, uuid: row.uuid },
        new: null,
      });
      edited(row.block_id);
    },
    move(rowId, to) {
      const r = rowPosition(db, rowId);
      if (r.position === to) return;
      moveRowTo(db, rowId, r.block_id, r.position, to);
      log({ entity: 'row', entityId: rowId, field: 'position', old: r.position, new: to });
    },
    setCell(row, column, value) {
      const cells = cellsOf(row);
      const old = cells[column] ?? null;
      if (JSON.stringify(old) === JSON.stringify(value)) return false;
      if (value === null) delete cells[column];
      else cells[column] = value;
      dirty.add(row.id);
      log({ entity: 'row', entityId: row.id, field: column, old, new: value });
      edited(row.block_id);
      return true;
    },
    cellsOf,
    flush() {
      for (const id of dirty) writeCells(db, id, pending.get(id)!);
      dirty.clear();
    },
  };
}
