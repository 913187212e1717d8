/**
 * SQL that several released migrations repeat, written once: the four plan tables (created by migration 1,
 * rebuilt with AUTOINCREMENT ids by migration 2) and migration 4's uuid column, index and trigger on each.
 * Frozen like the migrations themselves: editing a piece here edits history. The schema guard test pins
 * each released migration's text, so such an edit fails it.
 */

/** The plan tables in the order the migrations treat them: each one's columns after `id`, and its index. */
export const PLAN_TABLES = [
  {
    name: 'plan',
    columns: `
    directorate_id INTEGER NOT NULL REFERENCES directorate(id),
    kind TEXT NOT NULL CHECK (kind IN ('unit', 'introduction')),
    division TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    cabinet_member TEXT NOT NULL DEFAULT '',
    director TEXT NOT NULL DEFAULT '',
    plan_contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL`,
    index: 'CREATE INDEX plan_directorate ON plan(directorate_id);',
  },
  {
    name: 'plan_section',
    columns: `
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    title TEXT NOT NULL`,
    index: 'CREATE INDEX plan_section_plan ON plan_section(plan_id, position);',
  },
  {
    name: 'plan_block',
    columns: `
    section_id INTEGER NOT NULL REFERENCES plan_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('narrative', 'table')),
    doc TEXT,
    table_kind TEXT,
    title TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    CHECK ((kind = 'narrative' AND doc IS NOT NULL) OR (kind = 'table' AND table_kind IS NOT NULL))`,
    index: 'CREATE INDEX plan_block_section ON plan_block(section_id, position);',
  },
  {
    name: 'plan_row',
    columns: `
    block_id INTEGER NOT NULL REFERENCES plan_block(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    cells TEXT NOT NULL DEFAULT '{}'`,
    index: 'CREATE INDEX plan_row_block ON plan_row(block_id, position);',
  },
];

type PlanTable = (typeof PLAN_TABLES)[number];

const createTable = (name: string, id: string, columns: string) => `
  CREATE TABLE ${name} (
    id ${id},${columns}
  );`;

/** Migration 1: the table with its index. */
export const createPlanTable = (t: PlanTable) => `${createTable(t.name, 'INTEGER PRIMARY KEY', t.columns)}
  ${t.index}`;

/** Migration 2: the same table rebuilt by SQLite's documented procedure, so ids are never handed out twice. */
export const rebuildWithAutoincrement = (t: PlanTable) => `${createTable(`${t.name}_v2`, 'INTEGER PRIMARY KEY AUTOINCREMENT', t.columns)}
  INSERT INTO ${t.name}_v2 SELECT * FROM ${t.name};
  DROP TABLE ${t.name};
  ALTER TABLE ${t.name}_v2 RENAME TO ${t.name};
  ${t.index}`;

/** A random UUID v4 in SQL (version nibble 4, variant 8-b), lower case. */
export const UUID_SQL =
  "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

/** Migration 4: a uuid for every existing row, unique, and a trigger that gives one to inserts bringing none. */
export const addUuid = (t: PlanTable) => `
  ALTER TABLE ${t.name} ADD COLUMN uuid TEXT;
  UPDATE ${t.name} SET uuid = ${UUID_SQL};
  CREATE UNIQUE INDEX ${t.name}_uuid ON ${t.name}(uuid);
  CREATE TRIGGER ${t.name}_uuid_on_insert AFTER INSERT ON ${t.name} WHEN NEW.uuid IS NULL BEGIN
    UPDATE ${t.name} SET uuid = ${UUID_SQL} WHERE id = NEW.id;
  END;`;
