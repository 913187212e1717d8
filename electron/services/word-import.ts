/**
 * "New plan from a Word document": the document is read in a separate process (electron/word), its
 * structure recognised by the pure reader (shared/word-import), and either the review is returned or
 * the plan is created from it in one transaction (importPlan). Reading twice (review, then create) keeps
 * the API stateless; a plan's document reads in well under a second.
 */
import type { Db } from '../db/open';
import { badRequest } from '../../shared/api/errors';
import { planInSchema, type PlanSummary } from '../../shared/model/plan';
import { readWordPlan, type WordPlan } from '../../shared/word-import/word-plan';
import type { WordReview } from '../../shared/word-import/review';
import { readDocxHtml } from '../word/docx-isolated';
import { importPlan } from './plan-import';
import { getPlanSummary } from './plans';

const stem = (fileName: string) => fileName.replace(/\.docx$/i, '').trim() || 'Imported plan';

/** The document read into a plan; the header falls back to the file's name where the title page says nothing. */
export async function readWordDocument(buf: Buffer, fileName: string, now = new Date()): Promise<WordPlan> {
  const html = await readDocxHtml(buf, fileName);
  // Before April a plan being written is usually for the financial year starting this calendar year.
  const r = readWordPlan(html, fileName, now.getFullYear());
  const h = r.plan.header;
  if (!h.directorate.trim()) h.directorate = 'Imported plans';
  if (!h.title.trim()) h.title = stem(fileName);
  if (!r.plan.sections.length) throw badRequest(`${fileName} has no text Plan Editor could read as a plan. Nothing was changed.`);
  return r;
}

export async function previewWordImport(buf: Buffer, fileName: string): Promise<WordReview> {
  return (await readWordDocument(buf, fileName)).review;
}

export async function importWordPlan(db: Db, buf: Buffer, fileName: string): Promise<{ plan: PlanSummary; review: WordReview }> {
  const { plan, review } = await readWordDocument(buf, fileName);
  const checked = planInSchema.safeParse(plan);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw badRequest(`${fileName} was read, but part of it does not fit a plan (${first.path.join('.')}: ${first.message}). Nothing was changed.`);
  }
  const planId = importPlan(db, checked.data);
  return { plan: getPlanSummary(db, planId), review };
}
