/** Help: the keyboard shortcuts, and what this program is (version, the plans file it has open). */
import { useDatabaseStore } from '../stores/database-store';
import { version } from '../../package.json';

const SHORTCUTS: [string, string][] = [
  ['Arrows, Tab, Enter', 'Move between cells (Enter moves down)'],
  ['F2 or start typing', 'Edit the cell; Escape cancels, Enter keeps'],
  ['Delete', 'Clear the selected cells'],
  ['Shift+arrows', 'Select a block of cells'],
  ['Ctrl+C, Ctrl+V', 'Copy and paste blocks, with Excel or LibreOffice too'],
  ['Ctrl+Z, Ctrl+Y', 'Undo and redo the plan’s last step'],
  ['Ctrl+F', 'Search the whole plan'],
  ['Ctrl+P', 'Print: the print preview, then the printer'],
  ['Ctrl+N', 'New plan (desktop app)'],
  ['F1', 'These shortcuts (desktop app)'],
];

function HelpDialog({ title, onClose, children }: { title: string; onClose: () => void; children: React.ReactNode }) {
  const id = `help-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>Close</button>
        </div>
      </div>
    </div>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <HelpDialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}><th scope="row"><kbd>{keys}</kbd></th><td>{what}</td></tr>
          ))}
        </tbody>
      </table>
    </HelpDialog>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const file = useDatabaseStore((s) => s.status?.file);
  return (
    <HelpDialog title="About Plan Editor" onClose={onClose}>
      <p>Plan Editor {version}: edit a directorate’s annual business unit operational plans offline, send budgets to finance and print plan sections.</p>
      {file && <p>Plans file: <code>{file}</code></p>}
    </HelpDialog>
  );
}
