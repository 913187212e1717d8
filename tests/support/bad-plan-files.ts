/**
 * Damaged and foreign plan files, made from a good one: each must be refused with one sentence naming the
 * file, and nothing changed. Used by tests/unit/plan-files.test.ts (and fit for the stress runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PLAN_FILE_VERSION } from '../../electron/plan-files/format';

export interface BadPlanFile {
  name: string;
  /** What the refusal must mention. */
  reason: RegExp;
  make: (good: Buffer, dir: string) => string;
}

/** Writes a copy of the good file with SQL run on it (through an in-memory copy, so the good one stays). */
const edited = (sql: string) => (good: Buffer, dir: string, name: string) => {
  const db = new Database(good);
  db.exec(sql);
  const file = path.join(dir, name);
  fs.writeFileSync(file, db.serialize());
  db.close();
  return file;
};
const write = (dir: string, name: string, bytes: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

let seed = 7;
const random = (n: number) => Buffer.from(Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255));

export const BAD_PLAN_FILES: BadPlanFile[] = [
  { name: 'truncated.plan', reason: /damaged|not a Plan Editor/, make: (g, d) => write(d, 'truncated.plan', g.subarray(0, Math.floor(g.length / 2))) },
  { name: 'random.plan', reason: /not a Plan Editor plan file/, make: (g, d) => write(d, 'random.plan', random(g.length)) },
  { name: 'empty.plan', reason: /not a Plan Editor plan file/, make: (_g, d) => write(d, 'empty.plan', '') },
  { name: 'text.plan', reason: /not a Plan Editor plan file/, make: (_g, d) => write(d, 'text.plan', 'Dear colleague, the plan is attached.\n'.repeat(40)) },
  { name: 'header-only.plan', reason: /damaged/, make: (g, d) => write(d, 'header-only.plan', Buffer.concat([g.subarray(0, 100), random(g.length - 100)])) },
  {
    name: 'scrambled-pages.plan',
    reason: /damaged/,
    make: (g, d) => {
      const b = Buffer.from(g);
      random(4096).copy(b, 4096 + 200);
      random(2048).copy(b, b.length - 2048);
      return write(d, 'scrambled-pages.plan', b);
    },
  },
  {
    name: 'plain-sqlite.plan',
    reason: /SQLite database but not a Plan Editor plan file/,
    make: (_g, d) => {
      const f = path.join(d, 'plain-sqlite.plan');
      const db = new Database(f);
      db.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hello')");
      db.close();
      return f;
    },
  },
  { name: 'newer.plan', reason: /newer Plan Editor/, make: (g, d) => edited(`PRAGMA user_version = ${PLAN_FILE_VERSION + 1}`)(g, d, 'newer.plan') },
  {
    name: 'bad-json.plan',
    reason: /row 1 of section \d+, block \d+ is not valid JSON/,
    make: (g, d) => edited(`UPDATE plan_row SET cells = '{"activity": "oops' WHERE rowid = (SELECT min(rowid) FROM plan_row)`)(g, d, 'bad-json.plan'),
  },
  {
    name: 'bad-cell.plan',
    reason: /breaks the plan model/,
    make: (g, d) =>
      edited(
        `UPDATE plan_row SET cells = '{"employee": "a lot"}' WHERE role = 'line' AND rowid = (SELECT min(rowid) FROM plan_row WHERE role = 'line' AND cells LIKE '%employee%')`,
      )(g, d, 'bad-cell.plan'),
  },
  {
    name: 'bad-link.plan',
    reason: /breaks the plan model/,
    make: (g, d) =>
      edited(
        `UPDATE plan_block SET doc = '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]}' WHERE rowid = (SELECT min(rowid) FROM plan_block WHERE kind = 'narrative')`,
      )(g, d, 'bad-link.plan'),
  },
  {
    name: 'bad-header.plan',
    reason: /breaks the plan model at header/,
    make: (g, d) => edited(`UPDATE plan SET header = json_set(header, '$.year', 1066)`)(g, d, 'bad-header.plan'),
  },
  {
    name: 'shared-ids.plan',
    reason: /repeats the stable id/,
    make: (g, d) =>
      edited(`UPDATE plan_block SET uuid = (SELECT uuid FROM plan_section LIMIT 1) WHERE rowid = (SELECT max(rowid) FROM plan_block WHERE kind = 'narrative')`)(
        g,
        d,
        'shared-ids.plan',
      ),
  },
  { name: 'no-ids.plan', reason: /stable id/, make: (g, d) => edited(`UPDATE plan SET uuid = 'not-an-id'`)(g, d, 'no-ids.plan') },
  { name: 'two-plans.plan', reason: /holds 2 plans/, make: (g, d) => edited(`INSERT INTO plan SELECT * FROM plan`)(g, d, 'two-plans.plan') },
  {
    name: 'orphans.plan',
    reason: /belong to no section/,
    make: (g, d) =>
      edited(
        `PRAGMA foreign_keys = OFF; INSERT INTO plan_row (uuid, block_uuid, position, role, cells) VALUES ('00000000-0000-4000-8000-000000000001', 'nowhere', 0, 'line', '{}')`,
      )(g, d, 'orphans.plan'),
  },
  { name: 'no-base.plan', reason: /merge base is missing/, make: (g, d) => edited(`DELETE FROM base`)(g, d, 'no-base.plan') },
  { name: 'missing-table.plan', reason: /damaged \(no such table/, make: (g, d) => edited(`DROP TABLE plan_row`)(g, d, 'missing-table.plan') },
];
