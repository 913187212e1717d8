/**
 * The API's plan-file calls (issue 14): save a copy, open, review and apply a merge, duplicate a plan, and
 * delete a plan after a backup (so a deleted plan is recoverable from the backups list). Files cross the
 * boundary as base64; a refused file becomes a BAD_REQUEST carrying its one sentence.
 */
import type { Db } from '../db/open';
import type { AppDatabase } from '../app-database';
import { badRequest } from '../../shared/api/errors';
import type { Handlers } from '../../shared/api/contract';
import { exportFileName } from '../../shared/format/file-names';
import { deletePlan } from '../services/plans';
import { duplicatePlan } from '../services/plan-copy';
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

type PlanFileHandlers = Pick<Handlers, 'savePlanFile' | 'openPlanFile' | 'previewPlanMerge' | 'applyPlanMerge' | 'duplicatePlan' | 'deletePlan'>;

export function planFileHandlers(db: () => Db, session: AppDatabase | null): PlanFileHandlers {
  return {
    savePlanFile: ({ planId }) => {
      const content = planFileFor(db(), planId);
      return { fileName: exportFileName(content.plan.header, 'plan', 'plan'), dataBase64: planFileBytes(content).toString('base64') };
    },
    openPlanFile: ({ fileName, dataBase64 }) => openPlanFile(db(), read(fileName, dataBase64)),
    previewPlanMerge: ({ planId, fileName, dataBase64 }) => reviewMerge(db(), planId, read(fileName, dataBase64), fileName),
    applyPlanMerge: ({ planId, fileName, dataBase64, choices, fallback }) => applyMerge(db(), planId, read(fileName, dataBase64), choices, fallback ?? null, fileName),
    duplicatePlan: ({ planId }) => duplicatePlan(db(), planId),
    deletePlan: async ({ planId }) => {
      if (session) await session.backupNow();
      deletePlan(db(), planId);
      return null;
    },
  };
}
