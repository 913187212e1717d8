/**
 * Moving the keyboard focus on purpose: what can take it (in document order), the page's heading, and
 * whether the user is typing somewhere (then nothing should take the focus away).
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]',
].join(',');

/** Elements Tab would visit inside root, in document order (visible, enabled, not inert, tabindex >= 0). */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
}

/** True while the focus is in a place where keys are text: a field, a text area or the narrative editor. */
export function isTyping(el: Element | null = document.activeElement): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(el.type);
}

/** No element has the focus (it fell to the page body, for instance when its element was removed). */
export function focusIsLost(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a === document.documentElement;
}

/** Focus an element that is not normally tabbable (a heading, a region) without adding it to the Tab order. */
export function focusQuietly(el: HTMLElement | null | undefined): boolean {
  if (!el) return false;
  if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
  el.focus();
  return document.activeElement === el;
}

/** The main page's heading (the section's, the contents', ...): where opening a page puts the focus. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1, main h2, main h3');
}

export function focusPageHeading(): boolean {
  return focusQuietly(pageHeading()) || focusQuietly(document.querySelector<HTMLElement>('main'));
}

/** Calls run on the next frames until it returns true (an element it needs has been drawn), at most `frames` times. */
export function whenDrawn(run: () => boolean, frames = 30): void {
  const step = (left: number) => {
    if (!run() && left > 0) requestAnimationFrame(() => step(left - 1));
  };
  requestAnimationFrame(() => step(frames));
}

/** The element lies inside the window and inside every box that scrolls it (so it can be seen). */
export function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
  for (let box = el.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
    const b = box.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom) return false;
  }
  return true;
}

/**
 * A focused element must not be out of sight (WCAG 2.4.11). Grids focus their cells without scrolling the
 * page (their rows also grow as they are measured), so this scrolls the page to it when it is not in view.
 */
export function revealFocus(el: Element | null = document.activeElement): void {
  if (el instanceof HTMLElement && el.isConnected && !inView(el)) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
