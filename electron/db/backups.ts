/**
 * Automatic backups, made with SQLite's online backup (better-sqlite3's db.backup), which copies a
 * consistent snapshot while the app keeps working. They live in a "backups" folder beside the database
 * (the user's data folder), are written under a temporary name and renamed when complete, and are rotated
 * so at most MAX_BACKUPS remain.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';
import { checkDatabaseFile } from './health';
import type { BackupInfo, BackupReason } from '../../shared/api/contract';

export type { BackupInfo, BackupReason };

export const MAX_BACKUPS = 12;
/** While the app is open and the plan has changed, a backup at most this often. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;


const NAME = /^plans-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;

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
  const name = uniqueName(dir, now, reason);
  const partial = path.join(dir, `${name}.partial`);
  await db.backup(partial);
  fs.renameSync(partial, path.join(dir, name));
  rotate(dbFile);
  return listBackups(dbFile).find((b) => b.name === name)!;
}

/** Skip the backup at open when the newest one is younger than the file's last write: it is the same data. */
export function upToDate(dbFile: string): boolean {
  const newest = listBackups(dbFile)[0];
  if (!newest) return false;
  const backupTime = fs.statSync(path.join(backupDir(dbFile), newest.name)).mtimeMs;
  const written = Math.max(...[dbFile, `${dbFile}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
  return backupTime > written;
}

export function newestGoodBackup(dbFile: string): BackupInfo | null {
  return listBackups(dbFile).find((b) => checkDatabaseFile(path.join(backupDir(dbFile), b.name)).ok) ?? null;
}

function uniqueName(dir: string, now: Date, reason: BackupReason): string {
  for (let t = now.getTime(); ; t++) {
    const name = `plans-${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.db`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

function rotate(dbFile: string): void {
  for (const old of listBackups(dbFile).slice(MAX_BACKUPS)) fs.rmSync(path.join(backupDir(dbFile), old.name), { force: true });
}
