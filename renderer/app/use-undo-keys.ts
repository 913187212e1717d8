/**
 * Ctrl+Z undoes and Ctrl+Y or Ctrl+Shift+Z redoes the plan's last step, except while typing in a field,
 * where the field's own undo applies.
 */
import { useEffect } from 'react';
import { usePlanStore } from '../stores/plan-store';

export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const key = e.key.toLowerCase();
      const { undo, redo } = usePlanStore.getState();
      const step = key === 'z' && !e.shiftKey ? undo : key === 'y' || (key === 'z' && e.shiftKey) ? redo : null;
      if (!step) return;
      e.preventDefault();
      void step();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
