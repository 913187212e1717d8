/**
 * The history of a cell, row, table or section, and every change since a date or a named version: read
 * from the change log with who made each step and where it is in the plan's words. An old value is put
 * back through the ordinary edit calls, so it is a new step that undo takes back.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { HistoryEntry } from '../../shared/api/history-types';
import type { StepInfo } from '../../shared/api/contract';
import type { PlanDocument, PlanHeader } from '../../shared/model/plan';
import { columnDef, kindDef, type TableKind } from '../../shared/model/table-kinds';
import { HEADER_FIELDS } from '../../shared/model/plan';
import { valueText } from '../../shared/format/change-value';
import { getPlan, updateHeader } from './plans';
import { updateCell } from './rows';
import { updateNarrative } from './narrative';
import { renameSection } from './sections';
import { findVersion } from './versions';

export interface HistoryFilter {
  sectionId?: number;
  blockId?: number;
  rowId?: number;
  column?: string;
  since?: string;
}

interface LogRow {
  id: number;
  step: number;
  at: string;
  who: string | null;
  entity: 'plan' | 'section' | 'block' | 'row';
  entity_id: number;
  field: string | null;
  old: string | null;
  new: string | null;
  undone: number;
  logged_block: number | null;
}

interface Place {
  sectionId: number | null;
  section: string;
  blockId: number | null;
  path: string[];
  kind: string | null;
}

/** Where every section, block and row of the plan is, in the words the plan uses. */
function placesOf(doc: PlanDocument) {
  const sections = new Map<number, Place>();
  const blocks = new Map<number, Place>();
  const rows = new Map<number, Place & { label: string }>();
  let unit = '';
  for (const s of doc.sections) {
    if (s.level === 1) unit = s.title;
    const path = s.level === 2 ? [unit, s.title] : [s.title];
    sections.set(s.id, { sectionId: s.id, section: s.title, blockId: null, path, kind: null });
    for (const b of s.blocks) {
      const bp = {
        sectionId: s.id,
        section: s.title,
        blockId: b.id,
        path: b.kind === 'table' && b.title !== s.title ? [...path, b.title] : path,
        kind: b.kind === 'table' ? b.tableKind : null,
      };
      blocks.set(b.id, bp);
      if (b.kind === 'table') {
        for (const r of b.rows) rows.set(r.id, { ...bp, label: valueText(r.cells[kindDef(b.tableKind).labelColumn]).slice(0, 60) });
      }
    }
  }
  return { sections, blocks, rows };
}

const dec = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

function since(db: Db, planId: number, text: string): { sql: string; arg: string | number } {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const t = new Date(text);
    if (Number.isNaN(t.getTime())) throw badRequest(`“${text}” is not a date; write it as 2026-03-12.`, 'since');
    return { sql: 'c.at > ?', arg: t.toISOString() };
  }
  return { sql: 'c.step > ?', arg: findVersion(db, planId, text).step };
}

/** Logged changes of the plan (not undone), oldest first, narrowed to a section, block, row or cell. */
export function historyOf(db: Db, planId: number, f: HistoryFilter = {}): HistoryEntry[] {
  const doc = getPlan(db, planId);
  const where: string[] = ['c.plan_id = ?', 'c.undone = 0'];
  const args: (string | number)[] = [planId];
  if (f.since) {
    const s = since(db, planId, f.since);
    where.push(s.sql);
    args.push(s.arg);
  }
  if (f.rowId !== undefined) {
    where.push(`c.entity = 'row' AND c.entity_id = ?`);
    args.push(f.rowId);
    if (f.column !== undefined) {
      where.push('c.field = ?');
      args.push(f.column);
    }
  }
  const rows = prep(
    db,
    `SELECT c.id, c.step, c.at, c.who, c.entity, c.entity_id, c.field, c.old, c.new, c.undone,
       CASE WHEN c.entity = 'row' AND c.field IS NULL THEN coalesce(json_extract(c.old, '$.blockId'), json_extract(c.new, '$.blockId')) END AS logged_block
     FROM change_log c WHERE ${where.join(' AND ')} ORDER BY c.step, c.id`,
  ).all(...args) as LogRow[];
  const places = placesOf(doc);
  const out: HistoryEntry[] = [];
  for (const r of rows) {
    // Dropping a table's printed totals rides along with its first edit: bookkeeping, not a change to show.
    if (r.entity === 'block' && r.field === 'meta') continue;
    const e = entry(r, places, doc);
    if (f.blockId !== undefined && e.blockId !== f.blockId) continue;
    if (f.sectionId !== undefined && e.sectionId !== f.sectionId) continue;
    out.push(e);
  }
  return out;
}

function columnType(places: ReturnType<typeof placesOf>, r: LogRow) {
  const kind = places.rows.get(r.entity_id)?.kind;
  return kind ? columnDef(kind as TableKind, r.field!)?.type : undefined;
}

function entry(r: LogRow, places: ReturnType<typeof placesOf>, doc: PlanDocument): HistoryEntry {
  const type = r.entity === 'row' && r.field ? columnType(places, r) : undefined;
  const base = {
    id: r.id,
    step: r.step,
    at: r.at,
    who: r.who ?? '',
    undone: r.undone === 1,
    old: valueText(dec(r.old), type),
    new: valueText(dec(r.new), type),
  };
  const none = { sectionId: null, section: '', blockId: null, rowId: null, column: null };
  // A merge step's note that its plan file became a merge base (plan-files.ts): not a value to put back.
  if (r.entity === 'plan' && r.field === 'mergedFile')
    return { ...base, ...none, old: '', new: '', section: 'Title page', where: 'Plan file merged', restorable: false };
  if (r.entity === 'plan') {
    const label = HEADER_FIELDS.find((h) => h.id === r.field)?.label ?? r.field ?? '';
    return { ...base, ...none, section: 'Title page', where: `Title page › ${label}`, restorable: true };
  }
  if (r.entity === 'section') {
    const p = places.sections.get(r.entity_id);
    const what = r.field === 'title' ? 'title' : r.field === 'position' ? 'place in the outline' : r.old === null || r.old === 'null' ? 'added' : 'removed';
    return {
      ...base,
      ...none,
      sectionId: p?.sectionId ?? null,
      section: p?.section ?? '(removed section)',
      where: `${(p?.path ?? ['(removed section)']).join(' › ')} › ${what}`,
      restorable: r.field === 'title' && !!p,
    };
  }
  if (r.entity === 'block') {
    const p = places.blocks.get(r.entity_id);
    return {
      ...base,
      ...none,
      sectionId: p?.sectionId ?? null,
      section: p?.section ?? '',
      blockId: r.entity_id,
      where: `${(p?.path ?? ['(removed section)']).join(' › ')} › text`,
      restorable: !!p,
    };
  }
  const p =
    places.rows.get(r.entity_id) ??
    (r.logged_block !== null
      ? {
          ...(places.blocks.get(r.logged_block) ?? { sectionId: null, section: '', blockId: r.logged_block, path: ['(removed section)'], kind: null }),
          label: '',
        }
      : undefined);
  const path = p?.path ?? [doc.header.title];
  const label = p && 'label' in p && p.label ? [p.label] : [];
  const wholeRow = r.field === null || r.field === 'position';
  return {
    ...base,
    sectionId: p?.sectionId ?? null,
    section: p?.section ?? '',
    blockId: p?.blockId ?? null,
    rowId: r.entity_id,
    column: wholeRow ? null : r.field,
    where: [...path, ...label, rowChangeEnd(r, p?.kind)].join(' › '),
    restorable: !wholeRow && places.rows.has(r.entity_id),
  };
}

/** The end of a row change's place: what happened to the row as a whole, or the heading of the column changed. */
function rowChangeEnd(r: LogRow, kind: string | null | undefined): string {
  if (r.field === 'position') return 'moved';
  if (r.field === null) return r.old === null || r.old === 'null' ? 'row added' : 'row removed';
  return kind ? (columnDef(kind as never, r.field)?.heading.replace(/\s*£000's$/, '') ?? r.field) : r.field;
}

/** Puts back the value a logged change replaced, as a new step (undo takes it back). */
export function restoreValue(db: Db, changeId: number): StepInfo {
  const c = prep(db, 'SELECT plan_id, entity, entity_id, field, old FROM change_log WHERE id = ? AND undone = 0').get(changeId) as
    { plan_id: number; entity: LogRow['entity']; entity_id: number; field: string | null; old: string | null } | undefined;
  if (!c) throw notFound('change', changeId);
  const old = dec(c.old);
  const at = { sectionId: null, blockId: null, rowId: null, column: null };
  if (c.entity === 'row' && c.field && c.field !== 'position') {
    updateCell(db, c.entity_id, c.field, old);
    return { ...at, text: 'the earlier value', rowId: c.entity_id, column: c.field };
  }
  if (c.entity === 'block' && c.field === 'doc') {
    updateNarrative(db, c.entity_id, old);
    return { ...at, text: 'the earlier text', blockId: c.entity_id };
  }
  if (c.entity === 'plan' && c.field) {
    updateHeader(db, c.plan_id, { [c.field as keyof PlanHeader]: old } as Partial<PlanHeader>);
    return { ...at, text: 'the earlier title page field' };
  }
  if (c.entity === 'section' && c.field === 'title') {
    renameSection(db, c.entity_id, String(old));
    return { ...at, text: 'the earlier section title', sectionId: c.entity_id };
  }
  throw badRequest('Only a value can be put back; a row or section added, removed or moved is undone with Undo.', 'changeId');
}
