/**
 * Ctrl+H opens find and replace, as in Excel and Word (and instead of the browser's history). The text
 * selected on the page, if short, becomes what to find.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ReplaceShortcut {
  open: boolean;
  /** The selected text when the dialog was opened, to start the Find field with. */
  initial: string;
  close: () => void;
}

export function useReplaceShortcut(): ReplaceShortcut {
  const [state, setState] = useState<{ open: boolean; initial: string }>({ open: false, initial: '' });
  // Where the user was (a grid cell, a field): focus goes back there when the dialog closes.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'h') return;
      e.preventDefault();
      if (!returnTo.current) returnTo.current = document.activeElement as HTMLElement | null;
      const selected = window.getSelection()?.toString().trim() ?? '';
      setState((s) => (s.open ? s : { open: true, initial: selected.length <= 200 && !selected.includes('\n') ? selected : '' }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const close = useCallback(() => {
    setState({ open: false, initial: '' });
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) setTimeout(() => back.focus(), 0);
  }, []);
  return { ...state, close };
}
