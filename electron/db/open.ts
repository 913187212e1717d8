/**
 * Opens the plan database. Policy: WAL with synchronous=FULL (an acknowledged edit survives a power cut),
 * foreign keys on, migrations applied at open inside one transaction after a backup copy of the file,
 * and a file written by a newer Plan Editor is refused rather than guessed at. A file that is not a
 * SQLite database, or is damaged, is reported and left exactly as it was.
 * Nothing here imports Electron: the same code runs under plain Node for the CLI, the web host and tests.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

const APPLICATION_ID = 0x504c4544; // "PLED": marks our files so a foreign SQLite database is not migrated

export function openDatabase(file: string, opts: { create?: boolean } = {}): Db {
  const exists = fs.existsSync(file);
  if (!exists && opts.create === false) throw new DatabaseOpenError(`No plan database at ${file}.`);
  if (!exists) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: exists });
    db.pragma('journal_mode = WAL');
  } catch (e) {
    throw new DatabaseOpenError(`${file} is not a Plan Editor database or is damaged (${(e as Error).message}). It has not been changed.`);
  }
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    checkAndMigrate(db, file, exists);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof DatabaseOpenError) throw e;
    throw new DatabaseOpenError(`${file} could not be opened as a plan database (${(e as Error).message}). It has not been changed.`);
  }
}

function checkAndMigrate(db: Db, file: string, existed: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  if (hasTables && appId !== APPLICATION_ID) {
    throw new DatabaseOpenError(`${file} is a SQLite database but not a Plan Editor one. It has not been changed.`);
  }
  if (version > SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      `${file} was written by a newer Plan Editor (schema ${version}; this version knows up to ${SCHEMA_VERSION}). Update Plan Editor to open it.`,
    );
  }
  if (version === SCHEMA_VERSION) return;
  const integrity = db.pragma('quick_check', { simple: true });
  if (integrity !== 'ok') throw new DatabaseOpenError(`${file} is damaged (${String(integrity)}). It has not been changed.`);
  if (existed && version > 0) backupBeforeMigration(db, file, version);
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/** A consistent copy made by SQLite itself (never a file copy of a live database). */
function backupBeforeMigration(db: Db, file: string, version: number): void {
  const target = `${file}.before-v${SCHEMA_VERSION}-from-v${version}.bak`;
  if (!fs.existsSync(target)) db.prepare('VACUUM INTO ?').run(target);
}
