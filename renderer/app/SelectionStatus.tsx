/** Count, sum and average of the selected cells, at the right of the status line, as Excel shows them. */
import { useUiStore } from '../stores/ui-store';
import { formatFigure } from '../../shared/format/numbers';

export function SelectionStatus() {
  const stats = useUiStore((s) => s.selection);
  if (!stats || stats.count === 0) return stats ? <span className="selection-stats">Count: {stats.cells}</span> : null;
  return (
    <span className="selection-stats">
      Average: {formatFigure(stats.average ?? 0)} · Count: {stats.count} · Sum: {formatFigure(stats.sum)}
    </span>
  );
}
