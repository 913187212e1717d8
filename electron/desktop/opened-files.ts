/**
 * Plan files opened from outside the app, waiting for the window to take them. macOS sends `open-file`
 * before 'ready' when a double-click launches the app, and a second launch on Windows or Linux can come
 * while the page is still loading, so files are queued rather than sent: the window is told one waits
 * (once it exists) and takes it when its page is ready (shared/api/desktop.ts, takeOpenedFile). Pure.
 */
import type { PlanFileCheck } from './plan-file-path';

/** More than this many waiting files is someone's script, not a user's double-clicks. */
export const OPENED_FILES_LIMIT = 10;

export interface OpenedFiles {
  /** Queues a checked file (or the reason it cannot be opened); false when it was already waiting or the queue is full. */
  push(item: PlanFileCheck): boolean;
  /** The oldest waiting file, taken out of the queue. */
  take(): PlanFileCheck | undefined;
  /** From now on each push is announced; announces at once when something is waiting already. */
  ready(announce: () => void): void;
  readonly size: number;
}

export function openedFiles(limit = OPENED_FILES_LIMIT): OpenedFiles {
  const waiting: PlanFileCheck[] = [];
  let announce: (() => void) | null = null;
  const key = (i: PlanFileCheck) => (i.ok ? `ok:${i.file}` : `no:${i.fileName}:${i.reason}`);
  return {
    push(item) {
      // macOS may repeat open-file for the same file (launch, then Dock); one open is enough.
      if (waiting.length >= limit || waiting.some((w) => key(w) === key(item))) return false;
      waiting.push(item);
      announce?.();
      return true;
    },
    take: () => waiting.shift(),
    ready(a) {
      announce = a;
      if (waiting.length) a();
    },
    get size() {
      return waiting.length;
    },
  };
}
