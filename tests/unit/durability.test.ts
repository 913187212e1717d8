import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { CONNECTION_PRAGMAS, durabilityProblems, openDatabase, schemaVersion } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';
import { importSample } from '../../electron/services/sample';
import { run } from '../../electron/cli/main';
import { contentDigest, firstBudgetLine, freshFolder } from '../support/db-files';
import type { Db } from '../../electron/db/open';

describe('the durability rule', () => {
  it('every connection runs WAL with synchronous FULL and foreign keys, read back from SQLite', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    const app = await AppDatabase.open(file);
    expect(durabilityProblems(app.get())).toEqual([]);
    expect(app.get().pragma('synchronous', { simple: true })).toBe(2);
    app.close();
    const reopened = openDatabase(file);
    expect(durabilityProblems(reopened)).toEqual([]);
    reopened.close();
  });

  it('is needed: a WAL database reopened with better-sqlite3 defaults runs synchronous NORMAL, which the check catches', () => {
    const file = path.join(freshFolder(), 'raw.db');
    const created = new Database(file);
    created.pragma('journal_mode = WAL');
    created.exec('CREATE TABLE t (x)');
    created.close();
    const raw = new Database(file);
    expect(raw.pragma('synchronous', { simple: true })).toBe(1);
    expect(durabilityProblems(raw)).toEqual(['synchronous is not FULL']);
    raw.close();
    // FULL is set after the switch to WAL, so the switch cannot reset it.
    expect(CONNECTION_PRAGMAS.indexOf('synchronous = FULL')).toBeGreaterThan(CONNECTION_PRAGMAS.indexOf('journal_mode = WAL'));
  });
});

describe('migrations', () => {
  it('run one per transaction with their version bump: a failing one leaves exactly the version before it', () => {
    const file = path.join(freshFolder(), 'plans.db');
    openDatabase(file).close();
    const broken = [
      ...MIGRATIONS,
      'CREATE TABLE extra (id INTEGER); INSERT INTO extra VALUES (1);',
      'CREATE TABLE half (id INTEGER); SELECT no_such_function();',
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/could not be opened/);
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toContain('extra');
    expect(tables).not.toContain('half');
    db.close();
  });

  it('2 rebuilds the tables with ids that are never reused, keeping every record and starting above ids the log can restore', () => {
    const file = path.join(freshFolder(), 'plans.db');
    const v1 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    v1.exec(`
      INSERT INTO directorate (id, name) VALUES (1, 'CFE');
      INSERT INTO plan VALUES (1, 1, 'unit', 'Standards', 'Plan', 2008, 'CW', 'GR', 'AB', 't', 't');
      INSERT INTO plan_section VALUES (1, 1, 0, 1, 'Budget');
      INSERT INTO plan_block VALUES (1, 1, 0, 'table', NULL, 'budget', 'Secondary', '{}');
      INSERT INTO plan_row VALUES (1, 1, 0, 'line', '{"activity":"Advisers"}'), (2, 1, 1, 'line', '{"activity":"Strategy"}');
      INSERT INTO change_log (plan_id, step, at, entity, entity_id, field, old, new) VALUES
        (1, 1, 't', 'row', 9, NULL, '{"id":9}', NULL),
        (1, 2, 't', 'section', 4, NULL, '{"id":4,"blocks":[{"id":7,"rows":[{"id":12}]}]}', NULL);`);
    v1.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT json_extract(cells, '$.activity') FROM plan_row ORDER BY id").pluck().all()).toEqual(['Advisers', 'Strategy']);
    expect(db.prepare('SELECT name, seq FROM sqlite_sequence ORDER BY name').raw().all()).toEqual([
      ['plan', 1],
      ['plan_block', 7],
      ['plan_row', 12],
      ['plan_section', 4],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.prepare('DELETE FROM plan WHERE id = 1').run(); // cascades still work after the rebuild
    expect(db.prepare('SELECT count(*) FROM plan_row').pluck().get()).toBe(0);
    db.close();
  });

  it('are preceded by a backup of the file as it was', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    (await AppDatabase.open(file)).close();
    const app = await AppDatabase.open(file, { migrations: [...MIGRATIONS, 'CREATE TABLE extra (id INTEGER);'] });
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'));
    const before = backups.find((n) => n.includes('before-migration'))!;
    const old = new Database(path.join(path.dirname(file), 'backups', before), { readonly: true });
    expect(schemaVersion(old)).toBe(MIGRATIONS.length);
    old.close();
    expect(schemaVersion(app.get())).toBe(MIGRATIONS.length + 1);
    app.close();
  });
});

describe('one Plan Editor per plans file', () => {
  it('a second opener is told plainly; a lock left by a killed process is taken over', async () => {
    const file = path.join(freshFolder(), 'plans.db');
    (await AppDatabase.open(file)).close();
    const holder = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/support/hold-lock.ts'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
    await expect(AppDatabase.open(file)).rejects.toThrow(`is already open in Plan Editor (test holder) (process ${holder.pid}`);
    const lines: string[] = [];
    await expect(run(['list', file], (s) => lines.push(s))).rejects.toThrow(/already open/);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const app = await AppDatabase.open(file);
    expect(app.get()).toBeTruthy();
    await expect(AppDatabase.open(file)).rejects.toThrow(/already open/); // also within one process
    app.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});

/** A plan's database with the sample, and the ids the operations below need. */
function sampleSession(): { db: Db; call: ReturnType<typeof makeDispatch>; planId: number; budgetBlock: number; actionRow: number } {
  const db = openDatabase(path.join(freshFolder(), 'plans.db'));
  importSample(db);
  const { budgetBlock, planId } = db
    .prepare(
      "SELECT b.id AS budgetBlock, s.plan_id AS planId FROM plan_block b JOIN plan_section s ON s.id = b.section_id WHERE b.table_kind = 'budget' ORDER BY b.id LIMIT 1",
    )
    .get() as { budgetBlock: number; planId: number };
  const actionRow = db
    .prepare("SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.table_kind = 'actions' AND r.role = 'action' LIMIT 1")
    .pluck()
    .get() as number;
  return { db, call: makeDispatch(makeHandlers(db), () => {}), planId, budgetBlock, actionRow };
}

type Session = ReturnType<typeof sampleSession>;
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ activity: `${tag} ${i} ${'x'.repeat(1500)}`, employee: i }));
const operations: Record<string, (s: Session) => [string, unknown]> = {
  'an edit': (s) => ['updateCell', { rowId: s.actionRow, column: 'title', value: 'Long action text. '.repeat(2500) }],
  'a paste': (s) => ['updateCells', { blockId: s.budgetBlock, changes: [], append: lines(120, 'Pasted') }],
  'an import': (s) => [
    'applyEdits',
    { planId: s.planId, changes: [], added: lines(150, 'Imported').map((cells) => ({ blockId: s.budgetBlock, cells })), removed: [] },
  ],
};

describe('a full disk', () => {
  for (const [name, op] of Object.entries(operations)) {
    it(`${name} failing at each write step is reported as not saved, keeps nothing of it, and succeeds once space returns`, async () => {
      const s = sampleSession();
      const [method, arg] = op(s);
      const pages = s.db.pragma('page_count', { simple: true }) as number;
      let failures = 0;
      for (let room = 0; ; room++) {
        s.db.pragma(`max_page_count = ${pages + room}`);
        const before = contentDigest(s.db);
        const r = await s.call(method, arg);
        if (r.ok) break;
        failures++;
        expect(r.error).toEqual({ code: 'NOT_SAVED', message: expect.stringMatching(/^Not saved: the disk is full/) });
        expect(contentDigest(s.db)).toBe(before);
      }
      expect(failures).toBeGreaterThan(10); // it failed at many different points before there was room
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const undone = await s.call('undo', { planId: s.planId });
      expect(undone.ok).toBe(true);
      s.db.close();
    });
  }
});

describe('a read-only plans file', () => {
  it('edits are reported as not saved, the old value stays, and editing works again once it is writable', async () => {
    const s = sampleSession();
    const rowId = firstBudgetLine(s.db);
    const before = contentDigest(s.db);
    s.db.pragma('query_only = ON'); // what a read-only file or folder looks like to SQLite (root ignores chmod)
    const r = await s.call('updateCell', { rowId, column: 'employee', value: 1 });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_SAVED', message: expect.stringMatching(/read-only/) } });
    expect(contentDigest(s.db)).toBe(before);
    s.db.pragma('query_only = OFF');
    expect((await s.call('updateCell', { rowId, column: 'employee', value: 1 })).ok).toBe(true);
    s.db.close();
  });

  it('a file opened read-only by SQLite itself gives the same message', async () => {
    const s = sampleSession();
    const file = s.db.name;
    s.db.close();
    const ro = new Database(file, { readonly: true });
    const call = makeDispatch(makeHandlers(ro), () => {});
    const r = await call('updateCell', { rowId: firstBudgetLine(ro), column: 'employee', value: 1 });
    expect(r.ok ? null : r.error.code).toBe('NOT_SAVED');
    ro.close();
  });
});
