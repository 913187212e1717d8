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
const HEADER_COLUMNS: Record<string, string> = {
  division: 'division', title: 'title', year: 'year', cabinetMember: 'cabinet_member', director: 'director', planContact: 'plan_contact',
};

/** Puts one logged change's `value` side (old for undo, new for redo) back in place. */
function apply(db: Db, c: LoggedChange, value: unknown): void {
  if (c.entity === 'row' && c.field === null) {
    // A row inserted (value = its content) or deleted (value = null).
    const row = (value ?? dec(c.old) ?? dec(c.new)) as { blockId: number; position: number; role: string; cells: object };
    if (value === null) {
      prep(db, 'DELETE FROM plan_row WHERE id = ?').run(c.entity_id);
      prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ?').run(row.blockId, row.position);
    } else {
      prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ?').run(row.blockId, row.position);
      prep(db, 'INSERT INTO plan_row (id, block_id, position, role, cells) VALUES (?, ?, ?, ?, ?)').run(c.entity_id, row.blockId, row.position, row.role, JSON.stringify(row.cells));
    }
  } else if (c.entity === 'row' && c.field === 'position') {
    const r = prep(db, 'SELECT block_id, position FROM plan_row WHERE id = ?').get(c.entity_id) as { block_id: number; position: number };
    const to = value as number;
    if (to > r.position) prep(db, 'UPDATE plan_row SET position = position - 1 WHERE block_id = ? AND position > ? AND position <= ?').run(r.block_id, r.position, to);
    else prep(db, 'UPDATE plan_row SET position = position + 1 WHERE block_id = ? AND position >= ? AND position < ?').run(r.block_id, to, r.position);
    prep(db, 'UPDATE plan_row SET position = ? WHERE id = ?').run(to, c.entity_id);
  } else if (c.entity === 'row') {
    const r = prep(db, 'SELECT cells FROM plan_row WHERE id = ?').get(c.entity_id) as { cells: string };
    const cells = JSON.parse(r.cells) as Record<string, unknown>;
    if (value === null) delete cells[c.field!];
    else cells[c.field!] = value;
    prep(db, 'UPDATE plan_row SET cells = ? WHERE id = ?').run(JSON.stringify(cells), c.entity_id);
  } else if (c.entity === 'section' && c.field === null) {
    // A section added (value = its snapshot) or removed (value = null).
    if (value === null) unrestore(db, c.entity_id, (dec(c.old) ?? dec(c.new)) as SectionSnapshot);
    else restore(db, c.entity_id, value as SectionSnapshot);
  } else if (c.entity === 'section' && c.field === 'title') {
    prep(db, 'UPDATE plan_section SET title = ? WHERE id = ?').run(value, c.entity_id);
  } else if (c.entity === 'section' && c.field === 'position') {
    prep(db, 'UPDATE plan_section SET position = ? WHERE id = ?').run(value, c.entity_id);
  } else if (c.entity === 'plan' && c.field === 'directorate') {
    prep(db, 'INSERT INTO directorate (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(value);
    prep(db, 'UPDATE plan SET directorate_id = (SELECT id FROM directorate WHERE name = ?) WHERE id = ?').run(value, c.entity_id);
    prep(db, 'DELETE FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').run();
  } else if (c.entity === 'plan') {
    prep(db, `UPDATE plan SET ${HEADER_COLUMNS[c.field!]} = ? WHERE id = ?`).run(value, c.entity_id);
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
  const r = prep(db, 'SELECT sum(undone = 0) AS done, sum(undone = 1) AS undone FROM change_log WHERE plan_id = ?').get(planId) as { done: number | null; undone: number | null };
  return { canUndo: (r.done ?? 0) > 0, canRedo: (r.undone ?? 0) > 0 };
}
