/**
 * Where the database lives by default: the user's data folder, the same folder Electron's
 * app.getPath('userData') gives for an app named "Plan Editor", so the desktop app and `npm run web` share it.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Plan Editor';

export function userDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export const defaultDatabasePath = (): string => process.env.PLAN_EDITOR_DB ?? path.join(userDataDir(), 'plans.db');
