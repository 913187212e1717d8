/**
 * The desktop shell's own small surface, beside the data contract (contract.ts): the commands the File and
 * Help menus send to the window (the renderer runs the same store action as the matching button), and the
 * calls the window makes for native dialogs and printing. Names, labels and types only, no validators, so
 * the sandboxed preload stays small; the main process validates every call (electron/desktop/shell-calls.ts).
 * In a browser there is no shell: the same commands use downloads and file inputs.
 */

/**
 * The File and Help menus' commands in their groups and order, for the native menu
 * (electron/menu-template.ts) and the browser's File menu (renderer/app/FileMenu.tsx) alike.
 */
export const MENU_GROUPS = {
  plans: ['new-plan', 'import-word', 'open-plan-file', 'save-plan-file', 'merge-plan-file'],
  budgets: ['import-budgets'],
  export: ['export-budgets', 'export-plan', 'export-pdf', 'export-word'],
  print: ['print'],
  help: ['keyboard-shortcuts', 'about'],
} as const;

/** What a menu item or a File-menu button asks the window to do. */
export const APP_COMMANDS = Object.values(MENU_GROUPS).flat();
export type AppCommand = (typeof MENU_GROUPS)[keyof typeof MENU_GROUPS][number];
export const isAppCommand = (c: unknown): c is AppCommand => typeof c === 'string' && (APP_COMMANDS as readonly string[]).includes(c);

/** One label per command, used by the native menu and the browser's File menu alike. */
export const COMMAND_LABELS: Record<AppCommand, string> = {
  'new-plan': 'New plan…',
  'import-word': 'New plan from a Word document…',
  'open-plan-file': 'Open plan file…',
  'save-plan-file': 'Save a copy as plan file…',
  'merge-plan-file': 'Merge changes from a plan file…',
  'import-budgets': 'Import budgets from finance…',
  'export-budgets': 'Budgets to Excel…',
  'export-plan': 'Whole plan to Excel…',
  'export-pdf': 'PDF…',
  'export-word': 'Word document…',
  print: 'Print…',
  'keyboard-shortcuts': 'Keyboard shortcuts',
  about: 'About Plan Editor',
};

/** Electron accelerators; the browser can only take Ctrl+P from the page (Ctrl+N is the browser's own). */
export const COMMAND_ACCELERATORS: Partial<Record<AppCommand, string>> = {
  'new-plan': 'CmdOrCtrl+N',
  'open-plan-file': 'CmdOrCtrl+O',
  'save-plan-file': 'CmdOrCtrl+Shift+S',
  print: 'CmdOrCtrl+P',
  'keyboard-shortcuts': 'F1',
};

/** Main process to window: one AppCommand as the only argument. */
export const COMMAND_CHANNEL = 'plan-editor:command';
/** Window to main process: (name, argument) of one ShellCall; answered like the data contract's calls. */
export const SHELL_CHANNEL = 'plan-editor:shell';
/**
 * Main process to window, with no argument: a plan file the user opened from outside the app (double-click,
 * the Dock, Recent files) is waiting; the window takes it with `takeOpenedFile`. No path ever crosses.
 */
export const OPENED_FILE_CHANNEL = 'plan-editor:opened-file';

export type ExportKind = 'xlsx' | 'pdf' | 'plan' | 'docx';

export interface ShellCalls {
  /** Save dialog (starting in the last folder used), then written atomically; null when cancelled. */
  saveFile: { arg: { fileName: string; dataBase64: string; kind: ExportKind }; result: { path: string } | null };
  /** Open dialog for a workbook or a plan file (starting in the last folder used); null when cancelled. */
  openFile: { arg: { kind: 'xlsx' | 'plan' | 'docx' }; result: { fileName: string; dataBase64: string } | null };
  /** Shows a file this window saved in its folder (the system's file manager). */
  showInFolder: { arg: { path: string }; result: boolean };
  /** The system's print dialog for the plan or the ticked sections, printing the same HTML as the preview. */
  print: { arg: { planId: number; sectionIds?: number[] }; result: { printed: boolean } };
  /** The oldest plan file opened from outside the app and checked by the main process; null when none waits. */
  takeOpenedFile: { arg: Record<string, never>; result: { fileName: string; dataBase64: string } | null };
}
export type ShellCallName = keyof ShellCalls;
export const SHELL_CALL_NAMES = ['saveFile', 'openFile', 'showInFolder', 'print', 'takeOpenedFile'] as const satisfies readonly ShellCallName[];

/** What the preload exposes as window.planEditorDesktop (only in the desktop app). */
export type DesktopBridge = { [K in ShellCallName]: (arg: ShellCalls[K]['arg']) => Promise<ShellResult<ShellCalls[K]['result']>> } & {
  /** Runs the listener for each menu command; returns a function that stops listening. */
  onCommand: (listener: (command: AppCommand) => void) => () => void;
  /** Runs the listener each time a plan file opened from outside the app is waiting; returns a function that stops listening. */
  onOpenedFile: (listener: () => void) => () => void;
};

export type ShellResult<T> = { ok: true; result: T } | { ok: false; error: { message: string } };
