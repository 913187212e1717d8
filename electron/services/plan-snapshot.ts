/**
 * Reads one plan as a snapshot with its stable ids (shared/merge/snapshot.ts): what exports, plan files and
 * merges compare. Integer ids stay in this database; only uuids leave it.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { notFound } from '../../shared/api/errors';
import type { TableKind } from '../../shared/model/table-kinds';
import type { BlockSnap, PlanSnap, RowSnap, SectionSnap } from '../../shared/merge/snapshot';
import { getPlanSummary } from './plans';

export function planUuid(db: Db, planId: number): string {
  const r = prep(db, 'SELECT uuid FROM plan WHERE id = ?').get(planId) as { uuid: string } | undefined;
  if (!r) throw notFound('plan', planId);
  return r.uuid;
}

export function planIdByUuid(db: Db, uuid: string): number | null {
  const r = prep(db, 'SELECT id FROM plan WHERE uuid = ?').get(uuid) as { id: number } | undefined;
  return r?.id ?? null;
}

export function readPlanSnapshot(db: Db, planId: number): PlanSnap {
  const summary = getPlanSummary(db, planId);
  const sections = prep(db, 'SELECT id, uuid, title, level FROM plan_section WHERE plan_id = ? ORDER BY position').all(planId) as {
    id: number;
    uuid: string;
    title: string;
    level: 1 | 2;
  }[];
  const blocks = prep(
    db,
    `SELECT b.id, b.uuid, b.section_id, b.kind, b.doc, b.table_kind, b.title, b.meta FROM plan_block b
     JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY b.section_id, b.position`,
  ).all(planId) as {
    id: number;
    uuid: string;
    section_id: number;
    kind: 'narrative' | 'table';
    doc: string | null;
    table_kind: TableKind | null;
    title: string;
    meta: string;
  }[];
  const rows = prep(
    db,
    `SELECT r.uuid, r.block_id, r.role, r.cells FROM plan_row r JOIN plan_block b ON b.id = r.block_id
     JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY r.block_id, r.position`,
  ).all(planId) as { uuid: string; block_id: number; role: RowSnap['role']; cells: string }[];
  const rowsByBlock = groupBy(
    rows,
    (r) => r.block_id,
    (r): RowSnap => ({ uuid: r.uuid, role: r.role, cells: JSON.parse(r.cells) }),
  );
  const blocksBySection = groupBy(
    blocks,
    (b) => b.section_id,
    (b): BlockSnap =>
      b.kind === 'narrative'
        ? { uuid: b.uuid, kind: 'narrative', doc: JSON.parse(b.doc ?? '{"type":"doc","content":[]}') }
        : { uuid: b.uuid, kind: 'table', tableKind: b.table_kind!, title: b.title, meta: JSON.parse(b.meta), rows: rowsByBlock.get(b.id) ?? [] },
  );
  return {
    uuid: planUuid(db, planId),
    kind: summary.kind,
    header: summary.header,
    sections: sections.map((s): SectionSnap => ({ uuid: s.uuid, title: s.title, level: s.level, blocks: blocksBySection.get(s.id) ?? [] })),
  };
}

function groupBy<T, V>(items: T[], key: (t: T) => number, map: (t: T) => V): Map<number, V[]> {
  const out = new Map<number, V[]>();
  for (const t of items) {
    const list = out.get(key(t)) ?? [];
    list.push(map(t));
    out.set(key(t), list);
  }
  return out;
}
