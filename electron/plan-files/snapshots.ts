/**
 * The revisions of a plan this database has sent or received as plan files (table plan_file_snapshot):
 * the bases of three-way merges. A returning file is merged against the best common revision known:
 * the same file (already merged, or saved from here: nothing to take), else the latest earlier file from
 * the same database, else the base the file itself carries.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import type { PlanSnap } from '../../shared/merge/snapshot';
import type { Revision } from './format';
import type { PlanFileContent } from './write';

/** Snapshots kept per plan and origin: enough for files in flight, bounded for a database that saves often. */
const KEEP = 10;

export const databaseUuid = (db: Db): string => (prep(db, 'SELECT uuid FROM database_identity WHERE id = 1').get() as { uuid: string }).uuid;

/** The plan's revision: its latest change-log step that is not undone (0 before any change). */
export const planRevision = (db: Db, planId: number): number =>
  (prep(db, 'SELECT coalesce(max(step), 0) AS s FROM change_log WHERE plan_id = ? AND undone = 0').get(planId) as { s: number }).s;

export function recordSnapshot(db: Db, planUuid: string, at: Revision, received: boolean, content: PlanSnap): void {
  prep(
    db,
    `INSERT INTO plan_file_snapshot (plan_uuid, origin, revision, received, content, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (plan_uuid, origin, revision) DO UPDATE SET received = excluded.received, content = excluded.content, recorded_at = excluded.recorded_at, active = 1`,
  ).run(planUuid, at.origin, at.revision, received ? 1 : 0, deflateRawSync(JSON.stringify(content), { level: 1 }), new Date().toISOString());
  prep(
    db,
    `DELETE FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? AND revision NOT IN
    (SELECT revision FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? ORDER BY revision DESC LIMIT ${KEEP})`,
  ).run(planUuid, at.origin, planUuid, at.origin);
}

interface Stored {
  origin: string;
  revision: number;
  content: Buffer;
}
const decode = (r: Stored): Revision & { content: PlanSnap } => ({
  origin: r.origin,
  revision: r.revision,
  content: JSON.parse(inflateRawSync(r.content).toString('utf8')) as PlanSnap,
});

/** The base a file saved from here carries: the latest revision received from elsewhere, else the latest sent. */
export function baseForSaving(db: Db, planUuid: string): (Revision & { content: PlanSnap }) | null {
  const r = prep(
    db,
    'SELECT origin, revision, content FROM plan_file_snapshot WHERE plan_uuid = ? AND active = 1 ORDER BY received DESC, recorded_at DESC, revision DESC LIMIT 1',
  ).get(planUuid) as Stored | undefined;
  return r ? decode(r) : null;
}

/** The common revision to merge a returning file against (see the header). */
export function baseForMerging(db: Db, file: PlanFileContent): PlanSnap {
  const uuid = file.plan.uuid;
  const exact = prep(db, 'SELECT origin, revision, content FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? AND revision = ? AND active = 1').get(
    uuid,
    file.at.origin,
    file.at.revision,
  ) as Stored | undefined;
  if (exact) return decode(exact).content;
  const earlier = prep(
    db,
    'SELECT origin, revision, content FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? AND revision < ? AND active = 1 ORDER BY revision DESC LIMIT 1',
  ).get(uuid, file.at.origin, file.at.revision) as Stored | undefined;
  if (earlier) return decode(earlier).content;
  const known = prep(db, 'SELECT origin, revision, content FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? AND revision = ? AND active = 1').get(
    uuid,
    file.base.origin,
    file.base.revision,
  ) as Stored | undefined;
  return known ? decode(known).content : file.base.content;
}

/** Whether a revision is recorded here as a base still in force. */
export const hasActiveSnapshot = (db: Db, planUuid: string, at: Revision): boolean =>
  !!prep(db, 'SELECT 1 FROM plan_file_snapshot WHERE plan_uuid = ? AND origin = ? AND revision = ? AND active = 1').get(planUuid, at.origin, at.revision);

/** Undo of a merge takes its file out of the bases (so it can be merged again); redo puts it back. */
export function setSnapshotActive(db: Db, key: { planUuid: string } & Revision, active: boolean): void {
  prep(db, 'UPDATE plan_file_snapshot SET active = ? WHERE plan_uuid = ? AND origin = ? AND revision = ?').run(
    active ? 1 : 0,
    key.planUuid,
    key.origin,
    key.revision,
  );
}
