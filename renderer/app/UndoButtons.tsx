/** Undo and redo the plan's last step (Ctrl+Z, Ctrl+Y), for those who reach for the mouse. */
import { usePlanStore } from '../stores/plan-store';

export function UndoButtons() {
  const hasPlan = usePlanStore((s) => !!s.plan);
  const { canUndo, canRedo } = usePlanStore((s) => s.history);
  const { undo, redo } = usePlanStore.getState();
  if (!hasPlan) return null;
  return (
    <span className="undo-buttons">
      <button type="button" disabled={!canUndo} title="Undo (Ctrl+Z)" onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} title="Redo (Ctrl+Y)" onClick={() => void redo()}>
        Redo
      </button>
    </span>
  );
}
