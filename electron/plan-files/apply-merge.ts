/**
 * Brings a plan in the database to a merged snapshot (shared/merge) as ONE logged step, using only the
 * change kinds undo and redo already replay (history.ts): header fields, sections removed, added (whole,
 * with their stable ids), renamed and repositioned, narrative and table notes, rows removed, added, edited
 * and moved. The order of the log matters: undo replays it backwards, so removals come first, then
 * additions at the end, then edits, then moves.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { freshId, type Change } from '../services/change-log';
import { restore, snapshot, type SectionSnapshot } from '../services/sections';
import { getPlanSummary } from '../services/plans';
import { writeHeaderField } from '../services/header-store';
import { loggedStep } from '../services/logged-step';
import { moveRowTo, putRow, takeRow, writeCells, type StoredRow } from '../services/row-store';
import { deleteAt } from '../services/positions';
import { HEADER_FIELDS } from '../../shared/model/plan';
import type { BlockSnap, PlanSnap, SectionSnap } from '../../shared/merge/snapshot';
import { same } from '../../shared/merge/values';

interface DbSection {
  id: number;
  uuid: string;
  position: number;
  title: string;
}
interface DbBlock {
  id: number;
  uuid: string;
  kind: string;
  doc: string | null;
  meta: string;
}

/** Applies `merged` to plan `planId`; returns the number of logged changes (0: nothing to do, no step). */
export function applyMergedPlan(db: Db, planId: number, merged: PlanSnap, alsoLog: Change[] = []): number {
  return loggedStep(db, planId, (step) => {
    const log: Change[] = [];
    const header = getPlanSummary(db, planId).header;
    for (const { id: key } of HEADER_FIELDS) {
      if (same(header[key], merged.header[key])) continue;
      writeHeaderField(db, planId, key, merged.header[key]);
      log.push({ entity: 'plan', entityId: planId, field: key, old: header[key], new: merged.header[key] });
    }
    syncSections(db, planId, merged, log);
    // `alsoLog` (the merged file becoming a base) rides along only with a real change: nothing to undo otherwise.
    if (log.length) step.log(...log, ...alsoLog);
    return log.length;
  });
}

const sectionsOf = (db: Db, planId: number) =>
  prep(db, 'SELECT id, uuid, position, title FROM plan_section WHERE plan_id = ? ORDER BY position').all(planId) as DbSection[];

function syncSections(db: Db, planId: number, merged: PlanSnap, log: Change[]): void {
  const wanted = new Map(merged.sections.map((s) => [s.uuid, s]));
  for (const s of [...sectionsOf(db, planId)].reverse()) {
    if (wanted.has(s.uuid)) continue;
    const snap = snapshot(db, s.id);
    deleteAt(db, 'plan_section', s.id, planId, s.position);
    log.push({ entity: 'section', entityId: s.id, field: null, old: snap, new: null });
  }
  // Rows leave their tables before new sections arrive: a row moved into a new section keeps its uuid.
  const current = sectionsOf(db, planId);
  const blocks = current.flatMap((s) => prep(db, 'SELECT id, uuid, kind, doc, meta FROM plan_block WHERE section_id = ?').all(s.id) as DbBlock[]);
  const wantedBlocks = new Map(merged.sections.flatMap((s) => s.blocks).map((b) => [b.uuid, b]));
  const pairs = blocks.map((b) => [b, wantedBlocks.get(b.uuid)] as const).filter((p): p is readonly [DbBlock, BlockSnap] => !!p[1]);
  for (const [b, w] of pairs) if (w.kind === 'table') removeRows(db, b.id, new Set(w.rows.map((r) => r.uuid)), log);
  const have = new Set(current.map((s) => s.uuid));
  for (const s of merged.sections) {
    if (have.has(s.uuid)) continue;
    const id = freshId(db, 'section');
    restore(db, id, newSection(db, planId, sectionsOf(db, planId).length, s));
    log.push({ entity: 'section', entityId: id, field: null, old: null, new: snapshot(db, id) });
  }
  for (const [b, w] of pairs) if (w.kind === 'table') syncRows(db, b.id, w.rows, log);
  for (const [b, w] of pairs) {
    if (w.kind === 'narrative' && !same(JSON.parse(b.doc ?? 'null'), w.doc)) {
      prep(db, 'UPDATE plan_block SET doc = ? WHERE id = ?').run(JSON.stringify(w.doc), b.id);
      log.push({ entity: 'block', entityId: b.id, field: 'doc', old: JSON.parse(b.doc ?? 'null'), new: w.doc });
    } else if (w.kind === 'table' && !same(JSON.parse(b.meta), w.meta ?? {})) {
      prep(db, 'UPDATE plan_block SET meta = ? WHERE id = ?').run(JSON.stringify(w.meta ?? {}), b.id);
      log.push({ entity: 'block', entityId: b.id, field: 'meta', old: JSON.parse(b.meta), new: w.meta ?? {} });
    }
  }
  for (const s of current) {
    const w = wanted.get(s.uuid)!;
    if (w.title === s.title) continue;
    prep(db, 'UPDATE plan_section SET title = ? WHERE id = ?').run(w.title, s.id);
    log.push({ entity: 'section', entityId: s.id, field: 'title', old: s.title, new: w.title });
  }
  const at = new Map(merged.sections.map((s, i) => [s.uuid, i]));
  for (const s of sectionsOf(db, planId)) {
    const to = at.get(s.uuid)!;
    if (to === s.position) continue;
    prep(db, 'UPDATE plan_section SET position = ? WHERE id = ?').run(to, s.id);
    log.push({ entity: 'section', entityId: s.id, field: 'position', old: s.position, new: to });
  }
}

/** A section from a merged snapshot as the change log's section snapshot, with fresh integer ids. */
function newSection(db: Db, planId: number, position: number, s: SectionSnap): SectionSnapshot {
  let [blockId, rowId] = [freshId(db, 'block') - 1, freshId(db, 'row') - 1];
  return {
    planId,
    uuid: s.uuid,
    position,
    level: s.level,
    title: s.title,
    blocks: s.blocks.map((b, bi) => ({
      id: ++blockId,
      uuid: b.uuid,
      position: bi,
      kind: b.kind,
      doc: b.kind === 'narrative' ? JSON.stringify(b.doc) : null,
      table_kind: b.kind === 'table' ? b.tableKind : null,
      title: b.kind === 'table' ? b.title : '',
      meta: b.kind === 'table' ? JSON.stringify(b.meta ?? {}) : '{}',
      rows: b.kind === 'table' ? b.rows.map((r, ri) => ({ id: ++rowId, uuid: r.uuid, position: ri, role: r.role, cells: JSON.stringify(r.cells) })) : [],
    })),
  };
}

const rowsOf = (db: Db, blockId: number) =>
  prep(db, 'SELECT id, uuid, block_id, position, role, cells FROM plan_row WHERE block_id = ? ORDER BY position').all(blockId) as StoredRow[];
const logged = (r: StoredRow) => ({ blockId: r.block_id, position: r.position, role: r.role, cells: JSON.parse(r.cells), uuid: r.uuid });

function removeRows(db: Db, blockId: number, keep: Set<string>, log: Change[]): void {
  for (const r of [...rowsOf(db, blockId)].reverse()) {
    if (keep.has(r.uuid)) continue;
    takeRow(db, r.id, blockId, r.position);
    log.push({ entity: 'row', entityId: r.id, field: null, old: logged(r), new: null });
  }
}

/** Adds the merged table's new rows at the end, edits cells, then moves rows one at a time into order. */
function syncRows(db: Db, blockId: number, wanted: { uuid: string; role: string; cells: Record<string, unknown> }[], log: Change[]): void {
  const have = new Map(rowsOf(db, blockId).map((r) => [r.uuid, r]));
  for (const w of wanted) {
    if (have.has(w.uuid)) continue;
    const id = freshId(db, 'row');
    const position = have.size;
    putRow(db, id, { blockId, position, role: w.role, cells: w.cells, uuid: w.uuid });
    have.set(w.uuid, { id, uuid: w.uuid, block_id: blockId, position, role: w.role, cells: JSON.stringify(w.cells) });
    log.push({ entity: 'row', entityId: id, field: null, old: null, new: { blockId, position, role: w.role, cells: w.cells, uuid: w.uuid } });
  }
  for (const w of wanted) {
    const r = have.get(w.uuid)!;
    if (r.cells === JSON.stringify(w.cells)) continue; // unchanged (the common case): no parsing, no comparing
    const cells = JSON.parse(r.cells) as Record<string, unknown>;
    let changed = false;
    for (const c of new Set([...Object.keys(cells), ...Object.keys(w.cells)])) {
      if (same(cells[c], w.cells[c])) continue;
      log.push({ entity: 'row', entityId: r.id, field: c, old: cells[c] ?? null, new: w.cells[c] ?? null });
      if (w.cells[c] === null || w.cells[c] === undefined) delete cells[c];
      else cells[c] = w.cells[c];
      changed = true;
    }
    if (changed) writeCells(db, r.id, cells);
  }
  // The order as it stands, kept in step with the table while moving (as moveRow does: the rows between
  // shift by one; undo replays the same move backwards).
  const order = rowsOf(db, blockId).map((r) => r.uuid);
  wanted.forEach((w, to) => {
    if (order[to] === w.uuid) return;
    const from = order.indexOf(w.uuid);
    const id = have.get(w.uuid)!.id;
    moveRowTo(db, id, blockId, from, to);
    order.splice(from, 1);
    order.splice(to, 0, w.uuid);
    log.push({ entity: 'row', entityId: id, field: 'position', old: from, new: to });
  });
}
