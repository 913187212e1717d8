/**
 * The File and Help menus: every item that does something sends a command the renderer handles, and the
 * renderer runs for it the same action as the browser File menu's button (runCommand), which calls the
 * data contract and the desktop shell. The renderer's store runs here against recording stand-ins for the
 * preload's two bridges (window.planEditor and window.planEditorDesktop).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, commandItems } from '../../electron/menu-template';
import { APP_COMMANDS, COMMAND_LABELS, type AppCommand } from '../../shared/api/desktop';

const calls: [string, unknown][] = [];
const answers: Record<string, unknown> = {
  exportBudgetWorkbook: { fileName: 'Unit budgets 2008-09.xlsx', dataBase64: 'UEsDBA==' },
  exportPlanWorkbook: { fileName: 'Unit plan 2008-09.xlsx', dataBase64: 'UEsDBB==' },
  exportPdf: { fileName: 'Unit plan 2008-09.pdf', dataBase64: 'JVBERi0=' },
  previewBudgetImport: { fileName: 'finance.xlsx', units: [] },
  saveFile: { path: '/home/u/Finance/Unit budgets 2008-09.xlsx' },
  openFile: { fileName: 'finance.xlsx', dataBase64: 'UEsDBC==' },
};
const recorder = (names: string[]) =>
  Object.fromEntries(names.map((n) => [n, async (arg: unknown) => (calls.push([n, arg]), { ok: true, result: answers[n] ?? null })]));

type Store = typeof import('../../renderer/stores/file-commands');
let store: Store;
let planStore: typeof import('../../renderer/stores/plan-store');
let uiStore: typeof import('../../renderer/stores/ui-store');
let savedFile: typeof import('../../renderer/stores/saved-file');
let layout: (typeof import('../../renderer/app/FileMenu'))['FILE_MENU_LAYOUT'];

beforeAll(async () => {
  const { CALL_NAMES } = await import('../../shared/api/contract');
  (globalThis as { window?: unknown }).window = {
    planEditor: recorder([...CALL_NAMES]),
    planEditorDesktop: { ...recorder(['saveFile', 'openFile', 'showInFolder', 'print']), onCommand: () => () => {} },
  };
  store = await import('../../renderer/stores/file-commands');
  planStore = await import('../../renderer/stores/plan-store');
  uiStore = await import('../../renderer/stores/ui-store');
  savedFile = await import('../../renderer/stores/saved-file');
  layout = (await import('../../renderer/app/FileMenu')).FILE_MENU_LAYOUT;
});
beforeEach(() => {
  calls.length = 0;
  planStore.usePlanStore.setState({ plan: { id: 3 } as never });
  uiStore.useUiStore.setState({ place: { kind: 'header' }, message: null });
  store.useFileCommands.setState({ dialog: null, review: null });
});

describe('the native menu', () => {
  const sent: AppCommand[] = [];
  const templates = [true, false].map((mac) => ({ mac, template: appMenuTemplate({ mac, recent: [], send: (c) => void sent.push(c), openRecent: () => {} }) }));
  const find = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined =>
    items.map((i) => (i.label === label ? i : Array.isArray(i.submenu) ? find(i.submenu, label) : undefined)).find(Boolean);

  it('has an item for every command, each sending its own command when clicked', () => {
    for (const { template } of templates) {
      const items = commandItems(template);
      expect(items.map((i) => i.command).sort()).toEqual([...APP_COMMANDS].sort());
      sent.length = 0;
      for (const item of items) {
        expect(item.label).toBe(COMMAND_LABELS[item.command]);
        (item.click as () => void)();
      }
      expect(sent).toEqual(items.map((i) => i.command));
    }
  });

  it('has the desktop accelerators, plan-file commands included', () => {
    const win = templates[1]!.template;
    expect(find(win, 'New plan…')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(find(win, 'Print…')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
    expect(find(win, 'Open plan file…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', command: 'open-plan-file' });
    expect(find(win, 'Save a copy as plan file…')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S', command: 'save-plan-file' });
    expect(find(win, 'Merge changes from a plan file…')).toMatchObject({ command: 'merge-plan-file' });
    expect(find(win, 'Open plan file…')).not.toHaveProperty('enabled');
    expect(find(win, 'Exit')).toMatchObject({ role: 'quit' });
    expect(find(win, 'Export')!.submenu).toHaveLength(4);
    // Ctrl+Z and Ctrl+Y stay with the page (the plan's undo), so no undo or redo role on Windows and Linux.
    expect(JSON.stringify(win)).not.toMatch(/"role":"(undo|redo)"/);
  });

  it('lists recent files, opening the one chosen', () => {
    const opened: string[] = [];
    const t = appMenuTemplate({ mac: false, recent: ['/d/a.xlsx', '/d/b.pdf'], send: () => {}, openRecent: (f) => void opened.push(f) });
    const recent = find(t, 'Recent files')!.submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['1  a.xlsx', '2  b.pdf']);
    (recent[1]!.click as () => void)();
    expect(opened).toEqual(['/d/b.pdf']);
    expect(find(appMenuTemplate({ mac: false, recent: [], send: () => {}, openRecent: () => {} }), 'No recent files')).toMatchObject({ enabled: false });
  });
});

describe('the renderer runs each command (the same runCommand as the File menu’s buttons)', () => {
  it('handles exactly the menu’s commands, and the browser File menu offers each of them', () => {
    expect(Object.keys(store.COMMAND_ACTIONS).sort()).toEqual([...APP_COMMANDS].sort());
    expect(layout.filter((e): e is AppCommand => typeof e === 'string').sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('exports: the export call, then the native save dialog; the saved file is offered in its folder', async () => {
    await store.runCommand('export-budgets');
    expect(calls).toEqual([
      ['exportBudgetWorkbook', { planId: 3 }],
      ['saveFile', { fileName: 'Unit budgets 2008-09.xlsx', dataBase64: 'UEsDBA==', kind: 'xlsx' }],
    ]);
    expect(savedFile.useSavedFile.getState().path).toBe('/home/u/Finance/Unit budgets 2008-09.xlsx');
    expect(uiStore.useUiStore.getState().message).toEqual({ text: 'Saved /home/u/Finance/Unit budgets 2008-09.xlsx.', tone: 'info' });
    calls.length = 0;
    await store.runCommand('export-plan');
    await store.runCommand('export-pdf');
    expect(calls.map(([n, a]) => [n, n === 'saveFile' ? (a as { kind: string }).kind : a])).toEqual([
      ['exportPlanWorkbook', { planId: 3 }],
      ['saveFile', 'xlsx'],
      ['exportPdf', { planId: 3 }],
      ['saveFile', 'pdf'],
    ]);
  });

  it('imports: the native open dialog, then the review of the chosen workbook', async () => {
    await store.runCommand('import-budgets');
    expect(calls).toEqual([
      ['openFile', { kind: 'xlsx' }],
      ['previewBudgetImport', { planId: 3, fileName: 'finance.xlsx', dataBase64: 'UEsDBC==' }],
    ]);
    expect(store.useFileCommands.getState().review).toEqual({ planId: 3, preview: answers.previewBudgetImport });
  });

  it('prints through the preview, and opens the new-plan, shortcuts and About dialogs', async () => {
    await store.runCommand('print');
    expect(uiStore.useUiStore.getState().place).toEqual({ kind: 'print' });
    for (const c of ['new-plan', 'keyboard-shortcuts', 'about'] as const) {
      await store.runCommand(c);
      expect(store.useFileCommands.getState().dialog).toBe(c);
    }
    await store.printSections(3, [5, 6], () => expect.fail('the desktop app prints through the shell'));
    expect(calls).toEqual([['print', { planId: 3, sectionIds: [5, 6] }]]);
  });

  it('asks for a plan first when none is open, and says a failure in the status line', async () => {
    planStore.usePlanStore.setState({ plan: null });
    await store.runCommand('export-budgets');
    expect(calls).toEqual([]);
    expect(uiStore.useUiStore.getState().message).toEqual({ text: 'Open a plan first.', tone: 'error' });
    planStore.usePlanStore.setState({ plan: { id: 3 } as never });
    const bridge = (globalThis as unknown as { window: { planEditorDesktop: Record<string, unknown> } }).window.planEditorDesktop;
    const open = bridge.openFile;
    bridge.openFile = async () => ({ ok: false, error: { message: 'huge.xlsx is 25.0 MB; workbooks of up to 20 MB can be imported.' } });
    await store.runCommand('import-budgets');
    bridge.openFile = open;
    expect(uiStore.useUiStore.getState().message).toEqual({ text: 'huge.xlsx is 25.0 MB; workbooks of up to 20 MB can be imported.', tone: 'error' });
  });
});
