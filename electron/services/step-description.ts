/**
 * What an undo or redo step changed, in the user's words ("Employee costs of Senior secondary advisers")
 * and where it is, so the app can say what it undid and bring that place into view.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { columnDef, kindDef, type TableKind } from '../../shared/model/table-kinds';
import type { StepInfo } from '../../shared/api/contract';
import type { Entity } from './change-log';

export interface StepChange {
  entity: Entity;
  entity_id: number;
  field: string | null;
  old: string | null;
  new: string | null;
}

interface BlockPlace {
  blockId: number;
  sectionId: number;
  section: string;
  title: string;
  kind: TableKind | null;
  unitName: string | null;
}

function blockPlace(db: Db, blockId: number): BlockPlace | null {
  const r = prep(
    db,
    `SELECT b.id AS blockId, b.section_id AS sectionId, s.title AS section, b.title, b.table_kind AS kind, b.meta FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.id = ?`,
  ).get(blockId) as (Omit<BlockPlace, 'unitName'> & { meta: string | null }) | undefined;
  if (!r) return null;
  const meta = r.meta ? (JSON.parse(r.meta) as { unitName?: string }) : {};
  return { blockId: r.blockId, sectionId: r.sectionId, section: r.section, title: r.title ?? '', kind: r.kind, unitName: meta.unitName ?? null };
}

function rowBlock(db: Db, c: StepChange): number | null {
  const r = prep(db, 'SELECT block_id FROM plan_row WHERE id = ?').get(c.entity_id) as { block_id: number } | undefined;
  if (r) return r.block_id;
  const logged = JSON.parse(c.old ?? c.new ?? 'null') as { blockId?: number } | null;
  return logged?.blockId ?? null;
}

function rowLabel(db: Db, rowId: number, kind: TableKind): string | null {
  const r = prep(db, 'SELECT cells FROM plan_row WHERE id = ?').get(rowId) as { cells: string } | undefined;
  const v = r ? (JSON.parse(r.cells) as Record<string, unknown>)[kindDef(kind).labelColumn] : null;
  const text = Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : '';
  return text ? (text.length > 60 ? `${text.slice(0, 57)}…` : text) : null;
}

const none = (text: string): StepInfo => ({ text, sectionId: null, blockId: null, rowId: null, column: null });

export function describeStep(db: Db, all: StepChange[]): StepInfo | undefined {
  if (!all.length) return undefined;
  // A table's first edit also drops its printed totals (a block meta change): that is bookkeeping, not the edit.
  const rowChanges = all.filter((c) => c.entity === 'row');
  const changes = rowChanges.length ? rowChanges : all;
  const first = changes[0];
  if (first.entity === 'plan') return none('title page');
  if (first.entity === 'section') {
    const s = prep(db, 'SELECT id, title FROM plan_section WHERE id = ?').get(first.entity_id) as { id: number; title: string } | undefined;
    return { ...none(`section “${s?.title ?? 'removed'}”`), sectionId: s?.id ?? null };
  }
  if (first.entity === 'block') {
    const p = blockPlace(db, first.entity_id);
    return { ...none(`text of ${p?.section ?? 'a section'}`), sectionId: p?.sectionId ?? null, blockId: p?.blockId ?? null };
  }
  const blockId = rowBlock(db, first);
  const place = blockId ? blockPlace(db, blockId) : null;
  if (!place?.kind) return none('a table');
  const table = place.unitName ?? place.title ?? place.section;
  const at = { sectionId: place.sectionId, blockId: place.blockId };
  const rows = new Set(changes.map((c) => c.entity_id));
  if (changes.length === 1 && first.field && first.field !== 'position') {
    const heading = columnDef(place.kind, first.field)?.heading.replace(/\s*£000's$/, '') ?? first.field;
    const label = rowLabel(db, first.entity_id, place.kind);
    return { ...at, text: label ? `${heading} of ${label}` : `${heading} in ${table}`, rowId: first.entity_id, column: first.field };
  }
  if (changes.every((c) => c.field === null) && rows.size === 1) return { ...at, text: `a row of ${table}`, rowId: first.entity_id, column: null };
  if (changes.every((c) => c.field === 'position')) return { ...at, text: `the order of ${table}`, rowId: first.entity_id, column: null };
  const n = rows.size;
  return { ...at, text: `${n} row${n === 1 ? '' : 's'} of ${table}`, rowId: first.entity_id, column: null };
}
