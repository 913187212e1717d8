/**
 * Is a database file sound? Checked on a private copy of the file and its -wal and -shm, because even
 * opening the original lets SQLite replay or checkpoint its WAL into it: a file that turns out damaged must
 * be moved aside exactly as it was found. Beyond SQLite's own checks, every JSON column must parse, since
 * a flipped byte inside a row's text passes quick_check but would break every read of that plan.
 */
import Database from 'better-sqlite3';
import { sqliteBindingOption } from './sqlite-binding';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APPLICATION_ID } from './open';
import { SCHEMA_VERSION } from './migrations';

export type Health = { ok: true; version: number } | { ok: false; reason: string; newer?: boolean };

export const SIDE_FILES = ['-wal', '-shm'] as const;

export function checkDatabaseFile(file: string): Health {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-editor-check-'));
  try {
    const copy = path.join(dir, 'check.db');
    fs.copyFileSync(file, copy);
    for (const s of SIDE_FILES) if (fs.existsSync(file + s)) fs.copyFileSync(file + s, copy + s);
    return checkOpenedCopy(copy);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function checkOpenedCopy(copy: string): Health {
  let db: Database.Database;
  try {
    db = new Database(copy, { fileMustExist: true, ...sqliteBindingOption() });
  } catch (e) {
    return { ok: false, reason: `it cannot be opened (${(e as Error).message})` };
  }
  try {
    return soundness(db);
  } catch (e) {
    return { ok: false, reason: `SQLite reports: ${(e as Error).message}` };
  } finally {
    db.close();
  }
}

function soundness(db: Database.Database): Health {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') return { ok: false, reason: `SQLite's check failed: ${String(quick)}` };
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return { ok: true, version };
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return { ok: false, reason: 'it is not a Plan Editor database' };
  if (version > SCHEMA_VERSION) return { ok: false, newer: true, reason: `it was written by a newer Plan Editor (schema ${version})` };
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) return { ok: false, reason: `${fk.length} rows point at records that do not exist` };
  const badJson = db
    .prepare(
      `SELECT (SELECT count(*) FROM plan_row WHERE NOT json_valid(cells))
            + (SELECT count(*) FROM plan_block WHERE NOT json_valid(meta) OR (doc IS NOT NULL AND NOT json_valid(doc)))`,
    )
    .pluck()
    .get() as number;
  if (badJson > 0) return { ok: false, reason: `${badJson} records hold unreadable data` };
  return { ok: true, version };
}
