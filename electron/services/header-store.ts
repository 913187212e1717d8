/**
 * The title page as stored: the one map from header field to plan column, and the directorate kept by name
 * (a new name adds it; one no plan uses any more goes). Editing, find and replace, merging and undo all
 * write header fields through here.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { PlanHeader } from '../../shared/model/plan';

const HEADER_COLUMNS: Record<Exclude<keyof PlanHeader, 'directorate'>, string> = {
  division: 'division',
  title: 'title',
  year: 'year',
  cabinetMember: 'cabinet_member',
  director: 'director',
  planContact: 'plan_contact',
};

/** Stores one header field, validated by the caller; the change is the caller's to log. */
export function writeHeaderField(db: Db, planId: number, key: keyof PlanHeader, value: string | number): void {
  if (key === 'directorate') setDirectorate(db, planId, String(value).trim());
  else if (Object.hasOwn(HEADER_COLUMNS, key)) prep(db, `UPDATE plan SET ${HEADER_COLUMNS[key]} = ? WHERE id = ?`).run(value, planId);
  else throw new Error(`No header field ${String(key)}`);
}

export function directorateId(db: Db, name: string): number {
  prep(db, 'INSERT INTO directorate (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
  return (prep(db, 'SELECT id FROM directorate WHERE name = ?').get(name) as { id: number }).id;
}

function setDirectorate(db: Db, planId: number, name: string): void {
  prep(db, 'UPDATE plan SET directorate_id = ? WHERE id = ?').run(directorateId(db, name), planId);
  prep(db, 'DELETE FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').run();
}
