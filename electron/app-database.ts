/**
 * The app's database session, shared by the desktop app and the web host: the file's lock, start-up
 * checks and recovery, backups at open and at intervals, and restoring a backup while running. On a first
 * run the new database gets the bundled sample plan so a new user sees a real plan straight away.
 * Handlers ask it for the connection on every call, so a restore swaps the file under them safely; each
 * ask also tells the WAL checkpointer the database is in use (checkpoints wait until it is idle).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError, openDatabase, type Db } from './db/open';
import { MIGRATIONS } from './db/migrations';
import { acquireLock, type DatabaseLock } from './db/lock';
import { openExisting, type Recovery } from './db/startup';
import { BACKUP_INTERVAL_MS, backupPath, listBackups, makeBackup, type BackupInfo } from './db/backups';
import { checkDatabaseFile, SIDE_FILES } from './db/health';
import { forEditing, IdleCheckpointer, type CheckpointDone } from './db/checkpoints';
import { importSample } from './services/sample';
import { ApiError, badRequest, notFound } from '../shared/api/errors';
import type { DatabaseStatus } from '../shared/api/contract';

export interface AppDatabaseOptions {
  migrations?: readonly string[];
  program?: string;
}

export class AppDatabase {
  private timer: NodeJS.Timeout | null = null;
  private changesAtBackup = -1;
  private readonly checkpoints: IdleCheckpointer;

  private constructor(
    readonly file: string,
    private lock: DatabaseLock,
    private db: Db | null,
    private recovery: Recovery | null,
    private migrations: readonly string[],
  ) {
    if (db) forEditing(db);
    this.checkpoints = new IdleCheckpointer(() => this.db, file);
    this.checkpoints.start();
  }

  static async open(file: string, opts: AppDatabaseOptions = {}): Promise<AppDatabase> {
    assertWritableFolder(file);
    const lock = acquireLock(file, opts.program);
    const migrations = opts.migrations ?? MIGRATIONS;
    try {
      if (!fs.existsSync(file)) return new AppDatabase(file, lock, createWithSample(file, migrations), null, migrations);
      const s = await openExisting(file, migrations);
      return new AppDatabase(file, lock, s.db, s.recovery, migrations);
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /** The open connection; while recovering from a damaged file there is none, and calls say so. */
  get(): Db {
    this.checkpoints.touch();
    if (this.db) return this.db;
    throw new ApiError('NO_DATABASE', 'No plans file is open: restore a backup or start again with the sample plan.');
  }

  status(): DatabaseStatus {
    return { file: this.file, recovery: this.recovery };
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.file);
  }

  async backupNow(reason: 'manual' | 'interval' = 'manual'): Promise<BackupInfo> {
    const db = this.get();
    const info = await makeBackup(db, this.file, reason);
    this.changesAtBackup = totalChanges(db);
    return info;
  }

  /** Replaces the open file with a backup; the file being replaced is first kept as another backup. */
  async restore(name: string): Promise<DatabaseStatus> {
    const src = backupPath(this.file, name);
    if (!src) throw notFound('backup', name);
    const health = checkDatabaseFile(src);
    if (!health.ok) throw badRequest(`That backup cannot be used (${health.reason}). Choose another one.`);
    const staged = `${this.file}.restoring`;
    copyDurably(src, staged); // before the backup below, whose rotation could remove the one being restored
    if (this.db) {
      await makeBackup(this.db, this.file, 'before-restore');
      this.db.close();
      this.db = null;
    }
    // A clean close removes -wal and -shm; any left belong to the file being replaced, kept in that backup.
    for (const s of SIDE_FILES) fs.rmSync(this.file + s, { force: true });
    fs.renameSync(staged, this.file);
    const s = await openExisting(this.file, this.migrations);
    this.db = s.db && forEditing(s.db);
    this.recovery = s.recovery;
    this.changesAtBackup = -1;
    return this.status();
  }

  /** After a damaged file was moved aside: a new file with the sample plan, only when asked. */
  startAgain(): DatabaseStatus {
    if (this.db) throw badRequest('A plans file is open already.');
    this.db = forEditing(createWithSample(this.file, this.migrations));
    this.recovery = null;
    return this.status();
  }

  /** What the checkpoint timer does on each look (called directly by tests and benchmarks). */
  checkpointIfIdle(now?: number): CheckpointDone {
    return this.checkpoints.tick(now);
  }

  /** Backs up at intervals while the plan changes; the timer never keeps the process alive. */
  startBackupTimer(intervalMs = BACKUP_INTERVAL_MS, onError: (e: unknown) => void = console.error): void {
    this.timer = setInterval(() => {
      if (!this.db || totalChanges(this.db) === this.changesAtBackup) return;
      this.backupNow('interval').catch(onError);
    }, intervalMs);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.checkpoints.stop();
    try {
      if (this.db?.open) this.checkpoints.checkpoint(this.db);
    } catch {
      // A full disk: the WAL keeps every edit and is replayed at the next open; closing must still go on.
    }
    this.db?.close();
    this.db = null;
    this.lock.release();
  }
}

/**
 * SQLite cannot open a WAL database in a folder it cannot write (not even read-only: it needs the -shm
 * file), so say so plainly instead of reporting the file as damaged.
 */
function assertWritableFolder(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) return;
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new DatabaseOpenError(
      `Plan Editor cannot write to the folder ${dir} (it is read-only). Copy the plans file to a folder you can write to, or make this one writable; the file has not been changed.`,
    );
  }
}

function createWithSample(file: string, migrations: readonly string[]): Db {
  const db = openDatabase(file, { migrations });
  importSample(db);
  return db;
}

const totalChanges = (db: Db): number => db.prepare('SELECT total_changes()').pluck().get() as number;

function copyDurably(src: string, dest: string): void {
  fs.copyFileSync(src, dest);
  const fd = fs.openSync(dest, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
