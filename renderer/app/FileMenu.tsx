/**
 * The File menu. In a browser it is this drop-down in the app bar (with Ctrl+P for print); in the desktop
 * app the native menu (electron/menu-template.ts) sends the same commands, heard here. Either way each
 * command runs `runCommand` (stores/file-commands.ts). Also shows what the commands open: the new-plan
 * dialog, the import review, help, and after a desktop export a "Show in folder" button; and in the desktop
 * app opens plan files opened from outside it (stores/opened-plan-files.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { COMMAND_ACCELERATORS, COMMAND_LABELS, MENU_GROUPS, type AppCommand } from '../../shared/api/desktop';
import { desktopShell, shellCall } from '../api/desktop';
import { runCommand, useFileCommands } from '../stores/file-commands';
import { WordImportReview } from './WordImportReview';
import { watchOpenedPlanFiles } from '../stores/opened-plan-files';
import { useSavedFile } from '../stores/saved-file';
import { useUiStore } from '../stores/ui-store';
import { NewPlanDialog } from './NewPlanDialog';
import { ImportReview } from '../sections/ImportReview';
import { AboutDialog, ShortcutsDialog } from './HelpDialogs';
import { MergeReviewDialog } from '../sections/MergeReview';

/** The browser menu's layout: commands, headings, and plan-file items shown disabled until they exist. */
export const FILE_MENU_LAYOUT: (AppCommand | { heading: string } | { later: string })[] = [
  ...MENU_GROUPS.plans,
  ...MENU_GROUPS.budgets,
  { heading: 'Export' },
  ...MENU_GROUPS.export,
  ...MENU_GROUPS.print,
  { heading: 'Help' },
  ...MENU_GROUPS.help,
];
/** Shortcuts a page can take from the browser: Ctrl+P only (Ctrl+N and F1 stay the browser's). */
const browserKey = (c: AppCommand) => (c === 'print' ? COMMAND_ACCELERATORS.print!.replace('CmdOrCtrl', 'Ctrl') : undefined);

/**
 * The menu by keyboard (as a menu should): ↑ ↓ Home End move between its items, Escape closes it with the
 * focus back on "File", Tab closes it and moves on.
 */
function menuKeys(e: React.KeyboardEvent, box: HTMLElement | null, setOpen: (open: boolean) => void): void {
  const items = [...(box?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  if (e.key === 'Escape') {
    e.stopPropagation();
    setOpen(false);
    box?.querySelector<HTMLElement>('button[aria-haspopup]')?.focus();
    return;
  }
  if (e.key === 'Tab') return setOpen(false);
  const at = items.indexOf(document.activeElement as HTMLElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
  if (to === undefined || !items.length || at < 0) return;
  e.preventDefault();
  items[(to + items.length) % items.length].focus();
}

export function FileMenu() {
  const desktop = desktopShell();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const { dialog, review, wordReview, close } = useFileCommands();
  const saved = useSavedFile((s) => s.path);

  useEffect(() => desktop?.onCommand((c) => void runCommand(c)), [desktop]);
  // A .plan file double-clicked (or chosen under Recent files) opens as File > Open plan file… does.
  useEffect(() => (desktop ? watchOpenedPlanFiles(desktop) : undefined), [desktop]);
  useEffect(() => {
    if (desktop) return; // the native menu's accelerator does it there
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void runCommand('print');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desktop]);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => box.current?.contains(e.target as Node) || setOpen(false);
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const choose = (c: AppCommand) => {
    setOpen(false);
    void runCommand(c);
  };
  const showInFolder = () => void shellCall('showInFolder', { path: saved! }).catch((e) => useUiStore.getState().say((e as Error).message, 'error'));

  return (
    <>
      {!desktop && (
        <div className="file-menu" ref={box} onKeyDown={(e) => menuKeys(e, box.current, setOpen)}>
          <button type="button" className="app-bar-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
            File
          </button>
          {open && (
            <div className="file-menu-list" role="menu" aria-label="File">
              {FILE_MENU_LAYOUT.map((entry, i) =>
                typeof entry === 'string' ? (
                  <button key={entry} type="button" role="menuitem" autoFocus={i === 0} onClick={() => choose(entry)}>
                    <span>{COMMAND_LABELS[entry]}</span>
                    {browserKey(entry) && <kbd>{browserKey(entry)}</kbd>}
                  </button>
                ) : 'heading' in entry ? (
                  <div key={entry.heading} className="file-menu-heading" role="presentation">
                    {entry.heading}
                  </div>
                ) : (
                  <button key={entry.later} type="button" role="menuitem" disabled title="Coming with plan files">
                    {entry.later}
                  </button>
                ),
              )}
            </div>
          )}
        </div>
      )}
      {desktop && saved && (
        <button type="button" className="app-bar-button" onClick={showInFolder} title={saved}>
          Show in folder
        </button>
      )}
      {createPortal(
        <>
          {dialog === 'new-plan' && <NewPlanDialog onClose={close} />}
          {dialog === 'keyboard-shortcuts' && <ShortcutsDialog onClose={close} />}
          {dialog === 'about' && <AboutDialog onClose={close} />}
          {review && <ImportReview planId={review.planId} preview={review.preview} onClose={close} />}
          {wordReview && <WordImportReview file={wordReview.file} review={wordReview.review} onClose={close} />}
          <MergeReviewDialog />
        </>,
        document.body,
      )}
    </>
  );
}
