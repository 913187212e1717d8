/**
 * Undo and redo from the change log: a step is every change one API call made (a paste, an import, an
 * insert), undone or redone as one. The log lives in the database, so history survives a reload.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { Entity } from './change-log';
import { getPlanSummary } from './plans';
import { restore, unrestore, type SectionSnapshot } from './sections';
import type { HistoryState, StepResult } from '../../shared/api/contract';
import { describeStep } from './step-description';
import { setSnapshotActive } from '../plan-files/snapshots';
import { moveRowTo, putRow, rowPosition, takeRow, writeCells, type LoggedRow } from './row-store';
import { writeHeaderField } from './header-store';
import type { PlanHeader } from '../../shared/model/plan';

interface LoggedChange {
  id: number;
  step: number;
  entity: Entity;
  entity_id: number;
  field: string | null;
  old: string | null;
  new: string | null;
}

const dec = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** Puts one logged change's `value` side (old for undo, new for redo) back in place. */
function apply(db: Db, c: LoggedChange, value: unknown): void {
  if (c.entity === 'row' && c.field === null) {
    // A row inserted (value = its content) or deleted (value = null).
    // Logged before stable ids existed, a row has no uuid: the insert trigger gives it a fresh one.
    const row = (value ?? dec(c.old) ?? dec(c.new)) as LoggedRow;
    if (value === null) takeRow(db, c.entity_id, row.blockId, row.position);
    else putRow(db, c.entity_id, row);
  } else if (c.entity === 'row' && c.field === 'position') {
    const r = rowPosition(db, c.entity_id);
    moveRowTo(db, c.entity_id, r.block_id, r.position, value as number);
  } else if (c.entity === 'row') {
    const r = prep(db, 'SELECT cells FROM plan_row WHERE id = ?').get(c.entity_id) as { cells: string };
    const cells = JSON.parse(r.cells) as Record<string, unknown>;
    if (value === null) delete cells[c.field!];
    else cells[c.field!] = value;
    writeCells(db, c.entity_id, cells);
  } else if (c.entity === 'section' && c.field === null) {
    // A section added (value = its snapshot) or removed (value = null).
    if (value === null) unrestore(db, c.entity_id, (dec(c.old) ?? dec(c.new)) as SectionSnapshot);
    else restore(db, c.entity_id, value as SectionSnapshot);
  } else if (c.entity === 'section' && c.field === 'title') {
    prep(db, 'UPDATE plan_section SET title = ? WHERE id = ?').run(value, c.entity_id);
  } else if (c.entity === 'section' && c.field === 'position') {
    prep(db, 'UPDATE plan_section SET position = ? WHERE id = ?').run(value, c.entity_id);
  } else if (c.entity === 'plan' && c.field === 'mergedFile') {
    // A merge's plan file becoming a base (plan-files.ts): undone, the file can be merged again.
    setSnapshotActive(db, (dec(c.new) ?? dec(c.old)) as { planUuid: string; origin: string; revision: number }, value !== null);
  } else if (c.entity === 'plan') {
    writeHeaderField(db, c.entity_id, c.field as keyof PlanHeader, value as string | number);
  } else if (c.entity === 'block' && c.field === 'meta') {
    prep(db, 'UPDATE plan_block SET meta = ? WHERE id = ?').run(JSON.stringify(value), c.entity_id);
  } else if (c.entity === 'block' && c.field === 'doc') {
    prep(db, 'UPDATE plan_block SET doc = ? WHERE id = ?').run(JSON.stringify(value), c.entity_id);
  } else {
    throw new Error(`Cannot replay a change to ${c.entity}.${c.field}`);
  }
}

function stepChanges(db: Db, planId: number, undone: 0 | 1): LoggedChange[] {
  const pick = undone ? 'min' : 'max';
  return prep(
    db,
    `SELECT id, step, entity, entity_id, field, old, new FROM change_log WHERE plan_id = ? AND step =
       (SELECT ${pick}(step) FROM change_log WHERE plan_id = ? AND undone = ${undone}) ORDER BY id`,
  ).all(planId, planId) as LoggedChange[];
}

export function undo(db: Db, planId: number): StepResult {
  getPlanSummary(db, planId);
  const step = db.transaction(() => {
    const changes = stepChanges(db, planId, 0);
    for (const c of [...changes].reverse()) apply(db, c, dec(c.old));
    if (changes.length) prep(db, 'UPDATE change_log SET undone = 1 WHERE plan_id = ? AND step = ?').run(planId, changes[0].step);
    return describeStep(db, changes);
  })();
  return { ...historyState(db, planId), ...(step && { step }) };
}

export function redo(db: Db, planId: number): StepResult {
  getPlanSummary(db, planId);
  const step = db.transaction(() => {
    const changes = stepChanges(db, planId, 1);
    for (const c of changes) apply(db, c, dec(c.new));
    if (changes.length) prep(db, 'UPDATE change_log SET undone = 0 WHERE plan_id = ? AND step = ?').run(planId, changes[0].step);
    return describeStep(db, changes);
  })();
  return { ...historyState(db, planId), ...(step && { step }) };
}

export function historyState(db: Db, planId: number): HistoryState {
  const r = prep(db, 'SELECT sum(undone = 0) AS done, sum(undone = 1) AS undone FROM change_log WHERE plan_id = ?').get(planId) as {
    done: number | null;
    undone: number | null;
  };
  return { canUndo: (r.done ?? 0) > 0, canRedo: (r.undone ?? 0) > 0 };
}
