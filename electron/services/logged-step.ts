/**
 * One undoable step, as a wrapper (Actual Budget's `undoable` is the model): a service's writes run in one
 * transaction and every change it logs is recorded under one step number, so undo and redo take the whole
 * call back or forward. A table whose lines changed loses its printed totals in the same step (printed-totals.ts),
 * so undo brings them back. A call that changes nothing records no step.
 */
import type { Db } from '../db/open';
import { nextStep, record, type Change } from './change-log';
import { dropPrintedTotals } from './printed-totals';
import { rowWriter, type RowWriter } from './row-store';

export interface Step {
  readonly planId: number;
  /** Logs changes the service has written itself (undo takes them back in reverse order). */
  log(...changes: Change[]): void;
  /** Marks a table whose lines changed: its printed totals describe it no longer. */
  edited(blockId: number): void;
  /** Rows written and logged in this step (inserts, removals, moves and cells mark their table edited). */
  readonly rows: RowWriter;
  /** How many changes are logged so far. */
  size(): number;
}

export function loggedStep<T>(db: Db, planId: number, fn: (step: Step) => T): T {
  return db.transaction(() => {
    const changes: Change[] = [];
    const edited = new Set<number>();
    const rows = rowWriter(
      db,
      (c) => changes.push(c),
      (b) => edited.add(b),
    );
    const step: Step = {
      planId,
      log: (...c) => void changes.push(...c),
      edited: (b) => void edited.add(b),
      rows,
      size: () => changes.length,
    };
    const result = fn(step);
    rows.flush();
    if (changes.length) {
      for (const blockId of edited) {
        const dropped = dropPrintedTotals(db, blockId);
        if (dropped) changes.push(dropped);
      }
      record(db, planId, nextStep(db, planId), changes);
    }
    return result;
  })();
}
