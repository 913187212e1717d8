/**
 * WAL checkpoints off the edit path. By default SQLite checkpoints inside the commit that takes the WAL past
 * 1,000 pages, so now and then one edit pays for copying the WAL into the database and its fsyncs. The
 * connection that serves edits turns that off (`wal_autocheckpoint = 0`) and checkpoints here instead: from
 * a timer, only once no call has touched the database for a moment, PASSIVE (it never waits for or blocks
 * anything), and only when something was written since the last one. A WAL grown past a limit by a burst of
 * edits is then truncated, so it cannot grow without bound. Durability is unchanged: every commit is still
 * fsynced to the WAL (synchronous = FULL), and an unchecked WAL is replayed when the file is next opened.
 */
import fs from 'node:fs';
import type { Db } from './open';

/** How often the timer looks, how long the database must be left alone first, and the WAL size kept. */
export const CHECKPOINT_INTERVAL_MS = 2_000;
export const CHECKPOINT_IDLE_MS = 1_000;
export const WAL_SIZE_LIMIT = 4 * 1024 * 1024;

export type CheckpointDone = 'nothing to do' | 'busy' | 'passive' | 'truncated';

/** Sets a connection up to serve edits: no checkpoint inside a commit. */
export function forEditing(db: Db): Db {
  db.pragma('wal_autocheckpoint = 0');
  return db;
}

const totalChanges = (db: Db): number => db.prepare('SELECT total_changes()').pluck().get() as number;
const walBytes = (file: string): number => {
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
};

export interface IdleCheckpointOptions {
  intervalMs?: number;
  idleMs?: number;
  walSizeLimit?: number;
  onError?: (e: unknown) => void;
}

export class IdleCheckpointer {
  private lastUse = 0;
  private changesAtCheckpoint = -1;
  private checkpointedDb: Db | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly idleMs: number;
  private readonly walSizeLimit: number;

  /** `db` is asked for the connection each time: a restore replaces it. */
  constructor(
    private readonly db: () => Db | null,
    private readonly file: string,
    private readonly opts: IdleCheckpointOptions = {},
  ) {
    this.idleMs = opts.idleMs ?? CHECKPOINT_IDLE_MS;
    this.walSizeLimit = opts.walSizeLimit ?? WAL_SIZE_LIMIT;
  }

  /** A call is using the database: no checkpoint until it has been left alone for `idleMs`. */
  touch(now = Date.now()): void {
    this.lastUse = now;
  }

  /** One look: checkpoints when idle and something was written since the last checkpoint. */
  tick(now = Date.now()): CheckpointDone {
    const db = this.db();
    if (!db || !db.open || now - this.lastUse < this.idleMs || db.inTransaction) return 'nothing to do';
    const changes = totalChanges(db);
    if (db === this.checkpointedDb && changes === this.changesAtCheckpoint) return 'nothing to do';
    return this.checkpoint(db, changes);
  }

  /** Checkpoints now, whatever the time: on close, and by tick. */
  checkpoint(db: Db, changes = totalChanges(db)): CheckpointDone {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    if (r.busy || r.checkpointed < r.log) return 'busy'; // a reader elsewhere holds old frames; try again later
    this.checkpointedDb = db;
    this.changesAtCheckpoint = changes;
    // Everything is in the database now, so truncating copies nothing: it only gives the space back.
    if (walBytes(this.file) > this.walSizeLimit) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      return 'truncated';
    }
    return 'passive';
  }

  /** Looks every `intervalMs`; the timer never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      try {
        this.tick();
      } catch (e) {
        (this.opts.onError ?? console.error)(e);
      }
    }, this.opts.intervalMs ?? CHECKPOINT_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
