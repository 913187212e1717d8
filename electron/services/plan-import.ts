/**
 * Plans in and out of the exchange format (shared/model/plan.ts): the JSON export, the bundled sample and
 * synthetic benchmark plans all go through here. Input is validated in full before anything is written,
 * and a whole file is imported in one transaction, so a bad file changes nothing.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest } from '../../shared/api/errors';
import { exchangeSchema, type ExchangeFile, type PlanIn, type Row } from '../../shared/model/plan';
import { directorateId } from './header-store';
import { readPlanSnapshot } from './plan-snapshot';
import { summaryRows } from '../../shared/calc/summaries';
import { freshId } from './change-log';

/**
 * Adds a plan. Stable ids (uuids) in the input are kept unless this database already uses one (a second copy
 * of a plan must not share its ids); those missing or taken get fresh ones from the insert triggers.
 */
export function importPlan(db: Db, plan: PlanIn): number {
  return db.transaction(() => {
    const uuid = uuidKeeper(db);
    const now = new Date().toISOString();
    const h = plan.header;
    const planId = Number(
      db
        .prepare(
          `INSERT INTO plan (directorate_id, kind, division, title, year, cabinet_member, director, plan_contact, created_at, updated_at, uuid)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          directorateId(db, h.directorate),
          plan.kind,
          h.division,
          h.title,
          h.year,
          h.cabinetMember,
          h.director,
          h.planContact,
          now,
          now,
          uuid('plan', plan.uuid),
        ).lastInsertRowid,
    );
    const insSection = prep(db, 'INSERT INTO plan_section (id, plan_id, position, level, title, uuid) VALUES (?, ?, ?, ?, ?, ?)');
    const insBlock = prep(db, 'INSERT INTO plan_block (id, section_id, position, kind, doc, table_kind, title, meta, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insRow = prep(db, 'INSERT INTO plan_row (id, block_id, position, role, cells, uuid) VALUES (?, ?, ?, ?, ?, ?)');
    // Fresh ids, never one another plan's undo or redo may restore (change-log.ts).
    let [sectionId, blockId, rowId] = [freshId(db, 'section') - 1, freshId(db, 'block') - 1, freshId(db, 'row') - 1];
    plan.sections.forEach((s, si) => {
      insSection.run(++sectionId, planId, si, s.level, s.title, uuid('plan_section', s.uuid));
      s.blocks.forEach((b, bi) => {
        if (b.kind === 'narrative') {
          insBlock.run(++blockId, sectionId, bi, 'narrative', JSON.stringify(b.doc), null, '', '{}', uuid('plan_block', b.uuid));
          return;
        }
        insBlock.run(++blockId, sectionId, bi, 'table', null, b.tableKind, b.title, JSON.stringify(b.meta ?? {}), uuid('plan_block', b.uuid));
        b.rows.forEach((r, ri) => insRow.run(++rowId, blockId, ri, r.role, JSON.stringify(r.cells), uuid('plan_row', r.uuid)));
      });
    });
    return planId;
  })();
}

type UuidTable = 'plan' | 'plan_section' | 'plan_block' | 'plan_row';

/** Returns the given uuid when it is free in this database and in this import, else null (a fresh one is made). */
function uuidKeeper(db: Db): (table: UuidTable, wanted: string | undefined) => string | null {
  const used = new Set<string>();
  return (table, wanted) => {
    if (!wanted || used.has(wanted) || prep(db, `SELECT 1 FROM ${table} WHERE uuid = ?`).get(wanted)) return null;
    used.add(wanted);
    return wanted;
  };
}

/** Validates a whole exchange file, then imports every plan in it; returns the new plan ids. */
export function importExchange(db: Db, data: unknown): number[] {
  const parsed = exchangeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`Not a Plan Editor plan file: ${issue.path.join('.') || 'file'}: ${issue.message}`, issue.path.join('.'));
  }
  return db.transaction(() => parsed.data.plans.map((p) => importPlan(db, p)))();
}

/** A plan in the exchange format: rows hold what was typed; each table's computed totals ride along in `summaries`. */
export function exportPlan(db: Db, planId: number): PlanIn {
  const snap = readPlanSnapshot(db, planId);
  return {
    ...snap,
    sections: snap.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) =>
        b.kind === 'narrative'
          ? b
          : {
              ...b,
              summaries: summaryRows(
                b.tableKind,
                b.rows.map((r, i) => ({ id: i, role: r.role, cells: r.cells as Row['cells'] })),
              ),
            },
      ),
    })),
  };
}

export function exportExchange(db: Db, planIds: number[]): ExchangeFile {
  return { format: 'plan-editor/v1', plans: planIds.map((id) => exportPlan(db, id)) };
}
