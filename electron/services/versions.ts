/**
 * Named versions: a point in a plan's change log ("as sent to finance, 12 March") with the plan as it
 * stood, so a comparison or "changes since" works after the steps before it are gone. Exporting a budget
 * workbook names one; saving a plan file can (call nameVersion). Compaction keeps the log from growing
 * without bound: steps before the latest version named before the current financial year are dropped, as
 * that version's snapshot holds their result; every step of this year's versions is kept.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { badRequest, notFound } from '../../shared/api/errors';
import type { VersionInfo } from '../../shared/api/history-types';
import type { PlanIn } from '../../shared/model/plan';
import { getPlanSummary } from './plans';
import { exportPlan } from './plan-import';
import { whoOf } from './change-log';

interface VersionRow {
  id: number;
  plan_id: number;
  name: string;
  at: string;
  who: string | null;
  step: number;
  compacted: number;
}

const info = (r: VersionRow): VersionInfo => ({
  id: r.id,
  planId: r.plan_id,
  name: r.name,
  at: r.at,
  who: r.who ?? '',
  step: r.step,
  compacted: r.compacted === 1,
});

const currentStep = (db: Db, planId: number): number =>
  (prep(db, 'SELECT coalesce(max(step), 0) AS s FROM change_log WHERE plan_id = ? AND undone = 0').get(planId) as { s: number }).s;

/** Names the plan as it is now. */
export function nameVersion(db: Db, planId: number, name: string, at = new Date()): VersionInfo {
  const n = name.trim();
  if (!n) throw badRequest('Give the version a name.', 'name');
  getPlanSummary(db, planId);
  return db.transaction(() => {
    const id = Number(
      prep(db, 'INSERT INTO plan_version (plan_id, name, at, who, step, snapshot) VALUES (?, ?, ?, ?, ?, ?)').run(
        planId,
        n.slice(0, 200),
        at.toISOString(),
        whoOf(db),
        currentStep(db, planId),
        JSON.stringify(exportPlan(db, planId)),
      ).lastInsertRowid,
    );
    compactHistory(db, planId, financialYearStart(at));
    return versionById(db, id);
  })();
}

/**
 * A version named by an export: a new one only when the plan changed since the last version, so
 * exporting twice in a row names one point.
 */
export function autoVersion(db: Db, planId: number, what: string, at = new Date()): VersionInfo {
  const last = prep(db, 'SELECT * FROM plan_version WHERE plan_id = ? ORDER BY id DESC LIMIT 1').get(planId) as VersionRow | undefined;
  if (last && last.step === currentStep(db, planId) && last.name.startsWith(what)) return info(last);
  return nameVersion(db, planId, `${what}, ${at.toISOString().slice(0, 10)}`, at);
}

export function listVersions(db: Db, planId: number): VersionInfo[] {
  getPlanSummary(db, planId);
  return (prep(db, 'SELECT * FROM plan_version WHERE plan_id = ? ORDER BY id').all(planId) as VersionRow[]).map(info);
}

function versionById(db: Db, id: number): VersionInfo {
  const r = prep(db, 'SELECT * FROM plan_version WHERE id = ?').get(id) as VersionRow | undefined;
  if (!r) throw notFound('version', id);
  return info(r);
}

/** A version of the plan by its id or its name (the latest of that name). */
export function findVersion(db: Db, planId: number, idOrName: string): VersionInfo {
  const byName = prep(db, 'SELECT * FROM plan_version WHERE plan_id = ? AND name = ? ORDER BY id DESC LIMIT 1').get(planId, idOrName) as VersionRow | undefined;
  if (byName) return info(byName);
  const byId = /^\d+$/.test(idOrName)
    ? (prep(db, 'SELECT * FROM plan_version WHERE plan_id = ? AND id = ?').get(planId, Number(idOrName)) as VersionRow | undefined)
    : undefined;
  if (byId) return info(byId);
  throw badRequest(`No version called “${idOrName}” and not a date (write dates as 2026-03-12).`, 'since');
}

/** The plan as it stood when the version was named. */
export function versionSnapshot(db: Db, versionId: number): { version: VersionInfo; plan: PlanIn } {
  const r = prep(db, 'SELECT * FROM plan_version WHERE id = ?').get(versionId) as (VersionRow & { snapshot: string }) | undefined;
  if (!r) throw notFound('version', versionId);
  return { version: info(r), plan: JSON.parse(r.snapshot) as PlanIn };
}

/** 1 April of the financial year a date falls in. */
export function financialYearStart(at: Date): Date {
  const y = at.getUTCMonth() >= 3 ? at.getUTCFullYear() : at.getUTCFullYear() - 1;
  return new Date(Date.UTC(y, 3, 1));
}

/**
 * Drops the logged steps up to the latest version named before `keepFrom`: that version's snapshot holds
 * their result, and every step after it (all of this year's versions) stays. Returns the changes dropped.
 * Undo then stops at that version.
 */
export function compactHistory(db: Db, planId: number, keepFrom: Date): number {
  const v = prep(db, 'SELECT max(step) AS s FROM plan_version WHERE plan_id = ? AND at < ?').get(planId, keepFrom.toISOString()) as { s: number | null };
  if (v.s === null || v.s === 0) return 0;
  const dropped = prep(db, 'DELETE FROM change_log WHERE plan_id = ? AND step <= ? AND undone = 0').run(planId, v.s).changes;
  prep(db, 'UPDATE plan_version SET compacted = 1 WHERE plan_id = ? AND step <= ? AND compacted = 0').run(planId, v.s);
  return dropped;
}
