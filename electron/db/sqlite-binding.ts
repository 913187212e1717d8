/**
 * The native addon every connection in this process is opened with. Unset (Node's own build of
 * better-sqlite3) except in Electron's main process, which sets the Electron build once at start
 * (electron/native-binding.ts chooses it); open.ts and health.ts spread `sqliteBindingOption()` into
 * every `new Database(...)`.
 */
let binding: string | undefined;

export function useSqliteBinding(file: string | undefined): void {
  binding = file;
}

export function sqliteBindingOption(): { nativeBinding?: string } {
  return binding ? { nativeBinding: binding } : {};
}
