import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppDatabase } from '../../electron/app-database';
import { DatabaseOpenError } from '../../electron/db/open';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { checkDatabaseFile } from '../../electron/db/health';
import { listBackups } from '../../electron/db/backups';
import { updateCell } from '../../electron/services/rows';
import { listPlans } from '../../electron/services/plans';
import fc from 'fast-check';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { cellOf, contentDigest, fileSet, firstBudgetLine, freshFolder } from '../support/db-files';

/** A plans file with the sample, a backup, then one more edit that the backup does not hold. */
async function fileWithBackup(): Promise<{ file: string; rowId: number; before: unknown }> {
  const file = path.join(freshFolder(), 'plans.db');
  const app = await AppDatabase.open(file);
  const db = app.get();
  const rowId = firstBudgetLine(db);
  const before = cellOf(db, rowId, 'employee');
  await app.backupNow();
  updateCell(db, rowId, 'employee', 999.9);
  app.close();
  return { file, rowId, before };
}

/** Opens a WAL database and copies its files while it is still open: what a crash leaves on disk. */
function crashCopy(from: string, to: string, edit: (db: Database.Database) => void): void {
  const db = new Database(from);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  edit(db);
  for (const s of ['', '-wal', '-shm']) if (fs.existsSync(from + s)) fs.copyFileSync(from + s, to + s);
  db.close();
}

const corruptions: Record<string, (file: string) => void> = {
  'a truncated file': (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3)),
  'a zeroed header': (file) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100), 0, 100, 0);
    fs.closeSync(fd);
  },
  'flipped bytes in a b-tree page': (file) => {
    const bytes = fs.readFileSync(file);
    const page = 4096 * 3;
    for (let i = page; i < page + 64; i++) bytes[i] ^= 0xff;
    fs.writeFileSync(file, bytes);
  },
  'flipped bytes inside a row of text': (file) => {
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('"activity":"Senior secondary advisers"');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 0xff; // the JSON's opening quote: the row no longer parses, though SQLite's page is intact
    fs.writeFileSync(file, bytes);
  },
  'a -wal from another database': (file) => {
    const other = path.join(freshFolder(), 'other.db');
    crashCopy(other, `${file}.foreign`, (db) => {
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
      db.pragma('application_id = 1234');
      for (let i = 0; i < 200; i++) db.prepare('INSERT INTO notes (text) VALUES (?)').run('x'.repeat(500));
    });
    fs.copyFileSync(`${file}.foreign-wal`, `${file}-wal`);
    fs.rmSync(`${file}.foreign`);
    fs.rmSync(`${file}.foreign-wal`);
    fs.rmSync(`${file}.foreign-shm`, { force: true });
  },
};

describe('a damaged plans file at start-up', () => {
  for (const [name, corrupt] of Object.entries(corruptions)) {
    it(`${name}: is moved aside byte for byte, never replaced, and the newest good backup is offered and restores`, async () => {
      const { file, rowId, before } = await fileWithBackup();
      corrupt(file);
      const damaged = fileSet(file);
      expect(checkDatabaseFile(file).ok).toBe(false);

      const app = await AppDatabase.open(file);
      const { recovery } = app.status();
      expect(recovery?.reason).toMatch(/could not be used/);
      expect(fs.existsSync(file)).toBe(false); // no fresh empty database in its place
      const moved = Object.fromEntries(recovery!.movedTo.map((p) => [p.slice(p.lastIndexOf('.db') + 3), fs.readFileSync(p)]));
      expect(Object.keys(moved).sort()).toEqual(Object.keys(damaged).sort());
      for (const suffix of Object.keys(damaged)) expect(moved[suffix].equals(damaged[suffix])).toBe(true);
      expect(() => app.get()).toThrow(/No plans file is open/);

      expect(recovery!.backup?.reason).toBe('manual');
      await app.restore(recovery!.backup!.name);
      expect(app.status().recovery).toBeNull();
      expect(cellOf(app.get(), rowId, 'employee')).toBe(before); // the backup's state, not the later edit
      expect(listPlans(app.get()).length).toBeGreaterThan(0);
      app.close();
    });
  }

  it('a deleted -wal cannot be detected by SQLite: the file opens at its last checkpoint, sound', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    const app = await AppDatabase.open(file);
    const rowId = firstBudgetLine(app.get());
    const before = cellOf(app.get(), rowId, 'employee');
    app.get().pragma('wal_checkpoint(TRUNCATE)');
    app.close();
    const copy = path.join(freshFolder(), 'plans.db');
    crashCopy(file, copy, (db) => db.prepare("UPDATE plan_row SET cells = json_set(cells, '$.employee', 1.5) WHERE id = ?").run(rowId));
    fs.rmSync(`${copy}-wal`);
    const reopened = await AppDatabase.open(copy);
    expect(reopened.status().recovery).toBeNull();
    expect(cellOf(reopened.get(), rowId, 'employee')).toBe(before);
    reopened.close();
  });

  it('a file from a newer Plan Editor is refused with a message and left in place, unchanged', async () => {
    const { file } = await fileWithBackup();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = fileSet(file);
    await expect(AppDatabase.open(file)).rejects.toThrow(DatabaseOpenError);
    await expect(AppDatabase.open(file)).rejects.toThrow(/newer Plan Editor/);
    expect(fileSet(file)).toEqual(bytes);
    expect(fs.existsSync(path.join(path.dirname(file), 'damaged'))).toBe(false);
  });

  it('with no backup, nothing is offered and the user may start again with the sample plan', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    fs.writeFileSync(file, Buffer.from('not a database at all'.repeat(100)));
    const app = await AppDatabase.open(file);
    expect(app.status().recovery?.backup).toBeNull();
    app.startAgain();
    expect(listPlans(app.get()).map((p) => p.header.title).length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(path.dirname(file), 'damaged'))).toHaveLength(1);
    app.close();
  });
});

describe('backups', () => {
  it('are made at open only when the file changed since the newest, rotate to a bound, and list newest first', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    let app = await AppDatabase.open(file); // first run: created with the sample
    app.close();
    app = await AppDatabase.open(file);
    expect(listBackups(file).map((b) => b.reason)).toEqual(['open']);
    app.close();
    app = await AppDatabase.open(file); // nothing written since: no second copy of the same data
    expect(listBackups(file)).toHaveLength(1);
    for (let i = 0; i < 14; i++) await app.backupNow();
    const list = listBackups(file);
    expect(list).toHaveLength(12);
    expect(list.map((b) => b.at)).toEqual([...list.map((b) => b.at)].sort().reverse());
    expect(fs.readdirSync(path.dirname(path.join(file, '..', 'backups', 'x'))).every((n) => n.endsWith('.db'))).toBe(true);
    for (const b of list) expect(checkDatabaseFile(path.join(path.dirname(file), 'backups', b.name)).ok).toBe(true);
    app.close();
  });

  it('restoring keeps the current file as another backup, and refuses names that are not backups', async () => {
    const { file, rowId, before } = await fileWithBackup();
    const app = await AppDatabase.open(file);
    const manual = listBackups(file).find((b) => b.reason === 'manual')!;
    await expect(app.restore('../plans.db')).rejects.toThrow(/No backup/);
    await app.restore(manual.name);
    expect(cellOf(app.get(), rowId, 'employee')).toBe(before);
    const kept = listBackups(file).find((b) => b.reason === 'before-restore')!;
    await app.restore(kept.name); // and back again: the edit made after the backup was not lost
    expect(cellOf(app.get(), rowId, 'employee')).toBe(999.9);
    app.close();
  });

  it('at intervals while the plan changes, and not while it does not', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    const app = await AppDatabase.open(file);
    const intervals = () => listBackups(file).filter((b) => b.reason === 'interval').length;
    // The timer's ticks are driven by hand and each backup awaited: no sleeping, and no race with a slow disk.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const backups = vi.spyOn(app, 'backupNow');
      app.startBackupTimer(40);
      vi.advanceTimersByTime(40);
      expect(backups).toHaveBeenCalledTimes(1); // the sample import counted as a change
      await backups.mock.results[0].value;
      vi.advanceTimersByTime(120);
      expect(backups).toHaveBeenCalledTimes(1); // three ticks, nothing changed
      expect(intervals()).toBe(1);
      updateCell(app.get(), firstBudgetLine(app.get()), 'employee', 12.3);
      vi.advanceTimersByTime(40);
      expect(backups).toHaveBeenCalledTimes(2);
      await backups.mock.results[1].value;
      expect(intervals()).toBe(2);
    } finally {
      vi.useRealTimers();
      app.close();
    }
  });

  it('through the API, a restore of anything but a listed backup is refused and changes nothing (fuzzed names)', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    const app = await AppDatabase.open(file);
    await app.backupNow();
    const call = makeDispatch(makeHandlers(app), () => {});
    const before = contentDigest(app.get());
    const backups = listBackups(file);
    const tricks = [
      '../plans.db',
      'plans-../../plans.db',
      'plans.db',
      '/etc/passwd',
      'plans-x.db\u0000',
      `${backups[0].name}/`,
      `../backups/${backups[0].name}`,
      `plans-${'a'.repeat(300)}.db`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom(...tricks), fc.anything()), async (name) => {
        const r = await call('restoreBackup', { name });
        expect(r.ok ? 'restored' : r.error.code).toMatch(/^(BAD_REQUEST|NOT_FOUND)$/);
      }),
      { numRuns: 300 },
    );
    expect(contentDigest(app.get())).toBe(before);
    expect(listBackups(file)).toEqual(backups);
    expect(await call('listBackups', {})).toEqual({ ok: true, result: backups });
    expect(await call('databaseStatus', {})).toEqual({ ok: true, result: { file, recovery: null } });
    app.close();
  });
});
