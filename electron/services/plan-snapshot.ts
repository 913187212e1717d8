/**
 * Reads one plan as a snapshot with its stable ids (shared/merge/snapshot.ts): what exports, plan files and
 * merges compare. Integer ids stay in this database; only uuids leave it.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { notFound } from '../../shared/api/errors';
import type { BlockSnap, PlanSnap, RowSnap, SectionSnap } from '../../shared/merge/snapshot';
import { getPlanSummary } from './plans';
import { readPlanTree } from './plan-records';

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
  return {
    uuid: planUuid(db, planId),
    kind: summary.kind,
    header: summary.header,
    sections: readPlanTree(db, planId, {
      row: (r): RowSnap => ({ uuid: r.uuid, role: r.role, cells: JSON.parse(r.cells) }),
      block: (b, rows): BlockSnap =>
        b.kind === 'narrative'
          ? { uuid: b.uuid, kind: 'narrative', doc: JSON.parse(b.doc ?? '{"type":"doc","content":[]}') }
          : { uuid: b.uuid, kind: 'table', tableKind: b.table_kind!, title: b.title, meta: JSON.parse(b.meta), rows },
      section: (s, blocks): SectionSnap => ({ uuid: s.uuid, title: s.title, level: s.level, blocks }),
    }),
  };
}
