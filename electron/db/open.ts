/**
 * Opens a plan database connection. Policy: WAL with synchronous=FULL (better-sqlite3's build defaults WAL
 * databases to NORMAL, which can roll back committed edits on power loss; FULL syncs the WAL on every
 * commit), foreign keys on, and a file written by a newer Plan Editor or by another program refused rather
 * than guessed at. Migrations run one per transaction, each with its user_version bump, so a crash leaves
 * exactly the old or the new version. The app opens through startup.ts, which checks the file, takes a
 * backup before migrating and holds the file's lock; `openDatabase` is the plain path for new files and tests.
 * Nothing here imports Electron: the same code runs under plain Node for the CLI, the web host and tests.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from './migrations';
import { sqliteBindingOption } from './sqlite-binding';

export type Db = Database.Database;

export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export const APPLICATION_ID = 0x504c4544; // "PLED": marks our files so a foreign SQLite database is not migrated

/** The pragmas every connection gets, in order; `durabilityProblems` checks a connection against them. */
export const CONNECTION_PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON', 'busy_timeout = 5000'];

export interface OpenOptions {
  create?: boolean;
  /** Tests inject longer lists to exercise migration; the app always uses MIGRATIONS. */
  migrations?: readonly string[];
}

/** Opens (creating if allowed) and brings the schema up to date. */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const db = openConnection(file, opts);
  try {
    migrate(db, opts.migrations ?? MIGRATIONS);
    return db;
  } catch (e) {
    db.close();
    throw asOpenError(e, file);
  }
}

/** A configured connection whose schema version is known to be ours or older; no migration yet. */
export function openConnection(file: string, opts: OpenOptions = {}): Db {
  const exists = fs.existsSync(file);
  if (!exists && opts.create === false) throw new DatabaseOpenError(`No plan database at ${file}.`);
  if (!exists) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: exists, ...sqliteBindingOption() });
    db.pragma(CONNECTION_PRAGMAS[0]);
  } catch (e) {
    throw new DatabaseOpenError(`${file} is not a Plan Editor database or is damaged (${(e as Error).message}). It has not been changed.`);
  }
  try {
    for (const p of CONNECTION_PRAGMAS.slice(1)) db.pragma(p);
    checkOwnership(db, file, (opts.migrations ?? MIGRATIONS).length);
    return db;
  } catch (e) {
    db.close();
    throw asOpenError(e, file);
  }
}

/** Read back what a connection actually runs with: WAL, FULL, foreign keys. Empty when all is as it must be. */
export function durabilityProblems(db: Db): string[] {
  const problems: string[] = [];
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') problems.push('journal_mode is not WAL');
  if (db.pragma('synchronous', { simple: true }) !== 2) problems.push('synchronous is not FULL');
  if (db.pragma('foreign_keys', { simple: true }) !== 1) problems.push('foreign keys are off');
  return problems;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function hasUserTables(db: Db): boolean {
  return (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
}

/**
 * Runs each pending migration in its own transaction together with its user_version bump. Foreign keys
 * are off around them, as SQLite's procedure for rebuilding a table requires (dropping a parent table
 * would otherwise cascade), and checked before each commit instead.
 */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS): void {
  if (schemaVersion(db) >= migrations.length) return;
  const fk = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    for (let v = schemaVersion(db); v < migrations.length; v++) {
      db.transaction(() => {
        db.exec(migrations[v]);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new Error(`migration ${v + 1} would leave ${broken.length} broken references`);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
}

function checkOwnership(db: Db, file: string, known: number): void {
  const version = schemaVersion(db);
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (hasUserTables(db) && appId !== APPLICATION_ID) {
    throw new DatabaseOpenError(`${file} is a SQLite database but not a Plan Editor one. It has not been changed.`);
  }
  if (version > known) {
    throw new DatabaseOpenError(
      `${file} was written by a newer Plan Editor (schema ${version}; this version knows up to ${known}). Update Plan Editor to open it; the file has not been changed.`,
    );
  }
}

function asOpenError(e: unknown, file: string): DatabaseOpenError {
  if (e instanceof DatabaseOpenError) return e;
  return new DatabaseOpenError(`${file} could not be opened as a plan database (${(e as Error).message}). It has not been changed.`);
}
