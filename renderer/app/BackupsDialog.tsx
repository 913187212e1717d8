/** The plans file's backups, newest first: make one now, or restore one (the current file is kept as a backup). */
import { useEffect, useState } from 'react';
import { useDatabaseStore } from '../stores/database-store';
import { backupLabel } from './backup-label';

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const backups = useDatabaseStore((s) => s.backups);
  const busy = useDatabaseStore((s) => s.busy);
  const error = useDatabaseStore((s) => s.error);
  const { loadBackups, backupNow, restore } = useDatabaseStore.getState();
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => void loadBackups(), [loadBackups]);
  const confirmRestore = async () => {
    if (chosen && (await restore(chosen))) onClose();
  };
  return (
    <div className="dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="backups-title">
        <h2 id="backups-title">Backups</h2>
        <p>Plan Editor backs up the plans file when it opens and every ten minutes while you edit, keeping the newest twelve.</p>
        {backups.length === 0 ? (
          <p className="empty-note">No backups yet.</p>
        ) : (
          <ul className="backup-list" aria-label="Backups">
            {backups.map((b) => (
              <li key={b.name}>
                <label>
                  <input type="radio" name="backup" checked={chosen === b.name} onChange={() => setChosen(b.name)} /> {backupLabel(b)}
                </label>
              </li>
            ))}
          </ul>
        )}
        {chosen && <p role="note">Restoring replaces every plan with the backup’s. The current file is kept as another backup, so this can be undone by restoring that.</p>}
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" disabled={busy} onClick={() => void backupNow()}>Back up now</button>
          <button type="button" onClick={onClose}>Close</button>
          <button type="button" className="primary" disabled={busy || !chosen} onClick={() => void confirmRestore()}>Restore</button>
        </div>
      </div>
    </div>
  );
}
