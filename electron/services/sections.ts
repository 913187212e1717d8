/**
 * The plan's outline: add, rename, move and remove sections. Each call is one logged step; a removed
 * section is logged whole (its blocks and rows), so undo puts it back exactly, ids and all.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import { emptyDoc } from '../../shared/model/richtext';
import { kindDef, type TableKind } from '../../shared/model/table-kinds';
import { freshId } from './change-log';
import { loggedStep } from './logged-step';
import { deleteAt, makeRoom } from './positions';
import { insertRow } from './row-store';

interface SectionRow {
  id: number;
  uuid?: string;
  plan_id: number;
  position: number;
  level: 1 | 2;
  title: string;
}

/** A section with everything in it, as the change log keeps it for undo. */
export interface SectionSnapshot {
  planId: number;
  /** Absent in snapshots logged before stable ids existed (the insert triggers then make fresh ones). */
  uuid?: string;
  position: number;
  level: 1 | 2;
  title: string;
  blocks: {
    id: number;
    uuid?: string;
    position: number;
    kind: string;
    doc: string | null;
    table_kind: string | null;
    title: string;
    meta: string;
    rows: { id: number; uuid?: string; position: number; role: string; cells: string }[];
  }[];
}

function section(db: Db, id: number): SectionRow {
  const s = prep(db, 'SELECT id, uuid, plan_id, position, level, title FROM plan_section WHERE id = ?').get(id) as SectionRow | undefined;
  if (!s) throw notFound('section', id);
  return s;
}

export const cleanTitle = (title: string) => {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!t) throw badRequest('A section needs a title.', 'title');
  return t;
};

export function addSection(db: Db, planId: number, title: string, level: 1 | 2, afterSectionId?: number, table?: TableKind): number {
  return loggedStep(db, planId, (step) => {
    if (!prep(db, 'SELECT 1 FROM plan WHERE id = ?').get(planId)) throw notFound('plan', planId);
    const count = (prep(db, 'SELECT count(*) AS n FROM plan_section WHERE plan_id = ?').get(planId) as { n: number }).n;
    const after = afterSectionId ? section(db, afterSectionId) : null;
    // Another plan's section would give a position outside this plan's outline.
    if (after && after.plan_id !== planId) throw badRequest(`Section ${afterSectionId} is not in this plan.`, 'afterSectionId');
    const at = after ? after.position + 1 : count;
    makeRoom(db, 'plan_section', planId, at);
    const id = freshId(db, 'section');
    prep(db, 'INSERT INTO plan_section (id, plan_id, position, level, title) VALUES (?, ?, ?, ?, ?)').run(id, planId, at, level, cleanTitle(title));
    prep(db, 'INSERT INTO plan_block (id, section_id, position, kind, doc, title, meta) VALUES (?, ?, 0, ?, ?, ?, ?)').run(
      freshId(db, 'block'),
      id,
      'narrative',
      JSON.stringify(emptyDoc()),
      '',
      '{}',
    );
    // A section for a table (a savings plan...) holds an empty one of its kind under its text.
    if (table)
      prep(db, 'INSERT INTO plan_block (id, section_id, position, kind, doc, table_kind, title, meta) VALUES (?, ?, 1, ?, NULL, ?, ?, ?)').run(
        freshId(db, 'block'),
        id,
        'table',
        table,
        kindDef(table).title,
        '{}',
      );
    step.log({ entity: 'section', entityId: id, field: null, old: null, new: snapshot(db, id) });
    return id;
  });
}

export function renameSection(db: Db, sectionId: number, title: string): void {
  const s = section(db, sectionId);
  const t = cleanTitle(title);
  if (t === s.title) return;
  loggedStep(db, s.plan_id, (step) => {
    prep(db, 'UPDATE plan_section SET title = ? WHERE id = ?').run(t, sectionId);
    step.log({ entity: 'section', entityId: sectionId, field: 'title', old: s.title, new: t });
  });
}

/** The section and, for a level-1 section, the level-2 sections under it, in order. */
function group(db: Db, s: SectionRow): SectionRow[] {
  const all = prep(db, 'SELECT id, plan_id, position, level, title FROM plan_section WHERE plan_id = ? ORDER BY position').all(s.plan_id) as SectionRow[];
  const i = all.findIndex((x) => x.id === s.id);
  const out = [all[i]];
  if (s.level === 1)
    for (const x of all.slice(i + 1))
      if (x.level === 2) out.push(x);
      else break;
  return out;
}

/** Moves a section (with its subsections) up or down past the neighbouring section of the same level. */
export function moveSection(db: Db, sectionId: number, direction: 'up' | 'down'): void {
  const s = section(db, sectionId);
  loggedStep(db, s.plan_id, (step) => {
    const all = prep(db, 'SELECT id, plan_id, position, level, title FROM plan_section WHERE plan_id = ? ORDER BY position').all(s.plan_id) as SectionRow[];
    const mine = group(db, s);
    const start = all.findIndex((x) => x.id === s.id);
    const rest = [...all.slice(0, start), ...all.slice(start + mine.length)];
    let at = start;
    if (direction === 'up') {
      at = start - 1;
      while (at > 0 && rest[at].level > s.level) at--;
      if (at < 0) return;
    } else {
      if (start + mine.length >= all.length) return;
      const next = all[start + mine.length];
      at = start + group(db, next).length;
    }
    const order = [...rest.slice(0, at), ...mine, ...rest.slice(at)];
    order.forEach((x, pos) => {
      if (x.position === pos) return;
      prep(db, 'UPDATE plan_section SET position = ? WHERE id = ?').run(pos, x.id);
      step.log({ entity: 'section', entityId: x.id, field: 'position', old: x.position, new: pos });
    });
  });
}

/** Removes a section, and a level-1 section's subsections with it. */
export function removeSection(db: Db, sectionId: number): number {
  const s = section(db, sectionId);
  return loggedStep(db, s.plan_id, (step) => {
    const doomed = group(db, s);
    for (const x of [...doomed].reverse()) {
      const snap = snapshot(db, x.id);
      deleteAt(db, 'plan_section', x.id, x.plan_id, x.position);
      step.log({ entity: 'section', entityId: x.id, field: null, old: snap, new: null });
    }
    return doomed.length;
  });
}

export function snapshot(db: Db, sectionId: number): SectionSnapshot {
  const s = section(db, sectionId);
  const blocks = prep(db, 'SELECT id, uuid, position, kind, doc, table_kind, title, meta FROM plan_block WHERE section_id = ? ORDER BY position').all(
    sectionId,
  ) as SectionSnapshot['blocks'];
  for (const b of blocks)
    b.rows = prep(db, 'SELECT id, uuid, position, role, cells FROM plan_row WHERE block_id = ? ORDER BY position').all(
      b.id,
    ) as SectionSnapshot['blocks'][number]['rows'];
  return { planId: s.plan_id, uuid: s.uuid, position: s.position, level: s.level, title: s.title, blocks };
}

/** Puts a logged section back at its position, with the same ids. */
export function restore(db: Db, sectionId: number, snap: SectionSnapshot): void {
  makeRoom(db, 'plan_section', snap.planId, snap.position);
  prep(db, 'INSERT INTO plan_section (id, plan_id, position, level, title, uuid) VALUES (?, ?, ?, ?, ?, ?)').run(
    sectionId,
    snap.planId,
    snap.position,
    snap.level,
    snap.title,
    snap.uuid ?? null,
  );
  for (const b of snap.blocks) {
    prep(db, 'INSERT INTO plan_block (id, section_id, position, kind, doc, table_kind, title, meta, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      b.id,
      sectionId,
      b.position,
      b.kind,
      b.doc,
      b.table_kind,
      b.title,
      b.meta,
      b.uuid ?? null,
    );
    for (const r of b.rows) insertRow(db, { id: r.id, block_id: b.id, position: r.position, role: r.role, cells: r.cells, uuid: r.uuid ?? null });
  }
}

export function unrestore(db: Db, sectionId: number, snap: SectionSnapshot): void {
  deleteAt(db, 'plan_section', sectionId, snap.planId, snap.position);
}
