/**
 * How the app opens its database file at start-up, so that nothing is ever lost:
 *  1. the file (with its -wal and -shm) is checked on a private copy (health.ts);
 *  2. a damaged file is never opened, overwritten or replaced: it is moved aside with its -wal and -shm,
 *     byte for byte, into a "damaged" folder, and the caller is told why and which backup passes its check;
 *  3. a sound file gets an online backup before anything else happens (before any migration);
 *  4. pending migrations run, each in its own transaction.
 * A file written by a newer Plan Editor is refused with a message and left where it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError, migrate, openConnection, schemaVersion, type Db } from './open';
import { MIGRATIONS } from './migrations';
import { checkDatabaseFile, SIDE_FILES } from './health';
import { makeBackup, newestGoodBackup, upToDate } from './backups';
import type { Recovery } from '../../shared/api/contract';

export type { Recovery };

export type Startup = { db: Db; recovery: null } | { db: null; recovery: Recovery };

export async function openExisting(file: string, migrations: readonly string[] = MIGRATIONS): Promise<Startup> {
  const health = checkDatabaseFile(file);
  if (!health.ok && health.newer) {
    throw new DatabaseOpenError(`${file}: ${health.reason}. Update Plan Editor to open it; the file has not been changed.`);
  }
  if (!health.ok) {
    const movedTo = moveAside(file);
    return { db: null, recovery: { reason: `The plans file could not be used: ${health.reason}.`, movedTo, backup: newestGoodBackup(file) } };
  }
  const db = openConnection(file, { migrations });
  try {
    const pending = schemaVersion(db) < migrations.length;
    if (pending) await makeBackup(db, file, 'before-migration');
    else if (!upToDate(db, file)) await makeBackup(db, file, 'open');
    migrate(db, migrations);
    return { db, recovery: null };
  } catch (e) {
    db.close();
    throw e instanceof DatabaseOpenError ? e : new DatabaseOpenError(`${file} could not be opened (${(e as Error).message}). It has not been changed.`);
  }
}

/** Renames the file and its -wal/-shm into damaged/ beside it; renaming keeps every byte as it was. */
export function moveAside(file: string): string[] {
  const dir = path.join(path.dirname(path.resolve(file)), 'damaged');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.join(dir, `${path.basename(file, '.db')}-${stamp}.db`);
  const moved: string[] = [];
  for (const suffix of ['', ...SIDE_FILES]) {
    if (!fs.existsSync(file + suffix)) continue;
    fs.renameSync(file + suffix, base + suffix);
    moved.push(base + suffix);
  }
  return moved;
}
