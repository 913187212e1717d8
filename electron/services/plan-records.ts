/**
 * A plan's sections, each with its blocks, each with its rows, read from the database in outline order. The
 * plan document (plans.ts, integer ids) and its snapshot (plan-snapshot.ts, stable ids) are both this tree
 * and differ only in what they make of each record, so the reading and nesting are written once, here.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { RowRole, TableKind } from '../../shared/model/table-kinds';

export interface SectionRecord {
  id: number;
  uuid: string;
  title: string;
  level: 1 | 2;
}

export interface BlockRecord {
  id: number;
  uuid: string;
  section_id: number;
  kind: 'narrative' | 'table';
  doc: string | null;
  table_kind: TableKind | null;
  title: string;
  meta: string;
}

export interface RowRecord {
  id: number;
  uuid: string;
  block_id: number;
  role: RowRole;
  cells: string;
}

const sectionRecords = (db: Db, planId: number) =>
  prep(db, 'SELECT id, uuid, title, level FROM plan_section WHERE plan_id = ? ORDER BY position').all(planId) as SectionRecord[];

const blockRecords = (db: Db, planId: number) =>
  prep(
    db,
    `SELECT b.id, b.uuid, b.section_id, b.kind, b.doc, b.table_kind, b.title, b.meta FROM plan_block b
     JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY b.section_id, b.position`,
  ).all(planId) as BlockRecord[];

const rowRecords = (db: Db, planId: number) =>
  prep(
    db,
    `SELECT r.id, r.uuid, r.block_id, r.role, r.cells FROM plan_row r JOIN plan_block b ON b.id = r.block_id
     JOIN plan_section s ON s.id = b.section_id WHERE s.plan_id = ? ORDER BY r.block_id, r.position`,
  ).all(planId) as RowRecord[];

/**
 * How to read the tree: what to make of a row; of a block, given its rows made; of a section, given its
 * blocks made. Written in that order, so that TypeScript knows each one's type before the next needs it.
 */
export interface TreeReading<S, B, R> {
  /** False for a skeleton: no row is read, and every table is made with none. */
  rows?: boolean;
  row: (r: RowRecord) => R;
  block: (b: BlockRecord, rows: R[]) => B;
  section: (s: SectionRecord, blocks: B[]) => S;
}

/** The plan's sections in order, each made as `make` says. */
export function readPlanTree<S, B, R>(db: Db, planId: number, make: TreeReading<S, B, R>): S[] {
  const rowsByBlock = groupBy(make.rows === false ? [] : rowRecords(db, planId), (r) => r.block_id, make.row);
  const blocksBySection = groupBy(
    blockRecords(db, planId),
    (b) => b.section_id,
    (b) => make.block(b, rowsByBlock.get(b.id) ?? []),
  );
  return sectionRecords(db, planId).map((s) => make.section(s, blocksBySection.get(s.id) ?? []));
}

function groupBy<T, V>(items: T[], key: (t: T) => number, make: (t: T) => V): Map<number, V[]> {
  const out = new Map<number, V[]>();
  for (const t of items) {
    const list = out.get(key(t)) ?? [];
    list.push(make(t));
    out.set(key(t), list);
  }
  return out;
}
