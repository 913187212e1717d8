/**
 * WAL checkpoints off the edit path: the app's connection never checkpoints inside a commit, checkpoints
 * once the database is left alone, and a burst of 2,000 edits leaves a WAL that is then truncated, with every
 * edit in the file after a reopen.
 */
import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { IdleCheckpointer, WAL_SIZE_LIMIT, forEditing } from '../../electron/db/checkpoints';
import { durabilityProblems, openDatabase } from '../../electron/db/open';
import { cellOf, firstBudgetLine, freshFolder } from '../support/db-files';

const walSize = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
const walFrames = (db: ReturnType<AppDatabase['get']>) => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;

async function session() {
  const file = path.join(freshFolder(), 'plans.db');
  const app = await AppDatabase.open(file);
  const dispatch = makeDispatch(makeHandlers(app));
  const line = firstBudgetLine(app.get());
  const edit = async (value: number) => {
    const r = await dispatch('updateCell', { rowId: line, column: 'employee', value });
    if (!r.ok) throw new Error(r.error.message);
  };
  return { file, app, edit, line };
}

describe('the connection that serves edits', () => {
  it('runs without automatic checkpoints, and stays durable (WAL, FULL, foreign keys)', async () => {
    const { app } = await session();
    expect(app.get().pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(durabilityProblems(app.get())).toEqual([]);
    app.close();
  });

  it('keeps that setting after a backup is restored', async () => {
    const { app } = await session();
    const backup = await app.backupNow();
    await app.restore(backup.name);
    expect(app.get().pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    app.close();
  });
});

describe('idle checkpoints', () => {
  it('2,000 edits never checkpoint mid-edit; once idle the WAL is checkpointed and truncated, and every edit is in the file', async () => {
    const { file, app, edit, line } = await session();
    app.checkpointIfIdle(Date.now() + 60_000); // start from a checkpointed file
    for (let i = 0; i < 2000; i++) await edit(1000 + i + 0.5);
    // Every frame since the start is still in the WAL: no commit checkpointed it (auto would have at 1,000 pages).
    expect(walFrames(app.get())).toBeGreaterThan(2000);
    expect(walSize(file)).toBeGreaterThan(WAL_SIZE_LIMIT);
    // While calls keep coming, nothing happens; once the database is left alone, the checkpoint runs.
    expect(app.checkpointIfIdle(Date.now())).toBe('nothing to do');
    expect(app.checkpointIfIdle(Date.now() + 60_000)).toBe('truncated');
    expect(walSize(file)).toBe(0);
    expect(app.checkpointIfIdle(Date.now() + 60_000)).toBe('nothing to do');
    // A few more edits: a small WAL is checkpointed but kept, well under the limit.
    for (let i = 0; i < 20; i++) await edit(5000 + i);
    expect(app.checkpointIfIdle(Date.now() + 60_000)).toBe('passive');
    expect(walSize(file)).toBeLessThanOrEqual(WAL_SIZE_LIMIT);
    app.close();
    const reopened = openDatabase(file);
    expect(cellOf(reopened, line, 'employee')).toBe(5019);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it('the timer checkpoints on its own once calls stop', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    const db = forEditing(openDatabase(file));
    const checkpointer = new IdleCheckpointer(() => db, file, { intervalMs: 20, idleMs: 10, walSizeLimit: 64 * 1024 });
    db.exec('CREATE TABLE IF NOT EXISTS scratch (x TEXT)');
    const insert = db.prepare('INSERT INTO scratch VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(500));
    checkpointer.touch();
    expect(walSize(file)).toBeGreaterThan(64 * 1024);
    checkpointer.start();
    await vi.waitFor(() => expect(walSize(file)).toBe(0), { timeout: 5000, interval: 20 });
    checkpointer.stop();
    db.close();
  });

  it('a reader holding old frames makes a checkpoint wait, and it completes later', async () => {
    const { file, app, edit } = await session();
    const reader = openDatabase(file);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM plan_row').get(); // a read transaction now pins the WAL as it is
    await edit(1234.5);
    expect(app.checkpointIfIdle(Date.now() + 60_000)).toBe('busy');
    reader.exec('COMMIT');
    reader.close();
    expect(app.checkpointIfIdle(Date.now() + 60_000)).not.toBe('busy');
    app.close();
  });
});
