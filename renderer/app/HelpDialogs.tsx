/**
 * Help: what this program is (version, the plans file it has open). The keyboard shortcuts are
 * ShortcutsDialog (from shortcut-list.ts), re-exported here for the Help menu.
 */
import { useDatabaseStore } from '../stores/database-store';
import { Dialog } from './Dialog';
export { ShortcutsDialog } from './ShortcutsDialog';
import { version } from '../../package.json';

function HelpDialog({ title, onClose, children }: { title: string; onClose: () => void; children: React.ReactNode }) {
  const id = `help-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Dialog titleId={id} onClose={onClose}>
      <h2 id={id}>{title}</h2>
      {children}
      <div className="dialog-buttons">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const file = useDatabaseStore((s) => s.status?.file);
  return (
    <HelpDialog title="About Plan Editor" onClose={onClose}>
      <p>Plan Editor {version}: edit a directorate’s annual business unit operational plans offline, send budgets to finance and print plan sections.</p>
      {file && (
        <p>
          Plans file: <code>{file}</code>
        </p>
      )}
    </HelpDialog>
  );
}
