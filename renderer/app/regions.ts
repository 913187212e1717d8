/**
 * The window's areas, in the order F6 visits them (Shift+F6 backwards), and Ctrl+Tab (Ctrl+Shift+Tab
 * backwards), which skips a table or the text editor in one press instead of one Tab per cell: out of it
 * when the focus is in it, into the next (or previous) one when it is elsewhere on the page.
 * Each area remembers where the focus last was in it, so F6 back to the page returns to the same cell.
 */
import { focusIsLost, focusPageHeading, focusQuietly, tabbables, whenDrawn } from './focus';

interface Region {
  selector: string;
  /** Where the focus goes when the area has no remembered place. */
  entry: (root: HTMLElement) => boolean;
}

const firstTabbable = (root: HTMLElement) => focusQuietly(tabbables(root)[0]);

export const REGIONS: Region[] = [
  { selector: 'header.app-bar', entry: firstTabbable },
  { selector: 'nav.plan-list', entry: (root) => focusQuietly(root.querySelector<HTMLElement>('[aria-current="true"]')) || firstTabbable(root) },
  { selector: 'nav.outline', entry: (root) => focusQuietly(root.querySelector<HTMLElement>('button[data-entry][tabindex="0"]')) || firstTabbable(root) },
  { selector: 'main', entry: () => focusPageHeading() },
];

/** A table or the text editor: Tab stays inside them, so they get a key to leave. */
const COMPOSITES = '.ag-root-wrapper, .narrative-editable';

const remembered = new Map<number, HTMLElement>();

const regionRoot = (i: number) => document.querySelector<HTMLElement>(REGIONS[i].selector);

function regionOf(el: Element | null): number {
  return el ? REGIONS.findIndex((r) => el.closest(r.selector)) : -1;
}

/** Called on every focusin: the area keeps its last focused element. */
export function rememberFocus(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement)) return;
  const i = regionOf(target);
  if (i >= 0) remembered.set(i, target);
}

function enter(i: number): boolean {
  const root = regionRoot(i);
  if (!root || root.closest('[inert]') || root.getClientRects().length === 0) return false;
  const last = remembered.get(i);
  if (last?.isConnected && root.contains(last) && focusQuietly(last) && !focusIsLost()) return true;
  return REGIONS[i].entry(root);
}

/** F6: the next area that can take the focus (backwards with Shift); true if the focus moved. */
export function cycleRegion(backwards: boolean): boolean {
  const from = regionOf(document.activeElement);
  const n = REGIONS.length;
  const start = from < 0 ? (backwards ? 0 : n - 1) : from;
  for (let step = 1; step <= n; step++) {
    const i = (start + (backwards ? -step : step) + n * 2) % n;
    if (i !== from && enter(i)) return true;
  }
  return false;
}

const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Into a table (its first cell, as the grid draws it) or the text editor. */
function enterComposite(box: HTMLElement): boolean {
  if (box.matches('.narrative-editable')) return focusQuietly(box);
  // The first row's leftmost cell (pinned columns live in another container, so DOM order does not tell).
  const cells = [...box.querySelectorAll<HTMLElement>('.ag-row[row-index="0"] [role="gridcell"]')];
  const left = (el: HTMLElement) => el.getBoundingClientRect().left;
  cells.sort((a, b) => left(a) - left(b));
  return focusQuietly(cells[0]);
}

/** Ctrl+Tab: out of a table or the text editor, or into the next one on the page; true if the focus moved. */
export function skipComposite(backwards: boolean): boolean {
  const active = document.activeElement;
  const main = document.querySelector('main');
  if (!active || !main?.contains(active)) return false;
  const box = active.closest<HTMLElement>(COMPOSITES);
  if (!box) {
    const boxes = [...main.querySelectorAll<HTMLElement>(COMPOSITES)].filter((b) => b.getClientRects().length > 0);
    const target = backwards ? boxes.filter((b) => follows(b, active)).at(-1) : boxes.find((b) => follows(active, b));
    if (!target) return false;
    // A grid whose rows are still being drawn is entered as soon as they are.
    if (!enterComposite(target)) whenDrawn(() => enterComposite(target));
    return true;
  }
  const outside = tabbables().filter((el) => !box.contains(el));
  const target = backwards ? outside.filter((el) => !follows(box, el)).at(-1) : outside.find((el) => follows(box, el));
  if (target) return focusQuietly(target);
  return cycleRegion(backwards);
}
