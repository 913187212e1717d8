/** The handler table: one function per contract call, each a thin wrapper over a service. */
import type { Db } from '../db/open';
import { AppDatabase } from '../app-database';
import { ApiError } from '../../shared/api/errors';
import type { Handlers } from '../../shared/api/contract';
import { planMismatches } from '../../shared/calc/printed-totals';
import { getPlan, listPlans, updateHeader } from '../services/plans';
import { createPlan } from '../services/plan-create';
import { deleteRow, insertRow, moveRow, updateCell } from '../services/rows';
import { historyState, redo, undo } from '../services/history';
import { updateNarrative } from '../services/narrative';
import { applyEdits, updateCells } from '../services/edits';
import { targetCatalogue, targetUses } from '../services/targets';
import { addSection, moveSection, removeSection, renameSection } from '../services/sections';
import { searchPlan } from '../services/search';
import { applyReplace, previewReplace } from '../services/replace';
import { budgetFileName, budgetWorkbookBuffer, previewBudgetImport, planFileName, planWorkbookBuffer, tableWorkbookFile, changeReportBuffer } from '../excel';
import { printHtml, pdfFileName } from '../print/print-html';
import { renderPdf } from '../print/pdf';
import { pagedHtml, pagedPdf } from '../print/paged-pdf';
import { planFileHandlers } from './plan-file-handlers';
import { previewRollForward, reviewList, rollForwardPlan, tickReview } from '../services/roll-forward';
import { historyOf, restoreValue } from '../services/history-query';
import { autoVersion, listVersions, nameVersion } from '../services/versions';
import { comparison, comparisonWithBackup, type CompareWith } from '../services/compare';
import { backupPath } from '../db/backups';
import { setWho } from '../services/change-log';
import { importWordPlan, previewWordImport } from '../services/word-import';
import { wordBuffer, wordFileName } from '../word/word-export';

export interface HandlerOptions {
  /** HTML to PDF: Electron's printToPDF in the desktop app, headless Chromium elsewhere. */
  renderPdf?: (html: string) => Promise<Buffer>;
  /** Who edits through these handlers, recorded with each step; the OS user name when not given. */
  who?: string;
}

/**
 * Over the app's session (AppDatabase: backups, restore, recovery) or, in tests and tools, a bare
 * connection. The connection is looked up on every call because a restore replaces it.
 */
export function makeHandlers(source: Db | AppDatabase, opts: HandlerOptions = {}) {
  const toPdf = opts.renderPdf ?? renderPdf;
  const session = source instanceof AppDatabase ? source : null;
  const conn = (): Db => (session ? session.get() : (source as Db));
  const db = (): Db => {
    const d = conn();
    if (opts.who !== undefined) setWho(d, opts.who);
    return d;
  };
  const app = (): AppDatabase => {
    if (session) return session;
    throw new ApiError('BAD_REQUEST', 'Backups are managed by the app; this connection has none.');
  };
  /** A comparison with another plan, a version, or a backup (backups belong to the app's session). */
  const compare = (planId: number, w: CompareWith & { withBackup?: string }) => {
    if (w.withBackup === undefined) return comparison(db(), planId, w);
    const file = backupPath(app().file, w.withBackup);
    if (!file) throw new ApiError('NOT_FOUND', `No backup called ${w.withBackup}.`);
    return comparisonWithBackup(db(), planId, file, w.withBackup);
  };
  return {
    listPlans: () => listPlans(db()),
    getPlan: ({ planId }) => getPlan(db(), planId),
    getPlanSkeleton: ({ planId }) => getPlan(db(), planId, { skeleton: true }),
    createPlan: (a) => createPlan(db(), a),
    updateHeader: ({ planId, patch }) => updateHeader(db(), planId, patch),
    updateCell: ({ rowId, column, value }) => updateCell(db(), rowId, column, value),
    insertRow: ({ blockId, position, role, cells }) => insertRow(db(), blockId, position, role, cells),
    deleteRow: ({ rowId }) => (deleteRow(db(), rowId), null),
    moveRow: ({ rowId, position }) => (moveRow(db(), rowId, position), null),
    updateNarrative: ({ blockId, doc }) => updateNarrative(db(), blockId, doc),
    updateCells: ({ blockId, changes, append }) => updateCells(db(), blockId, changes, append),
    planMismatches: ({ planId }) => planMismatches(getPlan(db(), planId)),
    undo: ({ planId }) => undo(db(), planId),
    redo: ({ planId }) => redo(db(), planId),
    historyState: ({ planId }) => historyState(db(), planId),
    applyEdits: ({ planId, ...batch }) => applyEdits(db(), planId, batch),
    addSection: ({ planId, title, level, afterSectionId, tableKind }) => ({ sectionId: addSection(db(), planId, title, level, afterSectionId, tableKind) }),
    renameSection: ({ sectionId, title }) => (renameSection(db(), sectionId, title), null),
    moveSection: ({ sectionId, direction }) => (moveSection(db(), sectionId, direction), null),
    removeSection: ({ sectionId }) => ({ removed: removeSection(db(), sectionId) }),
    searchPlan: ({ planId, query }) => searchPlan(db(), planId, query),
    previewReplace: ({ planId, ...o }) => previewReplace(db(), planId, o),
    applyReplace: ({ planId, ...o }) => applyReplace(db(), planId, o),
    targetCatalogue: () => targetCatalogue(db()),
    targetUses: ({ key }) => targetUses(db(), key),
    exportBudgetWorkbook: async ({ planId, unit }) => {
      const doc = getPlan(db(), planId);
      const buf = await budgetWorkbookBuffer(doc, { unit });
      autoVersion(db(), planId, 'Budget workbook exported');
      return { fileName: budgetFileName(doc, unit), dataBase64: buf.toString('base64') };
    },
    exportPlanWorkbook: async ({ planId }) => {
      const doc = getPlan(db(), planId);
      return { fileName: planFileName(doc), dataBase64: (await planWorkbookBuffer(doc)).toString('base64') };
    },
    exportTableWorkbook: async ({ planId, blockId }) => {
      const f = await tableWorkbookFile(getPlan(db(), planId), blockId);
      return { fileName: f.fileName, dataBase64: f.buffer.toString('base64') };
    },
    printPreview: async ({ planId, sectionIds, numbered }) => {
      const doc = getPlan(db(), planId);
      return { html: numbered ? await pagedHtml(doc, { sectionIds }, toPdf) : printHtml(doc, { sectionIds }) };
    },
    exportPdf: async ({ planId, sectionIds }) => {
      const doc = getPlan(db(), planId);
      const { pdf } = await pagedPdf(doc, { sectionIds }, toPdf);
      return { fileName: pdfFileName(doc), dataBase64: pdf.toString('base64') };
    },
    exportWord: async ({ planId, sectionIds }) => {
      const doc = getPlan(db(), planId);
      return { fileName: wordFileName(doc), dataBase64: (await wordBuffer(doc, { sectionIds })).toString('base64') };
    },
    previewBudgetImport: ({ planId, fileName, dataBase64 }) => previewBudgetImport(getPlan(db(), planId), fileName, Buffer.from(dataBase64, 'base64')),
    previewWordImport: ({ fileName, dataBase64 }) => previewWordImport(Buffer.from(dataBase64, 'base64'), fileName),
    importWordPlan: ({ fileName, dataBase64 }) => importWordPlan(db(), Buffer.from(dataBase64, 'base64'), fileName),
    databaseStatus: () => (session ? session.status() : { file: '', recovery: null }),
    listBackups: () => app().listBackups(),
    backupNow: () => app().backupNow(),
    restoreBackup: ({ name }) => app().restore(name),
    startAgain: () => app().startAgain(),
    previewRollForward: ({ planId, ...o }) => previewRollForward(db(), planId, o),
    rollForward: ({ planId, ...o }) => rollForwardPlan(db(), planId, o),
    reviewList: ({ planId }) => reviewList(db(), planId),
    tickReview: ({ reviewId, done }) => tickReview(db(), reviewId, done),
    history: ({ planId, ...f }) => historyOf(db(), planId, f),
    restoreValue: ({ changeId }) => restoreValue(db(), changeId),
    listVersions: ({ planId }) => listVersions(db(), planId),
    nameVersion: ({ planId, name }) => nameVersion(db(), planId, name),
    comparePlans: ({ planId, ...w }) => compare(planId, w),
    exportComparison: async ({ planId, ...w }) => {
      const c = compare(planId, w);
      return {
        fileName: `Changes ${c.after.label} ${c.after.year}.xlsx`.replace(/[\\/:*?"<>|]/g, ' '),
        dataBase64: (await changeReportBuffer(c)).toString('base64'),
      };
    },
    ...planFileHandlers(db, session, toPdf),
  } satisfies Handlers;
}
