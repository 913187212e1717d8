/** Test helpers for whole database files: a session in a fresh folder, a budget line to edit, bytes of files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../electron/db/open';

export function freshFolder(prefix = 'plan-editor-files-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function firstBudgetLine(db: Db): number {
  return db
    .prepare("SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.table_kind = 'budget' AND r.role = 'line' ORDER BY r.id LIMIT 1")
    .pluck()
    .get() as number;
}

export function cellOf(db: Db, rowId: number, column: string): unknown {
  const cells = JSON.parse(db.prepare('SELECT cells FROM plan_row WHERE id = ?').pluck().get(rowId) as string) as Record<string, unknown>;
  return cells[column];
}

/** The bytes of a file and its -wal and -shm, keyed by suffix, for byte-for-byte comparisons. */
export function fileSet(file: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const s of ['', '-wal', '-shm']) if (fs.existsSync(file + s)) out[s] = fs.readFileSync(file + s);
  return out;
}

/** A digest of everything a user could lose: rows, blocks, sections, plans and the change log. */
export function contentDigest(db: Db): string {
  const parts = ['plan', 'plan_section', 'plan_block', 'plan_row', 'change_log'].map((t) =>
    JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY id`).raw().all()),
  );
  return parts.join('\n');
}
