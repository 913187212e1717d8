// Types for scripts/electron-native.mjs (plain JavaScript, run by `npm start` before anything is built).
export interface NativeVersions {
  electron: string;
  betterSqlite3: string;
}
export declare const ROOT: string;
export declare function wantedVersions(): NativeVersions;
export declare function hasElectronBinding(root: string, platform: string, arch: string, versions: NativeVersions): boolean;
export declare function ensureElectronBinding(opts?: {
  root?: string;
  platform?: string;
  arch?: string;
  versions?: NativeVersions;
  timeoutMs?: number;
}): Promise<{ ok: true; fetched: boolean } | { ok: false; reason: string }>;
