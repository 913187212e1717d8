/** The plans file's backups, newest first: make one now, or restore one (the current file is kept as a backup). */
import { useEffect, useState } from 'react';
import { useDatabaseStore } from '../stores/database-store';
import { backupLabel, backupsFolder } from './backup-label';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const backups = useDatabaseStore((s) => s.backups);
  const busy = useDatabaseStore((s) => s.busy);
  const error = useDatabaseStore((s) => s.error);
  const folder = useDatabaseStore((s) => backupsFolder(s.status?.file ?? ''));
  const { loadBackups, backupNow, restore } = useDatabaseStore.getState();
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => void loadBackups(), [loadBackups]);
  const confirmRestore = async () => {
    if (chosen && (await restore(chosen))) onClose();
  };
  return (
    <Dialog titleId="backups-title" describedBy="backups-about" onClose={onClose}>
      <h2 id="backups-title">Backups</h2>
      <div id="backups-about">
        <p>Plan Editor backs up the plans file when it opens and every ten minutes while you edit, keeping the newest twelve.</p>
        <p>They are kept in {folder ? <code>{folder}</code> : 'the backups folder'}, beside the plans file.</p>
      </div>
      {backups.length === 0 ? (
        <p className="empty-note">No backups yet.</p>
      ) : (
        <fieldset className="backup-list">
          <legend className="visually-hidden">Backup to restore</legend>
          <ul aria-label="Backups">
            {backups.map((b) => (
              <li key={b.name}>
                <label>
                  <input type="radio" name="backup" checked={chosen === b.name} onChange={() => setChosen(b.name)} /> {backupLabel(b)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {chosen && (
        <p role="note">Restoring replaces every plan with the backup’s. The current file is kept as another backup, so this can be undone by restoring that.</p>
      )}
      <DialogButtons error={error}>
        <button type="button" data-autofocus disabled={busy} onClick={() => void backupNow()}>
          Back up now
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" disabled={busy || !chosen} onClick={() => void confirmRestore()}>
          Restore
        </button>
      </DialogButtons>
    </Dialog>
  );
}
