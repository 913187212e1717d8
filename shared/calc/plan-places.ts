/**
 * Where something sits in a plan, named as a reader names it: the unit it belongs to ("Secondary") and,
 * for a row of an action table, its number ("Action 3.1.5"). Search results and find-and-replace previews
 * use it so a hit says which of several look-alike tables it is in.
 */
import type { Block, PlanDocument, Row } from '../model/plan';
import { planNumbers } from './numbering';
import { kindDef } from '../model/table-kinds';

type TableBlock = Extract<Block, { kind: 'table' }>;

export interface Place {
  unit?: string;
  ref?: string;
}

/** A place in a plan as search hits and replacement previews name it. */
export interface PlanPlace extends Place {
  sectionId: number;
  section: string;
  /** 'header', 'text' (narrative) or the table's title. */
  where: string;
  blockId: number | null;
  rowId: number | null;
  column: string | null;
}

export interface PlanPlaces {
  /** The unit a section belongs to: the level-1 section over a unit's budget or actions, if any. */
  unitOfSection(sectionId: number): string | undefined;
  /** A table row's unit and, for action tables, its number. */
  ofRow(sectionId: number, block: TableBlock, row: Pick<Row, 'id' | 'role'>): Place;
}

const UNIT_TABLES = new Set(['budget', 'actions']);
const REF_LABEL: Partial<Record<Row['role'], string>> = { unit: 'Unit', objective: 'Objective', action: 'Action' };

export function planPlaces(doc: PlanDocument): PlanPlaces {
  // A unit's group is a level-1 section and the level-2 sections under it, one of which holds the
  // unit's budget or actions ("Secondary" > "Revenue Budget", "Projects, Developments & Key Actions").
  const unitOf = new Map<number, string>();
  let group: { title: string; ids: number[]; isUnit: boolean } | null = null;
  const close = () => {
    if (group?.isUnit) for (const id of group.ids) unitOf.set(id, group.title);
  };
  for (const s of doc.sections) {
    if (s.level === 1 || !group) {
      close();
      group = { title: s.title, ids: [], isUnit: false };
    }
    group.ids.push(s.id);
    if (s.blocks.some((b) => b.kind === 'table' && UNIT_TABLES.has(b.tableKind))) group.isUnit = true;
  }
  close();

  // Numbers run across every action table in document order, as printed: the second unit's are "2.x.y".
  const actionTables = doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table' && !!kindDef(b.tableKind).numbered));
  const numbers = planNumbers(doc);
  // In an action table holding several units, a row belongs to the unit row above it; a table of one
  // unit goes by its section's unit, so a unit is named the same way in its budget and its actions.
  const unitRow = new Map<number, string>();
  const tableUnit = new Map<number, string>();
  for (const b of actionTables) {
    const units = b.rows.filter((r) => r.role === 'unit');
    const name = (r: Row) => String(r.cells.title ?? '').trim() || undefined;
    if (units.length === 1 && name(units[0])) tableUnit.set(b.id, name(units[0])!);
    if (units.length < 2) continue;
    let unit: string | undefined;
    for (const r of b.rows) {
      if (r.role === 'unit') unit = name(r);
      if (unit) unitRow.set(r.id, unit);
    }
  }

  return {
    unitOfSection: (sectionId) => unitOf.get(sectionId),
    ofRow(sectionId, block, row) {
      const unit = unitRow.get(row.id) ?? unitOf.get(sectionId) ?? tableUnit.get(block.id) ?? block.meta.unitName;
      const n = numbers.get(row.id);
      const label = REF_LABEL[row.role];
      return { ...(unit ? { unit } : {}), ...(n && label ? { ref: `${label} ${n}` } : {}) };
    },
  };
}
