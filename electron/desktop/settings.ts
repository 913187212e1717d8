/**
 * The desktop app's own remembered settings, in desktop.json beside the database in the user data folder:
 * the last folder used by a save or open dialog, the recent files, the window's place. Read leniently (a
 * damaged or hand-edited file just means defaults) and written atomically.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import type { WindowState } from './window-state';

export const RECENT_LIMIT = 10;

const rect = { x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() };
const schema = z.object({
  lastFolder: z.string().max(4096).optional().catch(undefined),
  recent: z.array(z.string().max(4096)).max(100).catch([]).default([]),
  window: z
    .object({ ...rect, maximized: z.boolean() })
    .optional()
    .catch(undefined),
});
export type DesktopSettings = { lastFolder?: string; recent: string[]; window?: WindowState };

export function parseSettings(text: string | null): DesktopSettings {
  if (!text) return { recent: [] };
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : { recent: [] };
  } catch {
    return { recent: [] };
  }
}

/** The file moves to the top of the recent list (once), which keeps the newest RECENT_LIMIT. */
export function withRecent(s: DesktopSettings, file: string): DesktopSettings {
  const same = (f: string) => (process.platform === 'win32' || process.platform === 'darwin' ? f.toLowerCase() === file.toLowerCase() : f === file);
  return { ...s, lastFolder: path.dirname(file), recent: [file, ...s.recent.filter((f) => !same(f))].slice(0, RECENT_LIMIT) };
}

export class SettingsFile {
  private value: DesktopSettings;

  constructor(readonly file: string) {
    let text: string | null = null;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // first run: defaults
    }
    this.value = parseSettings(text);
  }

  get(): DesktopSettings {
    return this.value;
  }

  /** Changes and saves; a settings file that cannot be written costs only the memory of it, never an error. */
  update(change: (s: DesktopSettings) => DesktopSettings): DesktopSettings {
    this.value = change(this.value);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomic(this.file, Buffer.from(JSON.stringify(this.value, null, 2)));
    } catch {
      // remembered for this run only
    }
    return this.value;
  }
}
