/** Plans: list, read as one document, edit the header, delete. New plans are made in plan-create.ts. */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { Block, PlanDocument, PlanHeader, PlanKind, PlanSummary, Row, Section } from '../../shared/model/plan';
import { headerPatchSchema } from '../../shared/model/plan';
import { loggedStep } from './logged-step';
import { writeHeaderField } from './header-store';
import { readPlanTree } from './plan-records';

interface PlanRecord {
  id: number;
  kind: PlanKind;
  directorate_id: number;
  directorate: string;
  division: string;
  title: string;
  year: number;
  cabinet_member: string;
  director: string;
  plan_contact: string;
  updated_at: string;
}

const PLAN_SELECT = `SELECT p.*, d.name AS directorate FROM plan p JOIN directorate d ON d.id = p.directorate_id`;

const toSummary = (r: PlanRecord): PlanSummary => ({
  id: r.id,
  kind: r.kind,
  directorateId: r.directorate_id,
  updatedAt: r.updated_at,
  header: {
    directorate: r.directorate,
    division: r.division,
    title: r.title,
    year: r.year,
    cabinetMember: r.cabinet_member,
    director: r.director,
    planContact: r.plan_contact,
  },
});

/** Plans grouped by directorate, each directorate's introduction first, then by year and division. */
export function listPlans(db: Db): PlanSummary[] {
  const rows = prep(db, `${PLAN_SELECT} ORDER BY d.name, p.year DESC, p.kind = 'unit', p.division, p.id`).all() as PlanRecord[];
  return rows.map(toSummary);
}

export function getPlanSummary(db: Db, planId: number): PlanSummary {
  const r = prep(db, `${PLAN_SELECT} WHERE p.id = ?`).get(planId) as PlanRecord | undefined;
  if (!r) throw notFound('plan', planId);
  return toSummary(r);
}

const EMPTY_DOC = '{"type":"doc","content":[]}';

/**
 * The whole plan. A skeleton (`skeleton: true`) has every section and block but no rows and empty texts:
 * enough to draw the outline of a large plan at once while the rest is read.
 */
export function getPlan(db: Db, planId: number, opts: { skeleton?: boolean } = {}): PlanDocument {
  const summary = getPlanSummary(db, planId);
  const sections = readPlanTree(db, planId, {
    rows: !opts.skeleton,
    row: (r): Row => ({ id: r.id, role: r.role, cells: JSON.parse(r.cells) }),
    block: (b, rows): Block =>
      b.kind === 'narrative'
        ? { id: b.id, kind: 'narrative', doc: JSON.parse(opts.skeleton ? EMPTY_DOC : (b.doc ?? EMPTY_DOC)) }
        : { id: b.id, kind: 'table', tableKind: b.table_kind!, title: b.title, meta: JSON.parse(b.meta), rows },
    section: (s, blocks): Section => ({ id: s.id, title: s.title, level: s.level, blocks }),
  });
  return { ...summary, sections };
}

/** Edits header fields. Changing the directorate moves this plan to that directorate (created if new). */
export function updateHeader(db: Db, planId: number, patch: Partial<PlanHeader>): PlanSummary {
  const parsed = headerPatchSchema.safeParse(patch);
  if (!parsed.success) throw badRequest(parsed.error.issues[0].message, `patch.${parsed.error.issues[0].path.join('.')}`);
  return loggedStep(db, planId, (step) => {
    const before = getPlanSummary(db, planId);
    for (const [key, value] of Object.entries(parsed.data) as [keyof PlanHeader, string | number][]) {
      if (before.header[key] === value) continue;
      writeHeaderField(db, planId, key, value);
      step.log({ entity: 'plan', entityId: planId, field: key, old: before.header[key], new: value });
    }
    return getPlanSummary(db, planId);
  });
}

export function deletePlan(db: Db, planId: number): void {
  getPlanSummary(db, planId);
  db.transaction(() => {
    prep(db, 'DELETE FROM plan WHERE id = ?').run(planId);
    prep(db, 'DELETE FROM change_log WHERE plan_id = ?').run(planId);
    prep(db, 'DELETE FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').run();
  })();
}
