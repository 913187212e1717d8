/**
 * The plan file (.plan): SQLite used as an application file format. One file holds one plan with its
 * stable ids, the database and revision it was saved from, and the base snapshot a later merge compares
 * against. application_id marks the file as ours; user_version is this file format's version (not the
 * database's schema version), so a file from a newer Plan Editor is recognised and refused by name.
 */

export const PLAN_FILE_APPLICATION_ID = 0x504c4e46; // "PLNF"
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = '.plan';
/** Far above a directorate's plan (the 25-unit synthetic plan is a few MB), far below what hurts to read. */
export const PLAN_FILE_MAX_BYTES = 256 * 1024 * 1024;
export const SQLITE_MAGIC = 'SQLite format 3\0';

export const PLAN_FILE_SCHEMA = `
  CREATE TABLE file_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE plan (uuid TEXT NOT NULL, kind TEXT NOT NULL, header TEXT NOT NULL);
  CREATE TABLE plan_section (uuid TEXT PRIMARY KEY, position INTEGER NOT NULL, level INTEGER NOT NULL, title TEXT NOT NULL);
  CREATE TABLE plan_block (
    uuid TEXT PRIMARY KEY, section_uuid TEXT NOT NULL REFERENCES plan_section(uuid), position INTEGER NOT NULL,
    kind TEXT NOT NULL, doc TEXT, table_kind TEXT, title TEXT NOT NULL, meta TEXT NOT NULL
  );
  CREATE TABLE plan_row (uuid TEXT PRIMARY KEY, block_uuid TEXT NOT NULL REFERENCES plan_block(uuid), position INTEGER NOT NULL, role TEXT NOT NULL, cells TEXT NOT NULL);
  -- content NULL: the base is the plan itself (a first copy, or one sent back unedited), not stored twice.
  CREATE TABLE base (origin TEXT NOT NULL, revision INTEGER NOT NULL, content TEXT);
`;

/** Where a plan's content came from: a database (its uuid) and the plan's change-log step there. */
export interface Revision {
  origin: string;
  revision: number;
}

export class PlanFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanFileError';
  }
}

/** The one sentence a refused file gets: its name, why, and that nothing changed. */
export const refuse = (name: string, reason: string) => new PlanFileError(`${name} cannot be opened: ${reason}. Nothing was changed.`);
