/**
 * The File and Help commands (shared/api/desktop.ts), one action each. The desktop app's native menu sends
 * a command over the bridge and the browser's File menu (renderer/app/FileMenu.tsx) calls the same
 * `runCommand`, so a menu item and its button always do the same thing. Files go through the desktop
 * shell's dialogs in the app and through downloads and file inputs in a browser (renderer/app/files.ts).
 */
import { create } from 'zustand';
import type { AppCommand } from '../../shared/api/desktop';
import type { BudgetImportPreview } from '../../shared/model/budget-import';
import type { WordReview } from '../../shared/word-import/review';
import { api } from '../api/client';
import { desktopShell, shellCall } from '../api/desktop';
import { exportAndDownload, readAsBase64 } from '../app/files';
import { usePlanStore } from './plan-store';
import { say, useUiStore } from './ui-store';
import { mergePlanFile, openPlanFile, savePlanFile } from './plan-file-commands';

type Dialog = 'new-plan' | 'keyboard-shortcuts' | 'about';

interface FileCommandsState {
  dialog: Dialog | null;
  review: { planId: number; preview: BudgetImportPreview } | null;
  /** A Word document read as a plan, shown before the plan is created (renderer/app/WordImportReview.tsx). */
  wordReview: { file: PickedFile; review: WordReview } | null;
  close: () => void;
}

export const useFileCommands = create<FileCommandsState>((set) => ({
  dialog: null,
  review: null,
  wordReview: null,
  close: () => set({ dialog: null, review: null, wordReview: null }),
}));

/** The .docx media type, for the browser's download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The open plan's id, or null after telling the user a plan must be open. */
function openPlanId(): number | null {
  const plan = usePlanStore.getState().plan;
  if (!plan) say('Open a plan first.', 'error');
  return plan?.id ?? null;
}

const withPlan = (run: (planId: number) => Promise<void> | void) => async () => {
  const planId = openPlanId();
  if (planId !== null) await run(planId);
};

export interface PickedFile {
  fileName: string;
  dataBase64: string;
}

/** A workbook or Word document from the user: the native open dialog in the app, a file input in a browser; null if none chosen. */
async function pickFile(kind: 'xlsx' | 'docx' = 'xlsx'): Promise<PickedFile | null> {
  if (desktopShell()) return shellCall('openFile', { kind });
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    Object.assign(input, { type: 'file', accept: `.${kind}`, hidden: true });
    input.addEventListener('change', () => (resolve(input.files?.[0] ?? null), input.remove()));
    input.addEventListener('cancel', () => (resolve(null), input.remove()));
    document.body.append(input);
    input.click();
  });
  return file ? { fileName: file.name, dataBase64: await readAsBase64(file) } : null;
}

/** What each command does; every AppCommand has exactly one. */
export const COMMAND_ACTIONS: Record<AppCommand, () => Promise<void> | void> = {
  'new-plan': () => useFileCommands.setState({ dialog: 'new-plan' }),
  'import-word': async () => {
    const file = await pickFile('docx');
    if (!file) return;
    say(`Reading ${file.fileName}…`, 'info');
    useFileCommands.setState({ wordReview: { file, review: await api.previewWordImport(file) } });
  },
  'open-plan-file': openPlanFile,
  'save-plan-file': withPlan(savePlanFile),
  'merge-plan-file': withPlan(mergePlanFile),
  'import-budgets': withPlan(async (planId) => {
    const file = await pickFile('xlsx');
    if (!file) return;
    useFileCommands.setState({ review: { planId, preview: await api.previewBudgetImport({ planId, ...file }) } });
  }),
  'export-budgets': withPlan((planId) => exportAndDownload(() => api.exportBudgetWorkbook({ planId }), say)),
  'export-plan': withPlan((planId) => exportAndDownload(() => api.exportPlanWorkbook({ planId }), say)),
  'export-pdf': withPlan((planId) => exportAndDownload(() => api.exportPdf({ planId }), say, 'application/pdf')),
  'export-word': withPlan((planId) => exportAndDownload(() => api.exportWord({ planId }), say, DOCX_MIME)),
  print: withPlan(() => useUiStore.getState().go({ kind: 'print' })),
  'keyboard-shortcuts': () => useFileCommands.setState({ dialog: 'keyboard-shortcuts' }),
  about: () => useFileCommands.setState({ dialog: 'about' }),
};

/** Runs a command; a failure is said in the status line, never thrown. */
export async function runCommand(command: AppCommand): Promise<void> {
  try {
    await COMMAND_ACTIONS[command]();
  } catch (e) {
    say((e as Error).message, 'error');
  }
}

/** Sends the printer the plan or the ticked sections: the system dialog in the app, the browser's otherwise. */
export async function printSections(planId: number, sectionIds: number[], printInBrowser: () => void): Promise<void> {
  if (!desktopShell()) return printInBrowser();
  try {
    const r = await shellCall('print', { planId, sectionIds });
    if (r.printed) say('Sent to the printer.');
  } catch (e) {
    say((e as Error).message, 'error');
  }
}
