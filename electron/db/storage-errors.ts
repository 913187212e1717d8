/**
 * SQLite's storage failures, told as a user needs them. A failed write rolls its whole transaction back,
 * so "not saved" is exact: none of the edit was kept, and the same edit can be retried once space returns.
 */
import { ApiError } from '../../shared/api/errors';

const MESSAGES: [RegExp, string][] = [
  [/^SQLITE_FULL/, 'Not saved: the disk is full. Free some space and try again; nothing else was lost.'],
  [/^SQLITE_READONLY/, 'Not saved: the plans file or its folder is read-only. Nothing else was lost.'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'Not saved: the plans file could not be written (a disk or permissions problem). Nothing else was lost.'],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'Not saved: the plans file is busy in another program. Try again.'],
];

export function storageError(e: unknown): ApiError | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  const hit = MESSAGES.find(([re]) => re.test(code));
  return hit ? new ApiError('NOT_SAVED', hit[1]) : null;
}
