/**
 * The File menu's plan-file commands (issue 14): save a copy as a plan file, open one (a plan this database
 * lacks is added and opened; one it holds goes to the merge review), and merge changes from one into the
 * open plan. Files go through the desktop shell's dialogs in the app and downloads and file inputs in a
 * browser. The review being shown lives here; MergeReview.tsx draws it and applies it.
 */
import { create } from 'zustand';
import type { MergeReview } from '../../shared/merge/review';
import { api } from '../api/client';
import { desktopShell, shellCall } from '../api/desktop';
import { download, readAsBase64 } from '../app/files';
import { useSavedFile } from './saved-file';
import { usePlanStore } from './plan-store';
import { say } from './ui-store';

export interface PlanFile {
  fileName: string;
  dataBase64: string;
}

interface PlanMergeState {
  merge: { file: PlanFile; review: MergeReview } | null;
  close: () => void;
}

export const usePlanMerge = create<PlanMergeState>((set) => ({ merge: null, close: () => set({ merge: null }) }));

/** A plan file from the user: the native open dialog in the app, a file input in a browser; null if none chosen. */
export async function pickPlanFile(): Promise<PlanFile | null> {
  if (desktopShell()) return shellCall('openFile', { kind: 'plan' });
  const file = await new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    Object.assign(input, { type: 'file', accept: '.plan', hidden: true });
    input.dataset.planFileInput = '';
    input.addEventListener('change', () => (resolve(input.files?.[0] ?? null), input.remove()));
    input.addEventListener('cancel', () => (resolve(null), input.remove()));
    document.body.append(input);
    input.click();
  });
  return file ? { fileName: file.name, dataBase64: await readAsBase64(file) } : null;
}

export async function savePlanFile(planId: number): Promise<void> {
  const f = await api.savePlanFile({ planId });
  if (desktopShell()) {
    const saved = await shellCall('saveFile', { ...f, kind: 'plan' });
    if (saved) say(`Saved a copy as ${saved.path}. Send it; when it comes back, merge it (File > Merge changes from a plan file).`);
    useSavedFile.setState({ path: saved?.path ?? null });
    return;
  }
  download(f.fileName, f.dataBase64, 'application/vnd.sqlite3');
  say(`Saved a copy as ${f.fileName}. Send it; when it comes back, merge it (File > Merge changes from a plan file).`);
}

export async function reviewMerge(planId: number, file: PlanFile): Promise<void> {
  const review = await api.previewPlanMerge({ planId, ...file });
  usePlanMerge.setState({ merge: { file, review } });
}

export async function openPlanFile(): Promise<void> {
  const file = await pickPlanFile();
  if (file) await openPlanFileData(file);
}

/** Opens a plan file's contents: File > Open plan file… after its dialog, and a plan file double-clicked in the desktop app. */
export async function openPlanFileData(file: PlanFile): Promise<void> {
  const r = await api.openPlanFile(file);
  const store = usePlanStore.getState();
  if (r.added) {
    await store.showPlan(r.added.id, `Opened ${file.fileName} as a new plan.`);
  } else if (r.existing) {
    if (store.plan?.id !== r.existing.id) await store.openPlan(r.existing.id);
    say(`This database already holds the plan in ${file.fileName}: review what it changes.`);
    await reviewMerge(r.existing.id, file);
  }
}

export async function mergePlanFile(planId: number): Promise<void> {
  const file = await pickPlanFile();
  if (file) await reviewMerge(planId, file);
}
