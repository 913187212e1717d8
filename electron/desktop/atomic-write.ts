/**
 * Writes an exported file so that the user's chosen name only ever holds a whole file: the bytes go to a
 * temporary name in the same folder, are synced to disk, then renamed over the target in one step. A full
 * disk, a crash or a file held open by Excel leaves the old file (or none) and no temporary behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function writeFileAtomic(file: string, data: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, file);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new Error(savingProblem(e as NodeJS.ErrnoException, file));
  }
}

/** One sentence for why a file could not be written; nothing was written under its name. */
export function savingProblem(e: NodeJS.ErrnoException, file: string): string {
  const name = path.basename(file);
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: ${name} was not saved. Free some space, or save it somewhere else.`;
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
    case 'EROFS':
      return `${name} could not be saved there: the folder is read-only or the file is open in another program. Close it there, or save under another name.`;
    case 'EISDIR':
      return `${name} could not be saved: a folder of that name is there already. Choose another name.`;
    case 'ENOENT':
      return `${name} could not be saved: its folder no longer exists. Choose another folder.`;
    default:
      return `${name} could not be saved (${e.message}).`;
  }
}
