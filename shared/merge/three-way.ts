/**
 * Three-way merge of a plan at cell level: base (the revision a plan file was saved from), ours (the
 * database) and theirs (the file), matched by stable ids. What changed only in the file is taken, what
 * changed only here is kept, what changed on both sides to different values is a conflict that `choose`
 * settles ('mine' unless told). Returns the review items (the file's changes and every conflict) and the
 * merged plan. Pure: no I/O, so the same code gives the review and the result.
 */
import type { BlockSnap, PlanSnap, RowSnap, SectionSnap, TableSnap } from './snapshot';
import { canon, same, showValue, slot } from './values';
import { mergeOrder } from './order';
import { columnDef, kindDef } from '../model/table-kinds';
import { HEADER_FIELDS, type PlanHeader } from '../model/plan';

export type Choice = 'mine' | 'theirs';

export interface MergeItem {
  /** Stable key of what the item is about: "cell:<row uuid>:<column>", "section:<uuid>", ... */
  id: string;
  kind: 'header' | 'section' | 'title' | 'narrative' | 'notes' | 'row' | 'cell' | 'order';
  /** Where in the plan, as a person reads it. */
  where: string;
  /** What happens or what differs, in words. */
  what: string;
  conflict: boolean;
  base?: string;
  mine?: string;
  theirs?: string;
}

export interface MergeResult {
  items: MergeItem[];
  merged: PlanSnap;
}

const byUuid = <T extends { uuid: string }>(list: T[]) => new Map(list.map((x) => [x.uuid, x]));
const ids = (list: { uuid: string }[]) => list.map((x) => x.uuid);

export function mergePlans(base: PlanSnap, ours: PlanSnap, theirs: PlanSnap, choose: (item: MergeItem) => Choice = () => 'mine'): MergeResult {
  const items: MergeItem[] = [];
  /** Records a three-way value; returns the merged value. */
  const value = <T>(id: string, kind: MergeItem['kind'], where: string, b: T, o: T, t: T): T => {
    const outcome = slot(b, o, t);
    if (outcome === 'theirs') items.push({ id, kind, where, what: `${showValue(b)} → ${showValue(t)}`, conflict: false });
    if (outcome !== 'conflict') return outcome === 'theirs' ? t : o;
    const item: MergeItem = { id, kind, where, what: 'changed on both sides', conflict: true, base: showValue(b), mine: showValue(o), theirs: showValue(t) };
    items.push(item);
    return choose(item) === 'theirs' ? t : o;
  };
  /** Something removed on one side and edited on the other: a conflict; returns whether it stays. */
  const removal = (id: string, kind: MergeItem['kind'], where: string, removedBy: Choice): boolean => {
    const item: MergeItem = {
      id,
      kind,
      where,
      conflict: true,
      what: removedBy === 'theirs' ? 'removed in the file, edited here' : 'removed here, edited in the file',
      base: 'present',
      mine: removedBy === 'mine' ? 'removed' : 'edited',
      theirs: removedBy === 'theirs' ? 'removed' : 'edited',
    };
    items.push(item);
    return choose(item) !== removedBy;
  };

  const header = {} as PlanHeader;
  for (const f of HEADER_FIELDS)
    (header as unknown as Record<string, unknown>)[f.id] = value(
      `header:${f.id}`,
      'header',
      `Title page: ${f.label}`,
      base.header[f.id],
      ours.header[f.id],
      theirs.header[f.id],
    );

  const [bS, oS, tS] = [byUuid(base.sections), byUuid(ours.sections), byUuid(theirs.sections)];
  const kept = new Map<string, SectionSnap>();
  for (const u of new Set([...bS.keys(), ...oS.keys(), ...tS.keys()])) {
    const [b, o, t] = [bS.get(u), oS.get(u), tS.get(u)];
    const where = `Section "${(o ?? t ?? b)!.title}"`;
    if (o && t) kept.set(u, mergeSection(b, o, t, where, value, removal, items));
    else if (t && !b) {
      items.push({ id: `section:${u}`, kind: 'section', where, what: 'added in the file', conflict: false });
      kept.set(u, t);
    } else if (o && b && !t) {
      if (same(b, o)) items.push({ id: `section:${u}`, kind: 'section', where, what: 'removed in the file', conflict: false });
      else if (removal(`section:${u}`, 'section', where, 'theirs')) kept.set(u, o);
    } else if (t && b && !o) {
      if (!same(b, t) && removal(`section:${u}`, 'section', where, 'mine')) kept.set(u, t);
    } else if (o) kept.set(u, o);
  }
  const order = mergeOrder(ids(base.sections), ids(ours.sections), ids(theirs.sections), new Set(kept.keys()));
  if (order.theirsMoved) items.push({ id: 'order:sections', kind: 'order', where: 'Contents', what: 'sections reordered in the file', conflict: false });
  return { items, merged: { ...ours, header, sections: order.order.map((u) => kept.get(u)!) } };
}

type ValueFn = <T>(id: string, kind: MergeItem['kind'], where: string, b: T, o: T, t: T) => T;
type RemovalFn = (id: string, kind: MergeItem['kind'], where: string, removedBy: Choice) => boolean;

/** A section both sides still have: its title, and each block both have (blocks only one side has stay as ours). */
function mergeSection(
  b: SectionSnap | undefined,
  o: SectionSnap,
  t: SectionSnap,
  where: string,
  value: ValueFn,
  removal: RemovalFn,
  items: MergeItem[],
): SectionSnap {
  const title = value(`title:${o.uuid}`, 'title', where, b?.title ?? o.title, o.title, t.title);
  const [bB, tB] = [byUuid(b?.blocks ?? []), byUuid(t.blocks)];
  const blocks = o.blocks.map((ob): BlockSnap => {
    const tb = tB.get(ob.uuid);
    const bb = bB.get(ob.uuid) ?? ob;
    if (!tb || tb.kind !== ob.kind || bb.kind !== ob.kind) return ob;
    if (ob.kind === 'narrative' && tb.kind === 'narrative' && bb.kind === 'narrative') {
      return { ...ob, doc: value(`narrative:${ob.uuid}`, 'narrative', `${where}: narrative`, bb.doc, ob.doc, tb.doc) };
    }
    const title = (ob as TableSnap).title || kindDef((ob as TableSnap).tableKind).title;
    // A table titled like its section ("Revenue Budget" under "Revenue Budget") is named once.
    return mergeTable(bb as TableSnap, ob as TableSnap, tb as TableSnap, title === o.title ? where : `${where}: ${title}`, value, removal, items);
  });
  return { ...o, title, blocks };
}

const rowLabel = (kind: TableSnap['tableKind'], r: RowSnap, i: number) => {
  const label = r.cells[kindDef(kind).labelColumn];
  return typeof label === 'string' && label.trim() ? `"${label.trim().slice(0, 60)}"` : `row ${i + 1}`;
};

/** A table both sides have: its notes, rows added or removed on either side, each cell, and the row order. */
function mergeTable(b: TableSnap, o: TableSnap, t: TableSnap, where: string, value: ValueFn, removal: RemovalFn, items: MergeItem[]): TableSnap {
  const meta = value(`notes:${o.uuid}`, 'notes', `${where}: notes and unit name`, b.meta, o.meta, t.meta);
  const [bR, oR, tR] = [byUuid(b.rows), byUuid(o.rows), byUuid(t.rows)];
  const kept = new Map<string, RowSnap>();
  // Rows are named as they were in the base where they were there: the name both sides started from.
  const label = (u: string) => {
    const side = bR.has(u) ? b : oR.has(u) ? o : t;
    const r = (bR.get(u) ?? oR.get(u) ?? tR.get(u))!;
    return `${where}, ${rowLabel(o.tableKind, r, side.rows.indexOf(r))}`;
  };
  for (const u of new Set([...bR.keys(), ...oR.keys(), ...tR.keys()])) {
    const [br, or, tr] = [bR.get(u), oR.get(u), tR.get(u)];
    if (or && tr && br && br.role === tr.role && JSON.stringify(br.cells) === JSON.stringify(tr.cells))
      kept.set(u, or); // unchanged in the file: ours stands (fast path)
    else if (or && tr) {
      const cells: Record<string, unknown> = {};
      const cols = new Set([...Object.keys(br?.cells ?? {}), ...Object.keys(or.cells), ...Object.keys(tr.cells)]);
      for (const c of cols) {
        const v = value(
          `cell:${u}:${c}`,
          'cell',
          `${label(u)}, ${columnDef(o.tableKind, c)?.heading ?? c}`,
          br?.cells[c] ?? null,
          or.cells[c] ?? null,
          tr.cells[c] ?? null,
        );
        if (v !== null && v !== undefined) cells[c] = v;
      }
      kept.set(u, { ...or, cells });
    } else if (tr && !br) {
      items.push({ id: `row:${u}`, kind: 'row', where: label(u), what: 'row added in the file', conflict: false });
      kept.set(u, tr);
    } else if (or && br && !tr) {
      if (same(br, or)) items.push({ id: `row:${u}`, kind: 'row', where: label(u), what: 'row removed in the file', conflict: false });
      else if (removal(`row:${u}`, 'row', label(u), 'theirs')) kept.set(u, or);
    } else if (tr && br && !or) {
      if (!same(br, tr) && removal(`row:${u}`, 'row', label(u), 'mine')) kept.set(u, tr);
    } else if (or) kept.set(u, or);
  }
  const order = mergeOrder(ids(b.rows), ids(o.rows), ids(t.rows), new Set(kept.keys()));
  if (order.theirsMoved) items.push({ id: `order:${o.uuid}`, kind: 'order', where, what: 'rows moved in the file', conflict: false });
  return { ...o, meta, rows: order.order.map((u) => kept.get(u)!) };
}

/** True when two snapshots hold the same plan content (ids, order and values). */
export const samePlan = (a: PlanSnap, b: PlanSnap): boolean => canon(a) === canon(b);
