/**
 * Starting next year's plan from this one: the pure roll (shared/calc/roll-forward.ts) stored as a new
 * plan in one transaction, with the plan it came from and its "to review" marks (plan_review). A mark is
 * done once its section (or row) is edited after the roll, or ticked.
 */
import type { Db } from '../db/open';
import { prep } from '../db/statements';
import { getPlan, getPlanSummary } from './plans';
import { importPlan } from './plan-import';
import { rollForward, type ReviewMark, type RollOptions } from '../../shared/calc/roll-forward';
import type { PlanSummary } from '../../shared/model/plan';
import type { ReviewItem, RollPreview } from '../../shared/api/history-types';
import { notFound } from '../../shared/api/errors';
import { fyLabel } from '../../shared/calc/financial-year';
import { autoVersion } from './versions';

/** What starting next year's plan would do, for the review before it is made. */
export function previewRollForward(db: Db, planId: number, opts: RollOptions): RollPreview {
  const doc = getPlan(db, planId);
  const r = rollForward(doc, opts);
  return {
    title: { before: doc.header.title, after: r.plan.header.title },
    year: r.plan.header.year,
    sectionTitles: r.plan.sections.map((s, i) => ({ before: doc.sections[i].title, after: s.title })).filter((t) => t.before !== t.after),
    actions: r.actions,
    toReview: r.review.filter((m) => m.row === undefined).map((m) => r.plan.sections[m.section].title),
  };
}

/**
 * Makes next year's plan in one transaction; returns it as `listPlans` shows it. This year's plan gets a
 * named version at that point, to compare with later ("what changed since next year's plan was started").
 */
export function rollForwardPlan(db: Db, planId: number, opts: RollOptions): PlanSummary {
  const r = rollForward(getPlan(db, planId), opts);
  return db.transaction(() => {
    autoVersion(db, planId, `Next year’s plan started (${fyLabel(r.plan.header.year)})`);
    const id = importPlan(db, r.plan);
    prep(db, 'UPDATE plan SET rolled_from = ? WHERE id = ?').run(planId, id);
    storeMarks(db, id, r.review);
    return getPlanSummary(db, id);
  })();
}

function storeMarks(db: Db, planId: number, marks: ReviewMark[]): void {
  const sections = prep(db, 'SELECT id FROM plan_section WHERE plan_id = ? ORDER BY position').pluck().all(planId) as number[];
  const rowAt = prep(
    db,
    'SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.section_id = ? AND b.position = ? AND r.position = ?',
  ).pluck();
  const ins = prep(db, 'INSERT INTO plan_review (plan_id, section_id, row_id, reason) VALUES (?, ?, ?, ?)');
  for (const m of marks) {
    const sectionId = sections[m.section];
    const rowId = m.row === undefined ? null : ((rowAt.get(sectionId, m.block, m.row) as number | undefined) ?? null);
    ins.run(planId, sectionId, rowId, m.reason);
  }
}

/** The plan a plan was rolled forward from, if any (and still there). */
export function rolledFrom(db: Db, planId: number): number | null {
  const r = prep(db, 'SELECT p.rolled_from AS f FROM plan p JOIN plan o ON o.id = p.rolled_from WHERE p.id = ?').get(planId) as { f: number } | undefined;
  return r?.f ?? null;
}

// Edited since the roll: any step, not undone, that touched the section, one of its blocks or rows.
const EDITED = `EXISTS (SELECT 1 FROM change_log c WHERE c.plan_id = m.plan_id AND c.undone = 0 AND (
    (m.row_id IS NOT NULL AND c.entity = 'row' AND c.entity_id = m.row_id) OR
    (m.row_id IS NULL AND (
      (c.entity = 'section' AND c.entity_id = m.section_id) OR
      (c.entity = 'block' AND c.field = 'doc' AND c.entity_id IN (SELECT id FROM plan_block WHERE section_id = m.section_id)) OR
      (c.entity = 'row' AND c.entity_id IN (SELECT r.id FROM plan_row r JOIN plan_block b ON b.id = r.block_id WHERE b.section_id = m.section_id))))))`;

/** The roll-forward's review marks, in outline order, each with whether it is done and how. */
export function reviewList(db: Db, planId: number): ReviewItem[] {
  getPlanSummary(db, planId);
  const rows = prep(
    db,
    `SELECT m.id, m.section_id AS sectionId, s.title AS section, m.row_id AS rowId, m.reason, m.ticked_at AS tickedAt,
            ${EDITED} AS edited, (m.row_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM plan_row WHERE id = m.row_id)) AS gone,
            (SELECT block_id FROM plan_row WHERE id = m.row_id) AS blockId
     FROM plan_review m JOIN plan_section s ON s.id = m.section_id WHERE m.plan_id = ? ORDER BY s.position, m.id`,
  ).all(planId) as {
    id: number;
    sectionId: number;
    section: string;
    rowId: number | null;
    blockId: number | null;
    reason: string;
    tickedAt: string | null;
    edited: number;
    gone: number;
  }[];
  return rows
    .filter((r) => !r.gone)
    .map((r) => ({
      id: r.id,
      sectionId: r.sectionId,
      section: r.section,
      blockId: r.blockId,
      rowId: r.rowId,
      reason: r.reason,
      done: r.tickedAt !== null || r.edited === 1,
      how: r.tickedAt !== null ? ('ticked' as const) : r.edited === 1 ? ('edited' as const) : null,
    }));
}

/** Ticks a review mark (or takes the tick back). */
export function tickReview(db: Db, reviewId: number, done: boolean): null {
  const r = prep(db, 'UPDATE plan_review SET ticked_at = ? WHERE id = ?').run(done ? new Date().toISOString() : null, reviewId);
  if (r.changes === 0) throw notFound('review mark', reviewId);
  return null;
}
