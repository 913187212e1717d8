/**
 * A plan file named from outside the app (a double-click, the Dock, a second launch, Recent files), as pure
 * functions: which argument of a command line is the file, and whether a path may be opened at all. The
 * page never names a path; only what passes checkPlanFile here is read and handed to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Plan files hold a whole plan (the 25-unit synthetic plan is a few MB); the reader's own limit is higher still. */
export const MAX_OPEN_PLAN_BYTES = 64 * 1024 * 1024;
export const PLAN_EXTENSION = '.plan';

export interface ArgvShape {
  /**
   * app.isPackaged. A packaged app's argv is [exe, ...args]; in a checkout it is [electron, appPath, ...args]
   * (`npm start` runs `electron <project>`), so the first non-switch after the executable is the app.
   */
  packaged: boolean;
  /** The folder the command ran in, for a relative path (a second instance's workingDirectory). */
  cwd: string;
  /** path or path.win32: how the launching system spells paths (tests try both). */
  paths?: path.PlatformPath;
}

/**
 * The plan file on a command line, as an absolute path, or null. Switches are skipped wherever they are:
 * Chromium adds its own (`--allow-file-access-from-files`, `--original-process-start-time=…`) to the argv a
 * second instance reports, and not always at the end. Linux desktop files pass `file://` URLs (`%U`).
 * When several plan files are named, the last one wins (as the shell's "Open with" passes one).
 */
export function planFileFromArgv(argv: readonly unknown[], shape: ArgvShape): string | null {
  const p = shape.paths ?? path;
  const plain = argv.slice(1).filter((a): a is string => typeof a === 'string' && a !== '' && !a.startsWith('-'));
  const args = shape.packaged ? plain : plain.slice(1);
  for (const arg of [...args].reverse()) {
    const file = asPath(arg, p);
    if (file && hasPlanExtension(file)) return p.resolve(shape.cwd, file);
  }
  return null;
}

/** A path, or a local file:// URL as a path; anything else (http:, a host in the URL, a bad escape) is null. */
function asPath(arg: string, p: path.PlatformPath): string | null {
  if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return arg;
  try {
    const url = new URL(arg);
    if (url.protocol !== 'file:') return null;
    return fileURLToPath(url, { windows: p === path.win32 });
  } catch {
    return null;
  }
}

export const hasPlanExtension = (file: string) => file.toLowerCase().endsWith(PLAN_EXTENSION) && file.length > PLAN_EXTENSION.length;

/** A path that may be opened, or a sentence saying why not (for the window's status line). */
export type PlanFileCheck = { ok: true; file: string; fileName: string; size: number } | { ok: false; fileName: string; reason: string };

/** Only what statSync gives that matters here, so tests can stand in for odd files. */
export type StatFn = (file: string) => { isFile(): boolean; size: number };

/**
 * Whether `file` is a plan file this app will read: an absolute path ending in .plan, there, a regular
 * file (not a folder, device or pipe; a link is followed to what it names), not empty and at most 64 MB.
 */
export function checkPlanFile(file: unknown, stat: StatFn = fs.statSync): PlanFileCheck {
  if (typeof file !== 'string' || file.length === 0 || file.length > 4096 || file.includes('\0'))
    return { ok: false, fileName: 'That file', reason: 'That file name is not valid.' };
  const fileName = path.basename(file.replace(/\\/g, '/'));
  const no = (reason: string): PlanFileCheck => ({ ok: false, fileName, reason });
  if (!path.isAbsolute(file) && !path.win32.isAbsolute(file)) return no(`${fileName} could not be opened: its folder is not known.`);
  if (!hasPlanExtension(fileName)) return no(`${fileName} is not a plan file: Plan Editor opens files ending in .plan.`);
  let s: { isFile(): boolean; size: number };
  try {
    s = stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return no(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `${fileName} could not be found: it may have been moved or deleted.`
        : `${fileName} could not be read (${code ?? (e as Error).message}).`,
    );
  }
  if (!s.isFile()) return no(`${fileName} is not a file.`);
  if (s.size === 0) return no(`${fileName} is empty: it is not a plan file.`);
  if (s.size > MAX_OPEN_PLAN_BYTES) return no(`${fileName} is ${(s.size / 1048576).toFixed(1)} MB; plan files of up to 64 MB can be opened.`);
  return { ok: true, file, fileName, size: s.size };
}

/**
 * The plan file a second launch asked for. Preferred: the path that instance resolved itself and sent as
 * the single-instance lock's additionalData, as its argv reaches us reordered, with Chromium's switches
 * added; otherwise its argv, read against its working directory. Either way only a string is taken.
 */
export function planFileFromSecondInstance(argv: readonly unknown[], workingDirectory: string, additionalData: unknown, packaged: boolean): string | null {
  const sent = (additionalData as { planFile?: unknown } | null)?.planFile;
  if (typeof sent === 'string' && path.isAbsolute(sent) && hasPlanExtension(sent)) return sent;
  return Array.isArray(argv) ? planFileFromArgv(argv, { packaged, cwd: workingDirectory }) : null;
}
