/**
 * Schema guard: the schema a fresh database gets must equal the committed snapshot. Migrations are
 * append-only; a change here means a released migration was edited, or a new one needs the snapshot
 * updated deliberately (UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/schema-guard.test.ts).
 * Released migrations are also pinned by their text: some are composed from shared pieces
 * (electron/db/migration-sql.ts), and an edit there must not change a byte of what they run.
 */
import { expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../../electron/db/migrations';
import { tempDb } from '../support/fixtures';

const SNAPSHOT = path.join(__dirname, 'schema-snapshot.sql');

it('a new database has exactly the committed schema', () => {
  const { db } = tempDb();
  const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name').pluck().all() as string[])
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .join(';\n');
  db.close();
  if (process.env.UPDATE_SCHEMA_SNAPSHOT) fs.writeFileSync(SNAPSHOT, `${sql};\n`);
  expect(`${sql};\n`).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
});

/** SHA-256 of each released migration's text; a new migration is appended here when it is released. */
const RELEASED = [
  '0b6ef4f3968abacd8e2064462732b397db228484aca9da452034b37b9deaf333',
  'edf853a71c54aea4311f915bde062f2e99f0a10db2cb3e072047d5ad9eb948a4',
  'eb48d5aba9af5f14245ebec3037a8fe4ebbd4340324fe69285ba8ee0b2a4836b',
  'f66766597e578c20515771d3f625bb9a1f04196432fb05f42177f2b877e4be1f',
];

it('runs every released migration exactly as released, byte for byte', () => {
  expect(MIGRATIONS.slice(0, RELEASED.length).map((m) => createHash('sha256').update(m).digest('hex'))).toEqual(RELEASED);
});
