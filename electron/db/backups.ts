/**
 * Automatic backups, made with SQLite's online backup (better-sqlite3's db.backup), which copies a
 * consistent snapshot while the app keeps working. They live in a "backups" folder beside the database
 * (the user's data folder), are written under a temporary name and renamed when complete, and are rotated
 * so at most MAX_BACKUPS remain.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';
import { checkDatabaseFile } from './health';
import type { BackupInfo, BackupReason } from '../../shared/api/contract';

export type { BackupInfo, BackupReason };

export const MAX_BACKUPS = 12;
/** While the app is open and the plan has changed, a backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

const NAME = /^plans-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)-([0-9a-f]{12})\.db$/;

export const backupDir = (dbFile: string): string => path.join(path.dirname(path.resolve(dbFile)), 'backups');

export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupDir(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({
      name,
      at: m[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z'),
      reason: m[2] as BackupReason,
      bytes: fs.statSync(path.join(dir, name)).size,
    }))
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** The file of a listed backup; a name that is not one of ours (e.g. "../plans.db") is refused. */
export function backupPath(dbFile: string, name: string): string | null {
  return listBackups(dbFile).some((b) => b.name === name) ? path.join(backupDir(dbFile), name) : null;
}

export async function makeBackup(db: Db, dbFile: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  const dir = backupDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const name = uniqueName(dir, now, reason, fingerprint(db));
  const partial = path.join(dir, `${name}.partial`);
  await db.backup(partial);
  fs.renameSync(partial, path.join(dir, name));
  rotate(dbFile);
  return listBackups(dbFile).find((b) => b.name === name)!;
}

/**
 * What the user could lose, in twelve hex digits: every edit, undo and import leaves a trace in the change
 * log or the plans' update times. A backup's name carries it, so a restart without edits adds no copy.
 */
export function fingerprint(db: Db): string {
  const row = db
    .prepare(
      "SELECT (SELECT count(*) || ':' || ifnull(max(id), 0) || ':' || ifnull(sum(undone), 0) FROM change_log) || '|' || (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM plan)",
    )
    .pluck()
    .get() as string;
  return crypto.createHash('sha256').update(row).digest('hex').slice(0, 12);
}

/** The newest backup already holds exactly this data. */
export function upToDate(db: Db, dbFile: string): boolean {
  const newest = listBackups(dbFile)[0];
  return !!newest && newest.name.endsWith(`-${fingerprint(db)}.db`);
}

export function newestGoodBackup(dbFile: string): BackupInfo | null {
  return listBackups(dbFile).find((b) => checkDatabaseFile(path.join(backupDir(dbFile), b.name)).ok) ?? null;
}

function uniqueName(dir: string, now: Date, reason: BackupReason, print: string): string {
  for (let t = now.getTime(); ; t++) {
    const name = `plans-${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}-${print}.db`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

function rotate(dbFile: string): void {
  for (const old of listBackups(dbFile).slice(MAX_BACKUPS)) fs.rmSync(path.join(backupDir(dbFile), old.name), { force: true });
}
