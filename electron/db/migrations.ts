/**
 * Schema migrations, append-only: never edit or reorder an entry once released; add a new one.
 * Migration N brings a database from user_version N-1 to N. All pending ones run in one transaction.
 * What several migrations repeat is written once in migration-sql.ts, frozen as these are.
 */
import { addUuid, createPlanTable, PLAN_TABLES, rebuildWithAutoincrement, UUID_SQL } from './migration-sql';

export const MIGRATIONS: string[] = [
  /* 1: the plan model (shared/model/plan.ts) and the change log that undo and history read */ `
  CREATE TABLE directorate (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );${PLAN_TABLES.map(createPlanTable).join('')}
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
  /*
   * 2: ids are never reused. SQLite without AUTOINCREMENT hands the highest id out again once it is deleted,
   * so one plan's new row could take an id that another plan's undo or redo puts back. The four tables are
   * rebuilt by SQLite's documented procedure (foreign keys off around it, see migrate()), and each sequence
   * starts above every id the change log can restore.
   */ `${PLAN_TABLES.map(rebuildWithAutoincrement).join('\n')}

  -- Sections removed with their blocks and rows are kept whole in the log (old or new snapshot).
  CREATE TEMP VIEW logged_section_snapshot AS
    SELECT CASE WHEN old IS NULL OR old = 'null' THEN new ELSE old END AS snap FROM change_log WHERE entity = 'section' AND field IS NULL;
  DELETE FROM sqlite_sequence WHERE name IN ('plan', 'plan_section', 'plan_block', 'plan_row');
  INSERT INTO sqlite_sequence (name, seq) SELECT 'plan', (SELECT coalesce(max(id), 0) FROM plan);
  INSERT INTO sqlite_sequence (name, seq) SELECT 'plan_section', max(
    (SELECT coalesce(max(id), 0) FROM plan_section),
    (SELECT coalesce(max(entity_id), 0) FROM change_log WHERE entity = 'section'));
  INSERT INTO sqlite_sequence (name, seq) SELECT 'plan_block', max(
    (SELECT coalesce(max(id), 0) FROM plan_block),
    (SELECT coalesce(max(json_extract(b.value, '$.id')), 0) FROM logged_section_snapshot s, json_each(s.snap, '$.blocks') b));
  INSERT INTO sqlite_sequence (name, seq) SELECT 'plan_row', max(
    (SELECT coalesce(max(id), 0) FROM plan_row),
    (SELECT coalesce(max(entity_id), 0) FROM change_log WHERE entity = 'row'),
    (SELECT coalesce(max(json_extract(r.value, '$.id')), 0) FROM logged_section_snapshot s, json_each(s.snap, '$.blocks') b, json_each(b.value, '$.rows') r));
  DROP VIEW logged_section_snapshot;
  `,
  /*
   * History, versions and roll-forward (issue 15). Independent of every other migration's content, so it
   * may sit at any place after 2: who made each logged step; named versions (a point in a plan's log with
   * the plan as it stood, which compaction of older steps keeps); the plan a rolled-forward plan came from
   * (no foreign key: the old plan may be deleted); and the roll-forward's "to review" marks.
   */ `
  ALTER TABLE change_log ADD COLUMN who TEXT;
  ALTER TABLE plan ADD COLUMN rolled_from INTEGER;
  CREATE TABLE plan_version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT,
    step INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    compacted INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX plan_version_plan ON plan_version(plan_id, step);
  CREATE TABLE plan_review (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL,
    row_id INTEGER,
    reason TEXT NOT NULL,
    since_step INTEGER NOT NULL DEFAULT 0,
    ticked_at TEXT
  );
  CREATE INDEX plan_review_plan ON plan_review(plan_id);
  `,
  /*
   * 4: stable global ids (UUID v4) on plans, sections, blocks and rows, so a plan survives files and merges.
   * Existing rows get one now; a trigger gives one to every insert that brings none, so no insert path can
   * forget it, while undo, redo and merges that put a known thing back pass its uuid explicitly.
   * plan_file_snapshot keeps each plan-file revision saved, opened or merged here: the base of a three-way merge.
   * database_identity names this database, so a plan file says which database's revision it holds.
   */ `${PLAN_TABLES.map(addUuid).join('\n')}

  CREATE TABLE plan_file_snapshot (
    plan_uuid TEXT NOT NULL,
    origin TEXT NOT NULL,
    revision INTEGER NOT NULL,
    received INTEGER NOT NULL CHECK (received IN (0, 1)),
    -- 0 once the merge that recorded it is undone (redo sets it back): a base only while its merge stands.
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    content BLOB NOT NULL, -- the plan snapshot's JSON, deflated (a directorate-sized plan is MBs of JSON)
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (plan_uuid, origin, revision)
  );
  CREATE TABLE database_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL
  );
  INSERT INTO database_identity (id, uuid) VALUES (1, ${UUID_SQL});
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
