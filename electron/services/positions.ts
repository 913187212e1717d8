/**
 * Sections and rows keep gapless positions (0, 1, 2...) within their plan or table. Making room for one and
 * closing the gap one leaves are the same statements for both, so they are written here once, for the
 * services that add and remove them and for undo, redo and merging, which replay those changes.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';

/** Each ordered table, with the column naming the plan or table its positions count within. */
const WITHIN = { plan_section: 'plan_id', plan_row: 'block_id' } as const;
type Ordered = keyof typeof WITHIN;

/** Moves the entries at and after `position` down one, to make room for one there. */
export function makeRoom(db: Db, table: Ordered, parentId: number, position: number): void {
  prep(db, `UPDATE ${table} SET position = position + 1 WHERE ${WITHIN[table]} = ? AND position >= ?`).run(parentId, position);
}

/** Deletes an entry and moves the ones after it up one, closing the gap it leaves. */
export function deleteAt(db: Db, table: Ordered, id: number, parentId: number, position: number): void {
  prep(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
  prep(db, `UPDATE ${table} SET position = position - 1 WHERE ${WITHIN[table]} = ? AND position > ?`).run(parentId, position);
}
