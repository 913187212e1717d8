/**
 * The plans file itself: whether it opened (or was found damaged and moved aside), its backups, and
 * restoring one. After a restore everything on screen is reloaded from the restored file.
 */
import { create } from 'zustand';
import { api } from '../api/client';
import { firstStatus } from './first-load';
import type { BackupInfo, DatabaseStatus } from '../../shared/api/contract';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';

interface DatabaseState {
  status: DatabaseStatus | null;
  backups: BackupInfo[];
  busy: boolean;
  error: string | null;
  load: () => Promise<DatabaseStatus | null>;
  loadBackups: () => Promise<void>;
  backupNow: () => Promise<void>;
  restore: (name: string) => Promise<boolean>;
  startAgain: () => Promise<boolean>;
}

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);

/** Forget the old file's plan and load the new file's plans. */
async function reloadPlans(): Promise<void> {
  usePlanStore.setState({ plans: [] });
  usePlanStore.getState().closePlan(true);
  await usePlanStore.getState().loadPlans();
}

export const useDatabaseStore = create<DatabaseState>((set, get) => ({
  status: null,
  backups: [],
  busy: false,
  error: null,

  load: async () => {
    try {
      const status = await firstStatus();
      set({ status });
      return status;
    } catch (e) {
      set({ error: errorText(e) });
      return null;
    }
  },

  loadBackups: async () => {
    try {
      set({ backups: await api.listBackups({}), error: null });
    } catch (e) {
      set({ error: errorText(e) });
    }
  },

  backupNow: async () => {
    set({ busy: true });
    try {
      const made = await api.backupNow({});
      await get().loadBackups();
      useUiStore.getState().say(`Backup made: ${made.name}.`);
    } catch (e) {
      set({ error: errorText(e) });
    } finally {
      set({ busy: false });
    }
  },

  restore: (name) => replaceFile(set, () => api.restoreBackup({ name }), 'Backup restored. The file it replaced is kept as a backup too.'),
  startAgain: () => replaceFile(set, () => api.startAgain({}), 'Started again with the sample plan. The damaged file is kept where it was moved.'),
}));

async function replaceFile(set: (s: Partial<DatabaseState>) => void, run: () => Promise<DatabaseStatus>, done: string): Promise<boolean> {
  set({ busy: true, error: null });
  try {
    const status = await run();
    set({ status, busy: false });
    await reloadPlans();
    useUiStore.getState().say(done);
    return true;
  } catch (e) {
    set({ busy: false, error: errorText(e) });
    return false;
  }
}
