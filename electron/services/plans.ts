/** Plans: list, read as one document, create from the standard outline, edit the header. */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { Block, PlanDocument, PlanHeader, PlanIn, PlanKind, PlanSummary, Row, RowIn, Section } from '../../shared/model/plan';
import { headerPatchSchema } from '../../shared/model/plan';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { emptyDoc } from '../../shared/model/richtext';
import { outlineForNewPlan } from '../../shared/model/standard-outline';
import { nextStep, record } from './change-log';
import { importPlan } from './plan-import';

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

export function getPlan(db: Db, planId: number): PlanDocument {
  const summary = getPlanSummary(db, planId);
  const sections = prep(db, 'SELECT id, title, level FROM plan_section WHERE plan_id = ? ORDER BY position').all(planId) as Section[];
  const blocks = db
    .prepare(
      `SELECT b.id, b.section_id, b.kind, b.doc, b.table_kind, b.title, b.meta FROM plan_block b
       JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY b.section_id, b.position`,
    )
    .all(planId) as { id: number; section_id: number; kind: 'narrative' | 'table'; doc: string | null; table_kind: TableKind | null; title: string; meta: string }[];
  const rows = db
    .prepare(
      `SELECT r.id, r.block_id, r.role, r.cells FROM plan_row r JOIN plan_block b ON b.id = r.block_id
       JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY r.block_id, r.position`,
    )
    .all(planId) as { id: number; block_id: number; role: Row['role']; cells: string }[];
  const rowsByBlock = new Map<number, Row[]>();
  for (const r of rows) {
    const list = rowsByBlock.get(r.block_id) ?? [];
    list.push({ id: r.id, role: r.role, cells: JSON.parse(r.cells) });
    rowsByBlock.set(r.block_id, list);
  }
  const blocksBySection = new Map<number, Block[]>();
  for (const b of blocks) {
    const block: Block =
      b.kind === 'narrative'
        ? { id: b.id, kind: 'narrative', doc: JSON.parse(b.doc ?? '{"type":"doc","content":[]}') }
        : { id: b.id, kind: 'table', tableKind: b.table_kind!, title: b.title, meta: JSON.parse(b.meta), rows: rowsByBlock.get(b.id) ?? [] };
    const list = blocksBySection.get(b.section_id) ?? [];
    list.push(block);
    blocksBySection.set(b.section_id, list);
  }
  return { ...summary, sections: sections.map((s) => ({ ...s, blocks: blocksBySection.get(s.id) ?? [] })) };
}

export interface NewPlanArgs {
  header: PlanHeader;
  units: string[];
}

/** A new, empty unit plan laid out with the standard sections, one group of unit sections per unit. */
export function createPlan(db: Db, args: NewPlanArgs): PlanSummary {
  const plan: PlanIn = {
    kind: 'unit',
    header: args.header,
    sections: outlineForNewPlan(args.units).map((e) => ({
      title: e.title,
      level: e.level,
      blocks: e.tables?.length
        ? e.tables.map((k) => ({ kind: 'table' as const, tableKind: k, title: kindDef(k).title, meta: {}, rows: starterRows(k) }))
        : [{ kind: 'narrative' as const, doc: emptyDoc() }],
    })),
  };
  // Each unit's action table starts with its unit heading, and its budget carries the unit's name.
  let unit = '';
  for (const s of plan.sections) {
    if (s.level === 1) unit = s.title;
    for (const b of s.blocks) {
      if (b.kind === 'table' && b.tableKind === 'actions') b.rows = [{ role: 'unit', cells: { title: unit } }];
      if (b.kind === 'table' && b.tableKind === 'budget') b.meta = { unitName: unit };
    }
  }
  return getPlanSummary(db, importPlan(db, plan));
}

/** Budget tables start with their memorandum items, staffing with its externally funded line. */
function starterRows(kind: TableKind): RowIn[] {
  const memo = kindDef(kind).roles.find((r) => r.role === 'memo');
  return (memo?.fixedLabels ?? []).map((label) => ({ role: 'memo' as const, cells: { [kindDef(kind).labelColumn]: label } }));
}

const HEADER_COLUMNS: Record<Exclude<keyof PlanHeader, 'directorate'>, string> = {
  division: 'division',
  title: 'title',
  year: 'year',
  cabinetMember: 'cabinet_member',
  director: 'director',
  planContact: 'plan_contact',
};

/** Edits header fields. Changing the directorate moves this plan to that directorate (created if new). */
export function updateHeader(db: Db, planId: number, patch: Partial<PlanHeader>): PlanSummary {
  const parsed = headerPatchSchema.safeParse(patch);
  if (!parsed.success) throw badRequest(parsed.error.issues[0].message, `patch.${parsed.error.issues[0].path.join('.')}`);
  return db.transaction(() => {
    const before = getPlanSummary(db, planId);
    const step = nextStep(db, planId);
    const changes = [];
    for (const [key, value] of Object.entries(parsed.data) as [keyof PlanHeader, string | number][]) {
      if (before.header[key] === value) continue;
      writeHeaderField(db, planId, key, value);
      changes.push({ entity: 'plan' as const, entityId: planId, field: key, old: before.header[key], new: value });
    }
    if (changes.length) record(db, planId, step, changes);
    return getPlanSummary(db, planId);
  })();
}

/** Stores one header field, validated by the caller; the change is the caller's to log. */
export function writeHeaderField(db: Db, planId: number, key: keyof PlanHeader, value: string | number): void {
  if (key === 'directorate') setDirectorate(db, planId, String(value).trim());
  else prep(db, `UPDATE plan SET ${HEADER_COLUMNS[key]} = ? WHERE id = ?`).run(value, planId);
}

export function directorateId(db: Db, name: string): number {
  prep(db, 'INSERT INTO directorate (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
  return (prep(db, 'SELECT id FROM directorate WHERE name = ?').get(name) as { id: number }).id;
}

function setDirectorate(db: Db, planId: number, name: string): void {
  prep(db, 'UPDATE plan SET directorate_id = ? WHERE id = ?').run(directorateId(db, name), planId);
  prep(db, 'DELETE FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').run();
}

export function deletePlan(db: Db, planId: number): void {
  getPlanSummary(db, planId);
  db.transaction(() => {
    prep(db, 'DELETE FROM plan WHERE id = ?').run(planId);
    prep(db, 'DELETE FROM change_log WHERE plan_id = ?').run(planId);
    prep(db, 'DELETE FROM directorate WHERE id NOT IN (SELECT directorate_id FROM plan)').run();
  })();
}
