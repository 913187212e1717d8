/**
 * The API's plan-file calls (issue 14): save a copy (or the plan as JSON), open, review and apply a merge, duplicate a plan, and
 * delete a plan after a backup (so a deleted plan is recoverable from the backups list); and the directorate's
 * view (its plans, consolidated budget summary, workbook and compendium PDF). Files cross the
 * boundary as base64; a refused file becomes a BAD_REQUEST carrying its one sentence.
 */
import type { Db } from '../db/open';
import type { AppDatabase } from '../app-database';
import { badRequest } from '../../shared/api/errors';
import type { Handlers } from '../../shared/api/contract';
import { exportFileName } from '../../shared/format/file-names';
import { deletePlan, getPlan } from '../services/plans';
import { consolidatedSummary, directoratePlans } from '../services/directorate';
import { directorateWorkbookBuffer } from '../excel';
import { compendiumHtml } from '../print/compendium-html';
import { duplicatePlan } from '../services/plan-copy';
import { exportExchange } from '../services/plan-import';
import { readPlanFileBytes } from '../plan-files/read';
import { planFileBytes } from '../plan-files/write';
import { PlanFileError } from '../plan-files/format';
import { applyMerge, openPlanFile, planFileFor, reviewMerge } from '../plan-files/plan-files';

const read = (fileName: string, dataBase64: string) => {
  try {
    return readPlanFileBytes(fileName, Buffer.from(dataBase64, 'base64'));
  } catch (e) {
    if (e instanceof PlanFileError) throw badRequest(e.message, 'dataBase64');
    throw e;
  }
};

type PlanFileHandlers = Pick<
  Handlers,
  | 'savePlanFile'
  | 'exportPlanJson'
  | 'openPlanFile'
  | 'previewPlanMerge'
  | 'applyPlanMerge'
  | 'duplicatePlan'
  | 'deletePlan'
  | 'directorateView'
  | 'exportDirectorateWorkbook'
  | 'exportDirectoratePdf'
>;

const fileStem = (directorate: string) =>
  directorate
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() || 'Directorate';

export function planFileHandlers(db: () => Db, session: AppDatabase | null, toPdf: (html: string) => Promise<Buffer>): PlanFileHandlers {
  return {
    directorateView: ({ directorate }) => ({ plans: directoratePlans(db(), directorate), summary: consolidatedSummary(db(), directorate) }),
    exportDirectorateWorkbook: async ({ directorate }) => {
      const buf = await directorateWorkbookBuffer(consolidatedSummary(db(), directorate));
      return { fileName: `${fileStem(directorate)} budget summary.xlsx`, dataBase64: buf.toString('base64') };
    },
    exportDirectoratePdf: async ({ directorate }) => {
      const plans = directoratePlans(db(), directorate);
      const year = Math.max(...plans.map((p) => p.header.year));
      const pdf = await toPdf(compendiumHtml(plans.filter((p) => p.header.year === year).map((p) => getPlan(db(), p.id))));
      return { fileName: `${fileStem(directorate)} business plans.pdf`, dataBase64: pdf.toString('base64') };
    },
    savePlanFile: ({ planId }) => {
      const content = planFileFor(db(), planId);
      return { fileName: exportFileName(content.plan.header, 'plan', 'plan'), dataBase64: planFileBytes(content).toString('base64') };
    },
    exportPlanJson: ({ planId }) => {
      const file = exportExchange(db(), [planId]);
      return { fileName: exportFileName(file.plans[0].header, 'plan', 'json'), dataBase64: Buffer.from(JSON.stringify(file, null, 1)).toString('base64') };
    },
    openPlanFile: ({ fileName, dataBase64 }) => openPlanFile(db(), read(fileName, dataBase64)),
    previewPlanMerge: ({ planId, fileName, dataBase64 }) => reviewMerge(db(), planId, read(fileName, dataBase64), fileName),
    applyPlanMerge: ({ planId, fileName, dataBase64, choices, fallback }) =>
      applyMerge(db(), planId, read(fileName, dataBase64), choices, fallback ?? null, fileName),
    duplicatePlan: ({ planId }) => duplicatePlan(db(), planId),
    deletePlan: async ({ planId }) => {
      if (session) await session.backupNow();
      deletePlan(db(), planId);
      return null;
    },
  };
}
