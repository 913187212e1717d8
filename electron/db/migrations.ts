/**
 * Schema migrations, append-only: never edit or reorder an entry once released; add a new one.
 * Migration N brings a database from user_version N-1 to N. All pending ones run in one transaction.
 */
export const MIGRATIONS: string[] = [
  /* 1: the plan model (shared/model/plan.ts) and the change log that undo and history read */ `
  CREATE TABLE directorate (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );
  CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    directorate_id INTEGER NOT NULL REFERENCES directorate(id),
    kind TEXT NOT NULL CHECK (kind IN ('unit', 'introduction')),
    division TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    cabinet_member TEXT NOT NULL DEFAULT '',
    director TEXT NOT NULL DEFAULT '',
    plan_contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX plan_directorate ON plan(directorate_id);
  CREATE TABLE plan_section (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    title TEXT NOT NULL
  );
  CREATE INDEX plan_section_plan ON plan_section(plan_id, position);
  CREATE TABLE plan_block (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES plan_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('narrative', 'table')),
    doc TEXT,
    table_kind TEXT,
    title TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    CHECK ((kind = 'narrative' AND doc IS NOT NULL) OR (kind = 'table' AND table_kind IS NOT NULL))
  );
  CREATE INDEX plan_block_section ON plan_block(section_id, position);
  CREATE TABLE plan_row (
    id INTEGER PRIMARY KEY,
    block_id INTEGER NOT NULL REFERENCES plan_block(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    cells TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX plan_row_block ON plan_row(block_id, position);
  CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL,
    step INTEGER NOT NULL,
    at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT,
    old TEXT,
    new TEXT,
    undone INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX change_log_plan_step ON change_log(plan_id, step);
  -- Redo history is small and cleared on every new edit: a partial index keeps that clearing O(redo).
  CREATE INDEX change_log_redo ON change_log(plan_id, step) WHERE undone = 1;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
