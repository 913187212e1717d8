import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, DatabaseOpenError } from '../../electron/db/open';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { tempDir, tempDb } from '../support/fixtures';

describe('opening the plan database', () => {
  it('creates a new file with the schema, WAL, synchronous FULL and foreign keys', () => {
    const { db } = tempDb();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'change_log',
      'database_identity',
      'directorate',
      'plan',
      'plan_block',
      'plan_file_snapshot',
      'plan_review',
      'plan_row',
      'plan_section',
      'plan_version',
      'sqlite_sequence',
    ]);
    db.close();
  });

  it('reopens an existing database without migrating it again', () => {
    const { db, file } = tempDb();
    db.prepare("INSERT INTO directorate (name) VALUES ('X')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT name FROM directorate').pluck().all()).toEqual(['X']);
    again.close();
  });

  it('refuses a file that is not a database, and leaves it byte for byte as it was', () => {
    const file = path.join(tempDir(), 'plans.db');
    const junk = Buffer.from('This is a spreadsheet, not a database.\n'.repeat(200));
    fs.writeFileSync(file, junk);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(file)).toThrow(/not a Plan Editor database or is damaged.*has not been changed/);
    expect(fs.readFileSync(file).equals(junk)).toBe(true);
  });

  it('refuses a damaged database file and does not change it', () => {
    const { db, file } = tempDb();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, 4096 * 2); // overwrite the schema page
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a SQLite database that belongs to another program', () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE accounts (id INTEGER)');
    other.close();
    expect(() => openDatabase(file)).toThrow(/not a Plan Editor one/);
  });

  it('refuses a database written by a newer version', () => {
    const { db, file } = tempDb();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer Plan Editor/);
  });

  it('reports a missing file when asked not to create one', () => {
    expect(() => openDatabase(path.join(tempDir(), 'none.db'), { create: false })).toThrow(/No plan database/);
  });
});
