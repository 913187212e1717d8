// Where the Electron build of better-sqlite3 lives, in one place for the TypeScript main process
// (electron/native-binding.ts), the plain-Node scripts that fetch it (scripts/electron-native.mjs,
// scripts/start.mjs) and the packaging check (tests/unit/electron-native.test.ts). Plain JavaScript so
// `npm start` can read it before anything is built.
import path from 'node:path';

/** The addon's file name, as better-sqlite3's own build names it. */
export const SQLITE_BINDING_FILE = 'better_sqlite3.node';

/** In a checkout: native/electron/<platform>-<arch>/, beside a stamp naming the Electron and better-sqlite3 versions. */
export const DEV_NATIVE_DIR = path.join('native', 'electron');

/** In a packaged app: <resources>/native/better_sqlite3.node (electron-builder.yml extraResources). */
export const PACKAGED_BINDING = path.join('native', SQLITE_BINDING_FILE);

export const STAMP_FILE = 'versions.json';

/** The folder holding one platform's Electron binding, relative to the project root. */
export function devNativeDir(platform, arch) {
  return path.join(DEV_NATIVE_DIR, `${platform}-${arch}`);
}

/** The Electron binding for one platform, relative to the project root. */
export function devBindingPath(platform, arch) {
  return path.join(devNativeDir(platform, arch), SQLITE_BINDING_FILE);
}
