/**
 * Opens the app's database for the desktop app and the web host alike; a database created now (first run)
 * gets the bundled sample plan so a new user sees a real plan straight away.
 */
import fs from 'node:fs';
import { openDatabase, type Db } from './db/open';
import { importSample } from './services/sample';

export function openAppDatabase(file: string): Db {
  const firstRun = !fs.existsSync(file);
  const db = openDatabase(file);
  if (firstRun) importSample(db);
  return db;
}
