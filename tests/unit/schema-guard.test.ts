/**
 * Schema guard: the schema a fresh database gets must equal the committed snapshot. Migrations are
 * append-only; a change here means a released migration was edited, or a new one needs the snapshot
 * updated deliberately (UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/schema-guard.test.ts).
 */
import { expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDb } from './fixtures';

const SNAPSHOT = path.join(__dirname, 'schema-snapshot.sql');

it('a new database has exactly the committed schema', () => {
  const { db } = tempDb();
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name").pluck().all() as string[])
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .join(';\n');
  db.close();
  if (process.env.UPDATE_SCHEMA_SNAPSHOT) fs.writeFileSync(SNAPSHOT, `${sql};\n`);
  expect(`${sql};\n`).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
});
