/**
 * The window's own keys, caught before anything on the page (capture phase), so they work from inside a
 * table too: F6 / Shift+F6 between areas, Ctrl+Tab / Ctrl+Shift+Tab out of (or into) a table or the text editor,
 * Ctrl+S (every change is already saved; the browser's "Save page as" must not open), F1 or "?" for the
 * shortcut list. While a dialog is open, only the dialog's keys apply. Also: a focused grid cell is
 * scrolled into view (grids focus without scrolling the page).
 */
import { useEffect } from 'react';
import { useUiStore } from '../stores/ui-store';
import { isTyping, revealFocus } from './focus';
import { cycleRegion, skipComposite, rememberFocus } from './regions';

const dialogOpen = () => document.querySelector('[aria-modal="true"]') !== null;
const inGrid = (el: Element | null) => !!el?.closest('.ag-root-wrapper');

export const SAVED_TEXT = 'Every change is already saved: Plan Editor saves each edit as you make it.';
const EDITING_TEXT = 'Every change is already saved. The cell you are typing in is saved when you press Enter or Tab.';

export function useAppKeys(showShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrl = e.ctrlKey || e.metaKey;
      if (ctrl && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        const editingCell = inGrid(document.activeElement) && isTyping();
        useUiStore.getState().say(editingCell ? EDITING_TEXT : SAVED_TEXT);
        return;
      }
      if (dialogOpen()) return;
      const stop = () => (e.preventDefault(), e.stopPropagation());
      if (e.key === 'F6' && !ctrl && !e.altKey) return void (cycleRegion(e.shiftKey) && stop());
      if (e.key === 'Tab' && ctrl && !e.altKey) return void (skipComposite(e.shiftKey) && stop());
      const help = e.key === 'F1' || (e.key === '?' && !ctrl && !e.altKey && !isTyping() && !inGrid(document.activeElement));
      if (!help) return;
      stop();
      showShortcuts();
    };
    const onFocus = (e: FocusEvent) => {
      rememberFocus(e.target);
      // A grid cell focused below the window (arrow keys in a long table): bring it into view once drawn.
      if (e.target instanceof HTMLElement && e.target.closest('.ag-root-wrapper')) requestAnimationFrame(() => revealFocus(e.target as HTMLElement));
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [showShortcuts]);
}
