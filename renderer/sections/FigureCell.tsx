/**
 * A figure in a table cell: right-aligned (the num class) and formatted as the plan prints figures. The
 * budget summary and the directorate's view are rows of these; written once so they cannot differ.
 */
import { formatFigure } from '../../shared/format/numbers';

export function FigureCell({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <td className="num" data-testid={testId}>
      {formatFigure(value)}
    </td>
  );
}
