// Types for electron/native-layout.mjs (plain JavaScript so `npm start` can read it before a build).
export declare const SQLITE_BINDING_FILE: string;
export declare const DEV_NATIVE_DIR: string;
export declare const PACKAGED_BINDING: string;
export declare const STAMP_FILE: string;
export declare function devNativeDir(platform: string, arch: string): string;
export declare function devBindingPath(platform: string, arch: string): string;
