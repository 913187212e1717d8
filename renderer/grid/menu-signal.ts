/** Where a grid's context menu is open (or that it is closed), shared by the grid's handlers and its menu. */
export interface MenuSignal {
  open: (at: { x: number; y: number }) => void;
  close: () => void;
  get: () => { x: number; y: number } | null;
  subscribe: (fn: () => void) => () => void;
}

export function menuSignal(): MenuSignal {
  let at: { x: number; y: number } | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((fn) => fn());
  return {
    open: (p) => ((at = p), emit()),
    close: () => ((at = null), emit()),
    get: () => at,
    subscribe: (fn) => (listeners.add(fn), () => listeners.delete(fn)),
  };
}
