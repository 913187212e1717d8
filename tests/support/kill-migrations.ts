/** The kill test's migrations: heavy enough to be killed in the middle of (a new table filled in one statement). */
export const MIGRATION_ROWS = 150_000;

export const testMigration = (n: number): string =>
  `CREATE TABLE kill_test_${n} AS WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${MIGRATION_ROWS}) SELECT i, randomblob(64) AS b FROM k;`;
