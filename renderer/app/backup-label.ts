/** How a backup is named on screen: when, why, how big. */
import type { BackupInfo } from '../../shared/api/contract';

const REASONS: Record<BackupInfo['reason'], string> = {
  open: 'when the app opened',
  interval: 'while editing',
  'before-migration': 'before an update of the file',
  'before-restore': 'before a restore',
  manual: 'made by hand',
};

export const backupWhen = (b: BackupInfo): string =>
  new Date(b.at).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const backupLabel = (b: BackupInfo): string => `${backupWhen(b)}, ${REASONS[b.reason]} (${Math.max(1, Math.round(b.bytes / 1024))} KB)`;

/** The backups folder beside the plans file ("C:\...\Plan Editor\backups"), in the file's own separator; null if unknown. */
export function backupsFolder(file: string): string | null {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (cut < 0) return null;
  const sep = file[cut];
  return `${file.slice(0, cut)}${sep}backups`;
}
