/**
 * Ctrl+H opens find and replace, as in Excel and Word (and instead of the browser's history). The text
 * selected on the page, if short, becomes what to find.
 */
import { useCallback, useEffect, useState } from 'react';

export interface ReplaceShortcut {
  open: boolean;
  /** The selected text when the dialog was opened, to start the Find field with. */
  initial: string;
  close: () => void;
}

export function useReplaceShortcut(): ReplaceShortcut {
  const [state, setState] = useState<{ open: boolean; initial: string }>({ open: false, initial: '' });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'h') return;
      e.preventDefault();
      const selected = window.getSelection()?.toString().trim() ?? '';
      setState((s) => (s.open ? s : { open: true, initial: selected.length <= 200 && !selected.includes('\n') ? selected : '' }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const close = useCallback(() => setState({ open: false, initial: '' }), []);
  return { ...state, close };
}
