/**
 * Writes a plan file: the plan is laid out in an in-memory SQLite database, serialized, and written under a
 * temporary name, synced and renamed (desktop/atomic-write.ts), so the chosen name only ever holds a whole file.
 */
import Database from 'better-sqlite3';
import { sqliteBindingOption } from '../db/sqlite-binding';
import { writeFileAtomic } from '../desktop/atomic-write';
import type { PlanSnap } from '../../shared/merge/snapshot';
import { PLAN_FILE_APPLICATION_ID, PLAN_FILE_SCHEMA, PLAN_FILE_VERSION, type Revision } from './format';

export interface PlanFileContent {
  plan: PlanSnap;
  at: Revision;
  base: Revision & { content: PlanSnap };
  savedAt: string;
}

export function planFileBytes(content: PlanFileContent): Buffer {
  const db = new Database(':memory:', sqliteBindingOption());
  try {
    db.pragma(`application_id = ${PLAN_FILE_APPLICATION_ID}`);
    db.pragma(`user_version = ${PLAN_FILE_VERSION}`);
    db.exec(PLAN_FILE_SCHEMA);
    db.transaction(() => fill(db, content))();
    return db.serialize();
  } finally {
    db.close();
  }
}

export function writePlanFile(file: string, content: PlanFileContent): void {
  writeFileAtomic(file, planFileBytes(content));
}

function fill(db: Database.Database, { plan, at, base, savedAt }: PlanFileContent): void {
  const info = db.prepare('INSERT INTO file_info (key, value) VALUES (?, ?)');
  for (const [k, v] of Object.entries({ format: 'plan-editor/plan-file', origin: at.origin, revision: String(at.revision), savedAt })) info.run(k, v);
  db.prepare('INSERT INTO plan (uuid, kind, header) VALUES (?, ?, ?)').run(plan.uuid, plan.kind, JSON.stringify(plan.header));
  const sec = db.prepare('INSERT INTO plan_section (uuid, position, level, title) VALUES (?, ?, ?, ?)');
  const blk = db.prepare('INSERT INTO plan_block (uuid, section_uuid, position, kind, doc, table_kind, title, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const row = db.prepare('INSERT INTO plan_row (uuid, block_uuid, position, role, cells) VALUES (?, ?, ?, ?, ?)');
  plan.sections.forEach((s, si) => {
    sec.run(s.uuid, si, s.level, s.title);
    s.blocks.forEach((b, bi) => {
      if (b.kind === 'narrative') blk.run(b.uuid, s.uuid, bi, 'narrative', JSON.stringify(b.doc), null, '', '{}');
      else {
        blk.run(b.uuid, s.uuid, bi, 'table', null, b.tableKind, b.title, JSON.stringify(b.meta ?? {}));
        b.rows.forEach((r, ri) => row.run(r.uuid, b.uuid, ri, r.role, JSON.stringify(r.cells)));
      }
    });
  });
  const sameAsPlan = JSON.stringify(base.content) === JSON.stringify(plan); // cheap; a false 'differs' only costs size
  db.prepare('INSERT INTO base (origin, revision, content) VALUES (?, ?, ?)').run(base.origin, base.revision, sameAsPlan ? null : JSON.stringify(base.content));
}
