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
  /*
   * 2: ids are never reused. SQLite without AUTOINCREMENT hands the highest id out again once it is deleted,
   * so one plan's new row could take an id that another plan's undo or redo puts back. The four tables are
   * rebuilt by SQLite's documented procedure (foreign keys off around it, see migrate()), and each sequence
   * starts above every id the change log can restore.
   */ `
  CREATE TABLE plan_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
  INSERT INTO plan_v2 SELECT * FROM plan;
  DROP TABLE plan;
  ALTER TABLE plan_v2 RENAME TO plan;
  CREATE INDEX plan_directorate ON plan(directorate_id);

  CREATE TABLE plan_section_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    title TEXT NOT NULL
  );
  INSERT INTO plan_section_v2 SELECT * FROM plan_section;
  DROP TABLE plan_section;
  ALTER TABLE plan_section_v2 RENAME TO plan_section;
  CREATE INDEX plan_section_plan ON plan_section(plan_id, position);

  CREATE TABLE plan_block_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    section_id INTEGER NOT NULL REFERENCES plan_section(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('narrative', 'table')),
    doc TEXT,
    table_kind TEXT,
    title TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}',
    CHECK ((kind = 'narrative' AND doc IS NOT NULL) OR (kind = 'table' AND table_kind IS NOT NULL))
  );
  INSERT INTO plan_block_v2 SELECT * FROM plan_block;
  DROP TABLE plan_block;
  ALTER TABLE plan_block_v2 RENAME TO plan_block;
  CREATE INDEX plan_block_section ON plan_block(section_id, position);

  CREATE TABLE plan_row_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    block_id INTEGER NOT NULL REFERENCES plan_block(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    cells TEXT NOT NULL DEFAULT '{}'
  );
  INSERT INTO plan_row_v2 SELECT * FROM plan_row;
  DROP TABLE plan_row;
  ALTER TABLE plan_row_v2 RENAME TO plan_row;
  CREATE INDEX plan_row_block ON plan_row(block_id, position);

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
   */ `
  ALTER TABLE plan ADD COLUMN uuid TEXT;
  UPDATE plan SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
  CREATE UNIQUE INDEX plan_uuid ON plan(uuid);
  CREATE TRIGGER plan_uuid_on_insert AFTER INSERT ON plan WHEN NEW.uuid IS NULL BEGIN
    UPDATE plan SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE id = NEW.id;
  END;

  ALTER TABLE plan_section ADD COLUMN uuid TEXT;
  UPDATE plan_section SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
  CREATE UNIQUE INDEX plan_section_uuid ON plan_section(uuid);
  CREATE TRIGGER plan_section_uuid_on_insert AFTER INSERT ON plan_section WHEN NEW.uuid IS NULL BEGIN
    UPDATE plan_section SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE id = NEW.id;
  END;

  ALTER TABLE plan_block ADD COLUMN uuid TEXT;
  UPDATE plan_block SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
  CREATE UNIQUE INDEX plan_block_uuid ON plan_block(uuid);
  CREATE TRIGGER plan_block_uuid_on_insert AFTER INSERT ON plan_block WHEN NEW.uuid IS NULL BEGIN
    UPDATE plan_block SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE id = NEW.id;
  END;

  ALTER TABLE plan_row ADD COLUMN uuid TEXT;
  UPDATE plan_row SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
  CREATE UNIQUE INDEX plan_row_uuid ON plan_row(uuid);
  CREATE TRIGGER plan_row_uuid_on_insert AFTER INSERT ON plan_row WHEN NEW.uuid IS NULL BEGIN
    UPDATE plan_row SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE id = NEW.id;
  END;

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
  INSERT INTO database_identity (id, uuid) VALUES (1, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
