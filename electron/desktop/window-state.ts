/**
 * The window's size, position and maximised state between runs, as pure functions: what to remember when
 * the window closes, and where to put it next time. A remembered place that is no longer on any screen
 * (a laptop undocked from its monitor) is not used; a remembered size is kept within the screen it lands on.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  maximized: boolean;
}
/** BrowserWindow options: a position only when one is known to be on a screen. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the window's top edge must be on a screen for it to be grabbed and moved. */
const VISIBLE = { width: 120, height: 40 };

/** What to remember: the normal (not maximised) bounds, so un-maximising next time restores them. */
export function windowStateOf(normalBounds: Rect, maximized: boolean): WindowState {
  return { ...roundRect(normalBounds), maximized };
}

/** Where to open the window, given what was remembered and the screens' work areas (primary first). */
export function windowPlacement(saved: WindowState | undefined, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved || !isFiniteRect(saved)) return { ...fitSize(DEFAULT_SIZE, primary), maximized: false };
  const screen = workAreas.find((a) => titleBarVisible(saved, a));
  if (!screen) return { ...fitSize(saved, primary), maximized: saved.maximized };
  const size = fitSize(saved, screen);
  // Keep the whole window on that screen where it fits.
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - size.width);
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - size.height);
  return { x, y, ...size, maximized: saved.maximized };
}

function titleBarVisible(w: Rect, area: Rect): boolean {
  const left = Math.max(w.x, area.x);
  const right = Math.min(w.x + w.width, area.x + area.width);
  const top = Math.max(w.y, area.y);
  const bottom = Math.min(w.y + VISIBLE.height, area.y + area.height);
  return right - left >= VISIBLE.width && bottom - top >= VISIBLE.height;
}

function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(size.width, MIN_SIZE.width), Math.max(area.width, MIN_SIZE.width))),
    height: Math.round(Math.min(Math.max(size.height, MIN_SIZE.height), Math.max(area.height, MIN_SIZE.height))),
  };
}

const isFiniteRect = (r: Rect) => [r.x, r.y, r.width, r.height].every(Number.isFinite);
const roundRect = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
