/**
 * Shown at start-up when the plans file was damaged: it has been moved aside, unchanged, and nothing
 * replaces it until the user chooses: restore the newest good backup, or start again with the sample.
 */
import { useDatabaseStore } from '../stores/database-store';
import { backupLabel } from './backup-label';
import type { Recovery } from '../../shared/api/contract';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

export function RecoveryDialog({ recovery }: { recovery: Recovery }) {
  const busy = useDatabaseStore((s) => s.busy);
  const error = useDatabaseStore((s) => s.error);
  const restore = useDatabaseStore((s) => s.restore);
  const startAgain = useDatabaseStore((s) => s.startAgain);
  return (
    // No onClose: the file stays aside until the user chooses, so Escape does not dismiss this one.
    <Dialog role="alertdialog" titleId="recovery-title" describedBy="recovery-text">
      <h2 id="recovery-title">The plans file is damaged</h2>
      <div id="recovery-text">
        <p>{recovery.reason}</p>
        <p>
          Nothing has been deleted: the file was moved, exactly as it was, to <code>{recovery.movedTo[0]}</code>.
        </p>
        <p>{recovery.backup ? `The newest backup that is sound was made ${backupLabel(recovery.backup)}.` : 'There is no sound backup to restore.'}</p>
      </div>
      <DialogButtons error={error}>
        <button type="button" disabled={busy} onClick={() => void startAgain()}>
          Start again with the sample plan
        </button>
        {recovery.backup && (
          <button type="button" className="primary" disabled={busy} data-autofocus onClick={() => void restore(recovery.backup!.name)}>
            Restore that backup
          </button>
        )}
      </DialogButtons>
    </Dialog>
  );
}
