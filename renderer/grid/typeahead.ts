/**
 * Keys typed while a cell editor is still opening. A person (or a busy machine) can type faster than
 * React mounts the editor and moves the focus into it; until then the keys would land on the grid cell and be
 * lost. The grid catches them here and the editor takes them when it opens, so no keystroke is dropped.
 */
let opening = false;
let buffer = '';
let expiry: ReturnType<typeof setTimeout> | undefined;
/** An editor that never opens (the key did not start editing) must not keep swallowing keys. */
const GIVE_UP_MS = 1500;

export const typeahead = {
  /** A popup editor has been asked for; keys from now on are kept for it. */
  start(): void {
    if (opening) return;
    opening = true;
    buffer = '';
    clearTimeout(expiry);
    expiry = setTimeout(() => (opening = false), GIVE_UP_MS);
  },
  /**
   * Keeps a printable key typed before the editor opened; true when the key was kept. `pending`: the grid
   * is editing a cell whose editor has not taken the focus yet (editing started by the first key, or by
   * Tab moving on to the next cell).
   */
  capture(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, pending = false): boolean {
    if (!(opening || pending) || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return false;
    buffer += e.key;
    return true;
  },
  /** The editor has opened: what was typed meanwhile, once. */
  take(): string {
    const text = buffer;
    opening = false;
    buffer = '';
    return text;
  },
  cancel(): void {
    opening = false;
    buffer = '';
  },
};
