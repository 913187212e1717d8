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
      if (key === 'z' && !e.shiftKey) (e.preventDefault(), void undo());
      else if (key === 'y' || (key === 'z' && e.shiftKey)) (e.preventDefault(), void redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
