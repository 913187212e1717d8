/**
 * A really full disk and a really read-only folder, on a small tmpfs mounted for the test. Mounting needs
 * root (CI runs as root); elsewhere these are skipped with that reason, and durability.test.ts still forces
 * SQLITE_FULL with max_page_count and SQLITE_READONLY with query_only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { cellOf, contentDigest, firstBudgetLine, freshFolder } from '../support/db-files';

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const probe = freshFolder();
const canMount = tryMount(probe, '1m') && (execFileSync('umount', [probe]), true);
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
});

async function sessionOnTmpfs(size: string) {
  const dir = freshFolder();
  expect(tryMount(dir, size)).toBe(true);
  mounted.push(dir);
  const session = await AppDatabase.open(path.join(dir, 'plans.db'));
  const call = makeDispatch(makeHandlers(session), () => {});
  return { dir, session, call, rowId: firstBudgetLine(session.get()) };
}

describe.skipIf(!canMount)('on a real small disk (tmpfs; needs root to mount)', () => {
  it('a full disk: the edit is not saved, nothing of it is kept, and it saves once space is freed', async () => {
    const { dir, session, call, rowId } = await sessionOnTmpfs('3m');
    const filler = path.join(dir, 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024)); // until the disk is full
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const before = contentDigest(session.get());
    const long = 'A long account of the action. '.repeat(1500);
    const actionRow = session
      .get()
      .prepare("SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.table_kind = 'actions' AND r.role = 'action' LIMIT 1")
      .pluck()
      .get() as number;
    const r = await call('updateCell', { rowId: actionRow, column: 'title', value: long });
    expect(r.ok ? 'saved' : r.error.code).toBe('NOT_SAVED');
    expect(contentDigest(session.get())).toBe(before);
    fs.rmSync(filler);
    expect((await call('updateCell', { rowId: actionRow, column: 'title', value: long })).ok).toBe(true);
    expect((await call('updateCell', { rowId, column: 'employee', value: 5 })).ok).toBe(true);
    expect(session.get().pragma('integrity_check', { simple: true })).toBe('ok');
    session.close();
  });

  it('a read-only folder: refused at start with a plain message and nothing changed; opens and saves once writable', async () => {
    const { dir, session, rowId } = await sessionOnTmpfs('8m');
    const file = session.file;
    session.close();
    const bytes = fs.readFileSync(file);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    await expect(AppDatabase.open(file)).rejects.toThrow(/cannot write to the folder .* \(it is read-only\)/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    execFileSync('mount', ['-o', 'remount,rw', dir]);
    const again = await AppDatabase.open(file);
    expect(again.status().recovery).toBeNull();
    const call = makeDispatch(makeHandlers(again), () => {});
    expect((await call('updateCell', { rowId, column: 'employee', value: 1 })).ok).toBe(true);
    expect(cellOf(again.get(), rowId, 'employee')).toBe(1);
    again.close();
  });
});
