/** Shapes the converter builds: the exchange format's input side (see shared/model/plan.ts). */
import type { CellValue } from '../model/columns';
import type { TableMeta } from '../model/plan';
import type { RichDoc } from '../model/richtext';
import type { RowRole, TableKind } from '../model/table-kinds';

export interface RowIn {
  role: RowRole;
  cells: Record<string, CellValue>;
}

export type BlockIn = { kind: 'narrative'; doc: RichDoc } | { kind: 'table'; tableKind: TableKind; title: string; meta: TableMeta; rows: RowIn[] };

export interface SectionIn {
  title: string;
  level: 1 | 2;
  blocks: BlockIn[];
}

export const narrative = (doc: RichDoc): BlockIn => ({ kind: 'narrative', doc });

export const table = (tableKind: TableKind, title: string, rows: RowIn[], meta: TableMeta = {}): BlockIn => ({
  kind: 'table',
  tableKind,
  title,
  meta,
  rows,
});
