/**
 * Plan files opened from outside the desktop app (a double-click on a .plan file, the Dock, a second launch,
 * File > Recent files): the main process checks and queues each one and says one waits; the page takes
 * them one at a time and opens each exactly as File > Open plan file… does (a new plan is added and opened,
 * one this database holds goes to the merge review). It waits for the first plan to be open, so the
 * start-up's own choice of plan does not replace the file's, and for an open merge review to be closed, so
 * a second file's review never replaces the first's.
 */
import type { DesktopBridge } from '../../shared/api/desktop';
import { desktopShell, shellCall } from '../api/desktop';
import { openPlanFileData, usePlanMerge } from './plan-file-commands';
import { usePlanStore } from './plan-store';
import { say } from './ui-store';

let running: Promise<void> | null = null;
/** At most this many takes per run: the main process queues ten at most, and a broken channel must not spin. */
const TAKES_PER_RUN = 20;

/** True while the page cannot take a file yet: plans still loading, or a merge review on screen. */
const busy = () => usePlanStore.getState().loading || usePlanMerge.getState().merge !== null;

/** Opens every waiting plan file, one after another, while the page is free; a second call joins the first. */
export function openWaitingPlanFiles(): Promise<void> {
  if (!desktopShell()) return Promise.resolve();
  // .finally runs after this assignment even when the run ends at once (the page busy).
  running ??= openEach().finally(() => (running = null));
  return running;
}

/** Takes and opens files until none waits or the page is busy; failures said in the status line. */
async function openEach(): Promise<void> {
  for (let i = 0; i < TAKES_PER_RUN && !busy(); i++) {
    let file: { fileName: string; dataBase64: string } | null;
    try {
      file = await shellCall('takeOpenedFile', {});
    } catch (e) {
      say((e as Error).message, 'error');
      continue;
    }
    if (!file) return;
    try {
      await openPlanFileData(file);
    } catch (e) {
      // The same sentence File > Open plan file… says (the contract's errors name the file already).
      say((e as Error).message, 'error');
    }
  }
}

/**
 * Listens for waiting files from the desktop shell and takes any that came before the page was ready (the
 * file that launched the app); tries again when the plans have loaded or a merge review closes. Returns a
 * function that stops listening.
 */
export function watchOpenedPlanFiles(desktop: Pick<DesktopBridge, 'onOpenedFile'>): () => void {
  const stops = [
    desktop.onOpenedFile(() => void openWaitingPlanFiles()),
    usePlanStore.subscribe((s, before) => void (before.loading && !s.loading && openWaitingPlanFiles())),
    usePlanMerge.subscribe((s, before) => void (before.merge && !s.merge && openWaitingPlanFiles())),
  ];
  void openWaitingPlanFiles();
  return () => stops.forEach((stop) => stop());
}
