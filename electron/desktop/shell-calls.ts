/**
 * The window's calls to the desktop shell (shared/api/desktop.ts): each argument validated here, then the
 * work done through injected native pieces (dialogs, the file manager, printing), so tests drive the real
 * handlers with stand-ins. Files are written atomically; the last folder and the recent files remembered;
 * only files this run saved can be shown in their folder. Plan files opened from outside the app wait in
 * a queue (opened-files.ts) and are read only when the window takes them, checked again then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ExportKind, ShellCallName, ShellCalls, ShellResult } from '../../shared/api/desktop';
import { writeFileAtomic } from './atomic-write';
import { withRecent, type SettingsFile } from './settings';
import { checkPlanFile, hasPlanExtension } from './plan-file-path';
import type { OpenedFiles } from './opened-files';

/** The largest workbook the data contract accepts (20 MB), and a generous cap for a PDF. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;
const MAX_SAVE_BASE64 = 200 * 1024 * 1024;

const id = z.number().int().positive();
const schemas: { [K in ShellCallName]: z.ZodType<ShellCalls[K]['arg']> } = {
  saveFile: z
    .object({
      fileName: z.string().min(1).max(255),
      dataBase64: z
        .string()
        .max(MAX_SAVE_BASE64)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      kind: z.enum(['xlsx', 'pdf', 'plan', 'docx']),
    })
    .strict(),
  openFile: z.object({ kind: z.enum(['xlsx', 'plan', 'docx']) }).strict(),
  showInFolder: z.object({ path: z.string().min(1).max(4096) }).strict(),
  print: z.object({ planId: id, sectionIds: z.array(id).max(1000).optional() }).strict(),
  takeOpenedFile: z.object({}).strict() as z.ZodType<Record<string, never>>,
};

const FILTERS: Record<ExportKind, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  plan: { name: 'Plan file', extensions: ['plan'] },
  docx: { name: 'Word document', extensions: ['docx'] },
};

export interface DialogResult {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}
export interface ShellDeps {
  settings: SettingsFile;
  documentsFolder: string;
  showSaveDialog: (o: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<DialogResult>;
  showOpenDialog: (o: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
    properties: ['openFile'];
  }) => Promise<DialogResult>;
  showItemInFolder: (file: string) => void;
  /** The print HTML for the plan (the same the preview shows), and the system print dialog for it. */
  planHtml: (planId: number, sectionIds?: number[]) => Promise<string>;
  printHtml: (html: string) => Promise<boolean>;
  /** Told after the recent files change (the menu lists them). */
  recentChanged: () => void;
  /** Plan files opened from outside the app (double-click, Dock, second launch, Recent files). */
  openedFiles: OpenedFiles;
  /**
   * The system's own recent documents (app.addRecentDocument: the Windows jump list, the Dock menu), for
   * plan files only: those open in this app when chosen there, through the file association.
   */
  addToSystemRecent?: (file: string) => void;
}

type Handlers = { [K in ShellCallName]: (arg: ShellCalls[K]['arg']) => Promise<ShellCalls[K]['result']> };

export function makeShellHandlers(deps: ShellDeps): Handlers {
  const savedThisRun = new Set<string>();
  const startIn = (name: string) => path.join(deps.settings.get().lastFolder ?? deps.documentsFolder, name);
  const remember = (file: string) => {
    deps.settings.update((s) => withRecent(s, file));
    deps.recentChanged();
    if (hasPlanExtension(file)) deps.addToSystemRecent?.(file);
  };
  return {
    saveFile: async ({ fileName, dataBase64, kind }) => {
      const r = await deps.showSaveDialog({ title: 'Save a copy', defaultPath: startIn(safeFileName(fileName, kind)), filters: [FILTERS[kind]] });
      if (r.canceled || !r.filePath) return null;
      const file = withExtension(r.filePath, kind);
      writeFileAtomic(file, Buffer.from(dataBase64, 'base64'));
      savedThisRun.add(file);
      remember(file);
      return { path: file };
    },
    openFile: async ({ kind }) => {
      const r = await deps.showOpenDialog({
        title: kind === 'plan' ? 'Open a plan file' : kind === 'docx' ? 'New plan from a Word document' : 'Import a workbook',
        defaultPath: startIn(''),
        filters: [FILTERS[kind]],
        properties: ['openFile'],
      });
      const file = r.canceled ? undefined : r.filePaths?.[0];
      if (!file) return null;
      if (kind === 'plan') return readPlanFile(file);
      const size = fs.statSync(file).size;
      if (size > MAX_OPEN_BYTES)
        throw new Error(
          `${path.basename(file)} is ${(size / 1048576).toFixed(1)} MB; ${kind === 'docx' ? 'Word documents' : 'workbooks'} of up to 20 MB can be imported.`,
        );
      const data = fs.readFileSync(file);
      remember(file);
      return { fileName: path.basename(file), dataBase64: data.toString('base64') };
    },
    showInFolder: async ({ path: file }) => {
      if (!savedThisRun.has(file) || !fs.existsSync(file)) return false;
      deps.showItemInFolder(file);
      return true;
    },
    print: async ({ planId, sectionIds }) => ({ printed: await deps.printHtml(await deps.planHtml(planId, sectionIds)) }),
    takeOpenedFile: async () => {
      const waiting = deps.openedFiles.take();
      if (!waiting) return null;
      if (!waiting.ok) throw new Error(waiting.reason);
      return readPlanFile(waiting.file);
    },
  };

  /** A plan file checked (again: it may have changed since it was chosen), read, and listed under Recent files. */
  function readPlanFile(file: string): { fileName: string; dataBase64: string } {
    const checked = checkPlanFile(file);
    if (!checked.ok) throw new Error(checked.reason);
    const data = fs.readFileSync(file);
    remember(file);
    return { fileName: checked.fileName, dataBase64: data.toString('base64') };
  }
}

/** Validates and runs one call; every failure comes back as one sentence, never a throw across IPC. */
export function makeShellDispatch(handlers: Handlers): (name: unknown, arg: unknown) => Promise<ShellResult<unknown>> {
  return async (name, arg) => {
    if (typeof name !== 'string' || !Object.hasOwn(schemas, name)) return { ok: false, error: { message: 'Unknown desktop call.' } };
    const parsed = schemas[name as ShellCallName].safeParse(arg);
    if (!parsed.success) return { ok: false, error: { message: 'That request was not valid.' } };
    try {
      return { ok: true, result: await (handlers[name as ShellCallName] as (a: unknown) => Promise<unknown>)(parsed.data) };
    } catch (e) {
      return { ok: false, error: { message: (e as Error).message } };
    }
  };
}

/** A name suggested by the export, made safe for every file system (the user may still change it). */
export function safeFileName(name: string, kind: ExportKind): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed: no file system takes them
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return withExtension(base || 'Plan Editor export', kind);
}

function withExtension(file: string, kind: ExportKind): string {
  return file.toLowerCase().endsWith(`.${kind}`) ? file : `${file}.${kind}`;
}
