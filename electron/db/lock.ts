/**
 * One Plan Editor per database file. Two processes editing the same file would each keep their own undo
 * history and in-memory view, and overwrite each other's work. The lock is a file beside the database,
 * created exclusively, holding the owner's process id; a lock whose process has gone (a crash, a kill) is
 * stale and taken over. The desktop app, the loopback host and the CLI's writing commands all honour it.
 */
import fs from 'node:fs';
import os from 'node:os';

export class DatabaseLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseLockedError';
  }
}

export interface DatabaseLock {
  file: string;
  release: () => void;
}

interface Owner {
  pid: number;
  host: string;
  since: string;
  program: string;
}

const held = new Set<string>();
let exitHook = false;
export const lockFile = (dbFile: string): string => `${dbFile}.lock`;

export function acquireLock(dbFile: string, program = 'Plan Editor'): DatabaseLock {
  const file = lockFile(dbFile);
  if (held.has(file)) throw lockedError(dbFile, readOwner(file));
  const me: Owner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), program };
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      const owner = readOwner(file);
      if (owner && alive(owner)) throw lockedError(dbFile, owner);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  held.add(file);
  const release = () => {
    if (!held.delete(file)) return;
    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  if (!exitHook) {
    // One listener for all locks: a normal exit (even on an uncaught error) leaves no lock behind.
    process.once('exit', () => held.forEach((f) => readOwner(f)?.pid === process.pid && fs.rmSync(f, { force: true })));
    exitHook = true;
  }
  return { file, release };
}

function readOwner(file: string): Owner | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Owner;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

function alive(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return true; // a lock from another computer (a shared folder): respect it
  if (owner.pid === process.pid) return false; // ours but not held: left by an earlier run that had our pid
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(dbFile: string, owner: Owner | null): DatabaseLockedError {
  const who = owner ? `${owner.program} (process ${owner.pid}, since ${owner.since.slice(0, 16).replace('T', ' ')})` : 'another Plan Editor';
  return new DatabaseLockedError(`${dbFile} is already open in ${who}. Close it there first, or switch to that window.`);
}
